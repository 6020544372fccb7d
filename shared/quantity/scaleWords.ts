/**
 * Western scale words after a digit run: "2.5 billion", "$38bn", "€1.2m", "35 lakh", "10k".
 * (CJK and Hangul scale characters — 万億兆, 만억조 — live in chars.ts: they are part of the numeral
 * grammar itself, not a suffix.)
 */
import { isAsciiAlnum, isSpace, lowerAscii, matchesAt } from './chars';

/** 'money' is the scanner's mode; 'number' is findNumbers', which also reads "10G" and "2.33 k". */
export type ScaleMode = 'money' | 'number';

interface ScaleWord {
  readonly word: string; // lowercase
  readonly exp: number;
  /** A space may separate it from the digits ("2 million", "10 bln"). */
  readonly spaced: boolean;
  /** Must appear in this exact case ("1MM", not "1mm" = millimetre). */
  readonly upperOnly?: boolean;
  /** Single letters that also mean metres, grams…: only in this mode. */
  readonly modes?: ReadonlyArray<ScaleMode>;
}

const SCALE_WORDS: ReadonlyArray<ScaleWord> = [
  { word: 'thousands', exp: 3, spaced: true },
  { word: 'thousand', exp: 3, spaced: true },
  { word: 'millions', exp: 6, spaced: true },
  { word: 'million', exp: 6, spaced: true },
  { word: 'billions', exp: 9, spaced: true },
  { word: 'billion', exp: 9, spaced: true },
  { word: 'trillions', exp: 12, spaced: true },
  { word: 'trillion', exp: 12, spaced: true },
  { word: 'hundred', exp: 2, spaced: true },
  { word: 'lakhs', exp: 5, spaced: true },
  { word: 'lakh', exp: 5, spaced: true },
  { word: 'crores', exp: 7, spaced: true },
  { word: 'crore', exp: 7, spaced: true },
  { word: 'bln', exp: 9, spaced: true },
  { word: 'mln', exp: 6, spaced: true },
  { word: 'tln', exp: 12, spaced: true },
  { word: 'trn', exp: 12, spaced: true },
  { word: 'bn', exp: 9, spaced: true },
  { word: 'mn', exp: 6, spaced: true },
  { word: 'tn', exp: 12, spaced: true },
  { word: 'mil', exp: 6, spaced: false },
  { word: 'tr', exp: 12, spaced: false },
  { word: 'mm', exp: 6, spaced: false, upperOnly: true },
  { word: 'k', exp: 3, spaced: false },
  { word: 'm', exp: 6, spaced: false, modes: ['money'] },
  { word: 'm', exp: 6, spaced: false, upperOnly: true, modes: ['number'] },
  { word: 'b', exp: 9, spaced: false },
  { word: 't', exp: 12, spaced: false, modes: ['money'] },
  { word: 'g', exp: 9, spaced: false, upperOnly: true, modes: ['number'] },
];

export interface ScaleMatch {
  readonly exp: number;
  readonly end: number;
}

function isUpperAt(text: string, pos: number, len: number): boolean {
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(pos + k);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** Scale words by first letter. */
const BY_LETTER = new Map<number, ScaleWord[]>();
for (const sw of SCALE_WORDS) {
  const list = BY_LETTER.get(sw.word.charCodeAt(0)) ?? [];
  list.push(sw);
  BY_LETTER.set(sw.word.charCodeAt(0), list);
}

/** A Western scale word starting at `pos` (right after the digits), or null. */
export function matchWesternScale(text: string, pos: number, mode: ScaleMode): ScaleMatch | null {
  const spacedStart = isSpace(text.charCodeAt(pos));
  // Number mode tolerates "2.33 k" and "- 10  k"; money keeps single letters glued to the digits.
  let start = pos;
  if (spacedStart) {
    while (start < text.length && start - pos < 2 && isSpace(text.charCodeAt(start))) start++;
  }
  const list = BY_LETTER.get(lowerAscii(text.charCodeAt(start)));
  if (!list) return null;
  for (const sw of list) {
    if (sw.modes && !sw.modes.includes(mode)) continue;
    if (spacedStart && !sw.spaced && !(mode === 'number' && sw.word.length === 1)) continue;
    if (!matchesAt(text, start, sw.word)) continue;
    const end = start + sw.word.length;
    if (end < text.length && isAsciiAlnum(text.charCodeAt(end))) continue;
    if (sw.upperOnly && !isUpperAt(text, start, sw.word.length)) continue;
    return { exp: sw.exp, end };
  }
  return null;
}
