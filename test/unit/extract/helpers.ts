/**
 * Test helpers: build claims from sentences with hand-made quantities (so sentence-level logic is
 * tested independently of the quantity parser), or through the real parser end to end.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Qualifier, Quantity } from '../../../shared/quantity/types';
import {
  buildClaims,
  compileLexicon,
  extractArticle,
  loadDefaultLexicon,
  type ClaimDraft,
  type CompiledLexicon,
  type ExtractionResult,
} from '../../../main/core/extract';

let compiled: CompiledLexicon | null = null;
export function lexicon(): CompiledLexicon {
  return (compiled ??= compileLexicon(loadDefaultLexicon()));
}

/** [amount text as it appears, value in base units, unit (default USD), qualifier (default exact)] */
export type AmountSpec = readonly [string, number, string?, Qualifier?];

/** Quantities for the given amount texts, located left to right in `text`. */
export function quantities(text: string, amounts: readonly AmountSpec[]): Quantity[] {
  let from = 0;
  return amounts.map(([t, value, unit = 'USD', qualifier = 'exact']) => {
    const at = text.indexOf(t, from);
    if (at < 0) throw new Error(`amount "${t}" not found in test text`);
    from = at + t.length;
    return {
      value,
      unit,
      qualifier,
      low: null,
      high: null,
      text: t,
      span: [at, at + t.length],
      equivalents: [],
    };
  });
}

export interface RunOptions {
  date?: string | null;
  title?: string | null;
}

/** Claims of `text` (lang ko/ja/zh/en) with hand-made quantities. */
export function claims(
  lang: string,
  text: string,
  amounts: readonly AmountSpec[],
  opts: RunOptions = {},
): ClaimDraft[] {
  return buildClaims(
    {
      article: {
        text,
        title: opts.title ?? null,
        publishedAt: opts.date === undefined ? '2026-03-10' : opts.date,
        lang,
      },
      quantities: quantities(text, amounts),
    },
    lexicon(),
  ).claims;
}

/** The one claim of a single-amount text. */
export function claim(lang: string, text: string, amount: AmountSpec, opts: RunOptions = {}): ClaimDraft {
  const [c] = claims(lang, text, [amount], opts);
  if (!c) throw new Error('no claim');
  return c;
}

/** End to end through shared/quantity. */
export function extract(lang: string | null, text: string, opts: RunOptions = {}): ExtractionResult {
  return extractArticle(
    {
      text,
      title: opts.title ?? null,
      publishedAt: opts.date === undefined ? '2026-03-10' : opts.date,
      lang,
    },
    lexicon(),
  );
}

/** The real seed articles live outside the repo; tests that need them skip when they are absent. */
export const SEEDS_DIR = '/work/shared/seeds';
export const haveSeeds = existsSync(SEEDS_DIR);

export function seed(name: 'ko' | 'ja'): string {
  const file = name === 'ko' ? 'ko-amazon-openai-2026-02-26.txt' : 'ja-tradingkey-2025-12-17.txt';
  return readFileSync(`${SEEDS_DIR}/${file}`, 'utf8');
}

/** subject → object : metric, for compact assertions. */
export function key(c: ClaimDraft): string {
  return `${c.subject ?? '?'} → ${c.object ?? '-'} : ${c.metric ?? '?'}`;
}

export interface Expected {
  /** 'subject → object : metric' ('?' for null subject/metric, '-' for null object). */
  key: string;
  asOf?: string | null;
  src?: string | null;
  /** A substring of the note, or null for no note. */
  note?: string | null;
  part?: 'tranche' | 'total' | null;
  /** Lower bound of the confidence. */
  minConf?: number;
}

/** A row: sentence(s), the amounts in it, what each claim must say. */
export type Row = readonly [string, readonly AmountSpec[], readonly Expected[]];

export function check(c: ClaimDraft | undefined, e: Expected): void {
  if (!c) throw new Error(`missing claim for ${e.key}`);
  const got = {
    key: key(c),
    ...(e.asOf !== undefined ? { asOf: c.asOf } : {}),
    ...(e.src !== undefined ? { src: c.citedSource } : {}),
    ...(e.part !== undefined ? { part: c.part } : {}),
    ...(e.note === null ? { note: c.note } : {}),
  };
  const want = {
    key: e.key,
    ...(e.asOf !== undefined ? { asOf: e.asOf } : {}),
    ...(e.src !== undefined ? { src: e.src } : {}),
    ...(e.part !== undefined ? { part: e.part } : {}),
    ...(e.note === null ? { note: null } : {}),
  };
  if (JSON.stringify(got) !== JSON.stringify(want))
    throw new Error(
      `claim "${c.text}" in "${c.quote}": got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
    );
  if (typeof e.note === 'string' && !(c.note ?? '').includes(e.note))
    throw new Error(`claim "${c.text}": note ${JSON.stringify(c.note)} lacks "${e.note}"`);
  if (e.minConf !== undefined && c.confidence < e.minConf)
    throw new Error(`claim "${c.text}": confidence ${c.confidence} < ${e.minConf}`);
}

/** Runs one table row in the given language (article date 2026-03-10). */
export function checkRow(lang: string, [text, amounts, expected]: Row): void {
  const got = claims(lang, text, amounts);
  if (got.length !== expected.length)
    throw new Error(`expected ${expected.length} claims, got ${got.length}`);
  expected.forEach((e, i) => check(got[i], e));
}
