/**
 * Throughput of the synchronous core. Printed, not asserted (machines differ); the import
 * target is ≥ 2,000 articles/s on 2 cores, i.e. well under 0.2 ms per 3 KB text article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../../../main/core/ingest';
import {
  EN_BODY,
  EN_TITLE,
  encode,
  FIXTURES,
  JA_BODY,
  JA_TITLE,
  KO_BODY,
  KO_TITLE,
  utf8,
  ZH_HANS_BODY,
  ZH_HANS_TITLE,
} from './helpers';

function article(title: string, body: string, bytes = 3072): string {
  let text = `${title}\n입력 2026-02-26 09:12\n\n`;
  while (utf8(text).length < bytes) text += `${body}\n\n`;
  return text;
}

function perArticleMs(bytes: Uint8Array, name: string, rounds: number): number {
  for (let i = 0; i < Math.min(200, rounds); i++) parseArticleBytes(bytes, name); // warm-up (JIT)
  const started = performance.now();
  for (let i = 0; i < rounds; i++) parseArticleBytes(bytes, name);
  return (performance.now() - started) / rounds;
}

describe('parseArticleBytes throughput (printed)', () => {
  it('txt and html per-article times', () => {
    const rows: string[] = [];
    const txt: Array<[string, Uint8Array]> = [
      ['ko txt utf-8', utf8(article(KO_TITLE, KO_BODY))],
      ['ja txt utf-8', utf8(article(JA_TITLE, JA_BODY))],
      ['zh txt utf-8', utf8(article(ZH_HANS_TITLE, ZH_HANS_BODY))],
      ['en txt utf-8', utf8(article(EN_TITLE, EN_BODY))],
      ['ko txt euc-kr (detection)', encode(article(KO_TITLE, KO_BODY), 'euc-kr')],
    ];
    for (const [label, bytes] of txt) {
      const ms = perArticleMs(bytes, 'a.txt', 2000);
      rows.push(
        `${label.padEnd(28)} ${(bytes.length / 1024).toFixed(1)} KB  ${ms.toFixed(3)} ms/article  (${Math.round(1000 / ms)} articles/s/core)`,
      );
      expect(parseArticleBytes(bytes, 'a.txt').articles).toHaveLength(1);
    }
    const html = readFileSync(join(FIXTURES, 'ko-article.html'));
    const htmlMs = perArticleMs(html, 'a.html', 200);
    rows.push(
      `${'ko html (Readability)'.padEnd(28)} ${(html.length / 1024).toFixed(1)} KB  ${htmlMs.toFixed(3)} ms/article  (${Math.round(1000 / htmlMs)} articles/s/core)`,
    );
    console.log(`ingest throughput:\n  ${rows.join('\n  ')}`);
  });
});
