import { createInterface } from 'node:readline';
import { findQuantities } from '../../../shared/quantity';
import type { QuantityLang } from '../../../shared/quantity/types';
import { oneOf, parseCommandArgs } from '../args';

export const PARSE_USAGE = 'concord parse [--lang en|ko|ja|zh] < lines.txt';

export async function parseCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { lang: { type: 'string' } }, false);
  const lang =
    values.lang === undefined
      ? undefined
      : oneOf<QuantityLang>(values.lang, ['en', 'ko', 'ja', 'zh'], 'lang', 'en');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const found = findQuantities(line, lang ? { lang } : {});
    process.stdout.write(`${JSON.stringify(found)}\n`);
  }
  return 0;
}
