/**
 * The inner layout of one sentence: where its clauses start (commas, 、，；: …) and which
 * parts are parenthesised asides. Metric cues are looked for in the amount's own clause first,
 * and entities inside an aside ("(exchange condition: OpenAI deploys 10 GW …)") are not parties.
 */
import type { Sentence } from './sentences';
import { isDigit, isHan, isKana } from './text-scripts';

export interface SentenceLayout {
  /** Absolute start of each clause; the first is the sentence start. */
  clauseStarts: number[];
  /** Parenthesised groups [open, close + 1), outermost only. */
  parens: Array<readonly [number, number]>;
}

const OPEN = new Map<number, number>([
  [0x28, 0x29], // ( )
  [0xff08, 0xff09], // （ ）
  [0x5b, 0x5d], // [ ]
  [0x3010, 0x3011], // 【 】
]);
// … separates the segments of a headline ("…8.1% 늘려", "투자 유치…ASML이") as a comma would.
const CLAUSE_MARKS = new Set([0x2c, 0x3001, 0xff0c, 0x3b, 0xff1b, 0x3a, 0xff1a, 0x2014, 0x2026]);
// One array read per character instead of Map/Set lookups: 1 = clause mark, 2 = bracket.
const FLAGS = new Uint8Array(65536);
for (const c of CLAUSE_MARKS) FLAGS[c] = 1;
for (const [o, c] of OPEN) FLAGS[o] = FLAGS[c] = 2;
FLAGS[0x20] = FLAGS[0x3000] = 3;

/**
 * Japanese and Chinese do not put spaces between words, so a space after a Han/kana character (or
 * a %) that is followed by another word separates segments, as in headlines ("17億ユーロ調達 ASMLが
 * 13億ユーロ出資", "增长7.2% 超长期特别国债").
 */
function cjkSegmentBreak(text: string, i: number, end: number): boolean {
  const p = text.charCodeAt(i - 1);
  const n = i + 1 < end ? text.charCodeAt(i + 1) : 0;
  const prevOk = isHan(p) || isKana(p) || p === 0x25 || p === 0xff05;
  const nextOk = isHan(n) || isKana(n) || isDigit(n) || (n >= 0x41 && n <= 0x5a);
  return prevOk && nextOk;
}

export function layoutSentence(text: string, s: Sentence, cjkSpaces = false): SentenceLayout {
  const clauseStarts = [s.start];
  const parens: Array<readonly [number, number]> = [];
  let depth = 0;
  let open = -1;
  let closer = 0;
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    const f = FLAGS[c];
    if (f === 0) continue;
    if (f === 3) {
      if (depth === 0 && cjkSpaces && i > s.start && cjkSegmentBreak(text, i, s.end))
        clauseStarts.push(i + 1);
      continue;
    }
    if (depth > 0) {
      if (OPEN.has(c) && OPEN.get(c) === closer) depth++;
      else if (c === closer && --depth === 0) parens.push([open, i + 1]);
      continue;
    }
    const close = OPEN.get(c);
    if (close !== undefined) {
      depth = 1;
      open = i;
      closer = close;
      continue;
    }
    if (!CLAUSE_MARKS.has(c)) continue;
    // "1,000" and "12:30" are numbers, not clause breaks.
    if (
      (c === 0x2c || c === 0x3a) &&
      i > s.start &&
      isDigit(text.charCodeAt(i - 1)) &&
      i + 1 < s.end &&
      isDigit(text.charCodeAt(i + 1))
    )
      continue;
    if (i + 1 < s.end) clauseStarts.push(i + 1);
  }
  // An unclosed "(" is not an aside: ignore it rather than hide the rest of the sentence.
  return { clauseStarts, parens };
}

/** Index of the clause containing absolute position pos. */
export function clauseIndex(layout: SentenceLayout, pos: number): number {
  const cs = layout.clauseStarts;
  let lo = 0;
  let hi = cs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cs[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** End (exclusive) of clause k within the sentence. */
export function clauseEnd(layout: SentenceLayout, k: number, sentenceEnd: number): number {
  const next = layout.clauseStarts[k + 1];
  return next === undefined ? sentenceEnd : next - 1;
}

/** The paren group containing pos, or null. */
export function parenAt(layout: SentenceLayout, pos: number): readonly [number, number] | null {
  for (const p of layout.parens) if (pos >= p[0] && pos < p[1]) return p;
  return null;
}
