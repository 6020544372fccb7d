/**
 * Sentence splitting for ko/ja/zh/en, done once per article, as spans into the text.
 * One linear pass over char codes: no regex runs over the whole article (PITFALLS.md: a
 * "sentence containing X" regex ran at 1 MB/s, split-first at 719 MB/s).
 */
import { isAsciiLetter, isCjk, isDigit, isSpace } from './text-scripts';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (line block) the sentence is in. */
  paragraph: number;
  index: number;
}

/** Sentences longer than this are cut at a clause mark or space: flattened tables have no full stops. */
export const MAX_SENTENCE = 1200;

const CJK_STOPS = new Set([0x3002, 0xff01, 0xff1f, 0xff0e]); // 。！？．
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x300d, 0x300f, 0x201d, 0x2019, 0xff09, 0x3011, 0x300b]);
// Per-code-unit flags so the main loop skips ordinary characters with one array read.
const STOP = 1;
const NEWLINE = 2;
const FLAGS = new Uint8Array(65536);
for (const c of [46, 33, 63, ...CJK_STOPS]) FLAGS[c] = STOP;
FLAGS[10] = NEWLINE;
// Words that end with a full stop without ending the sentence (lower-cased, without the dot).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof inc corp co ltd jr sr st vs no nos jan feb mar apr jun jul aug sep sept oct nov dec gov gen sen rep fig approx est dept univ mt ft u.s u.k u.n e.g i.e a.m p.m'.split(
    ' ',
  ),
);

function wordBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor) {
    const c = text.charCodeAt(s - 1);
    if (isAsciiLetter(c) || c === 46) s--;
    else break;
  }
  return text.slice(s, dot).toLowerCase();
}

/** Is the character at i a sentence-ending mark? (the caller already knows it is . ! ? or a CJK stop) */
function endsSentence(text: string, i: number, floor: number): boolean {
  const c = text.charCodeAt(i);
  if (CJK_STOPS.has(c)) return true;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  const prev = i > floor ? text.charCodeAt(i - 1) : 32;
  if (c === 33 || c === 63)
    return isSpace(next) || CLOSERS.has(next) || isCjk(next) || next === 33 || next === 63;
  // c === '.'
  if (isDigit(prev) && isDigit(next)) return false;
  if (isCjk(prev) && isCjk(next)) return true; // "했다.그러나" without a space
  if (!isSpace(next) && !CLOSERS.has(next)) return false;
  const w = wordBefore(text, i, floor);
  if (w.length === 1 && isAsciiLetter(w.charCodeAt(0))) return false; // an initial: "J. P. Morgan"
  return !ABBREVIATIONS.has(w);
}

/**
 * A single line break inside an English sentence that was hard-wrapped (e-mail bodies): the line
 * is long, does not end a sentence, and the next one goes on in lower case, a digit or a currency.
 */
function isSoftWrap(text: string, nl: number, start: number): boolean {
  let p = nl - 1;
  while (p >= start && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 13)) p--;
  if (p < start + 30) return false;
  const last = text.charCodeAt(p);
  if (!(isAsciiLetter(last) || isDigit(last) || last === 44)) return false;
  const n = text.charCodeAt(nl + 1);
  return (n >= 97 && n <= 122) || isDigit(n) || n === 36 || n === 0x20ac || n === 0xa3;
}

function push(out: Sentence[], text: string, s: number, e: number, paragraph: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= s) return;
  while (e - s > MAX_SENTENCE) {
    const cut = cutPoint(text, s, s + MAX_SENTENCE);
    out.push({ start: s, end: cut, paragraph, index: out.length });
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e, paragraph, index: out.length });
}

function cutPoint(text: string, s: number, limit: number): number {
  let space = -1;
  for (let i = limit - 1; i > s + MAX_SENTENCE / 2; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c || c === 59 || c === 0xff1b) return i + 1;
    if (space < 0 && isSpace(c)) space = i;
  }
  return space > 0 ? space : limit;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const flag = FLAGS[c]!;
    if (flag === 0) continue;
    if (flag === NEWLINE) {
      if (isSoftWrap(text, i, start)) continue;
      push(out, text, start, i, paragraph);
      start = i + 1;
      paragraph++;
      continue;
    }
    {
      if (!endsSentence(text, i, start)) continue;
      let e = i + 1;
      while (e < n && (CLOSERS.has(text.charCodeAt(e)) || CJK_STOPS.has(text.charCodeAt(e)))) e++;
      push(out, text, start, e, paragraph);
      start = e;
      i = e - 1;
    }
  }
  push(out, text, start, n, paragraph);
  return out;
}

/** Index of the sentence containing position pos (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
