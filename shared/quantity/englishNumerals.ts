/**
 * English number words: "five million", "twenty-one", "one hundred and six", "a quarter million",
 * "three quarters billion", "half million". News writes small numbers and round multipliers this way
 * ("five million yen", "one penny"), so the scanner reads them in front of a currency or percent word.
 */
import { endOfLetters, isAsciiLetter, isSpace, lowerAscii } from './chars';
import { type Dec, DEC_ZERO, decAdd, decInt, decMul, decShift } from './decimal';

const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4],
  ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
  ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 2], ['thousand', 3], ['million', 6], ['billion', 9], ['trillion', 12], ['lakh', 5], ['crore', 7],
]);
/** Fractions that multiply a following scale word: "half million", "a quarter million". */
const FRACTIONS: ReadonlyMap<string, Dec> = new Map([
  ['half', { m: 5, e: -1 }],
  ['quarter', { m: 25, e: -2 }],
  ['quarters', { m: 25, e: -2 }],
]);

/** Words that can begin an English numeral (a/an only before a scale or fraction). */
const STARTERS = new Set([...SMALL.keys(), ...TENS.keys(), 'hundred', 'half', 'quarter']);

function wordAt(text: string, start: number, end: number): string {
  let w = '';
  for (let p = start; p < end; p++) w += String.fromCharCode(lowerAscii(text.charCodeAt(p)));
  return w;
}

/** Next word start after spaces (and one hyphen: "twenty-one", "fifty - two"), or -1. */
function nextWordStart(text: string, pos: number, allowHyphen: boolean): number {
  let p = pos;
  let hyphen = false;
  while (p < text.length && p - pos < 4) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) p++;
    else if (allowHyphen && !hyphen && c === 0x2d) {
      hyphen = true;
      p++;
    } else break;
  }
  return p > pos && p < text.length && isAsciiLetter(text.charCodeAt(p)) ? p : -1;
}

/** Cheap test the scanner runs at each word start: can an English numeral begin here? */
export function startsEnglishNumeral(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len > 9) return false;
  if (len <= 2) {
    if (len === 0 || lowerAscii(text.charCodeAt(start)) !== 0x61) return false; // "a", "an"
    const next = nextWordStart(text, end, false);
    if (next < 0) return false;
    const w = wordAt(text, next, endOfLetters(text, next));
    return SCALES.has(w) || FRACTIONS.has(w);
  }
  const c = lowerAscii(text.charCodeAt(start));
  // First letters of every starter word: e f h n o q s t z.
  if (c !== 0x65 && c !== 0x66 && c !== 0x68 && c !== 0x6e && c !== 0x6f && c !== 0x71 && c !== 0x73 && c !== 0x74 && c !== 0x7a) {
    return false;
  }
  return STARTERS.has(wordAt(text, start, end));
}

export interface EnglishNumeral {
  readonly value: Dec;
  readonly end: number;
  readonly hasScale: boolean;
  readonly leadExp: number;
}

/** Parses an English numeral at pos (a word start); null when it is not one. */
export function parseEnglishNumeral(text: string, pos: number): EnglishNumeral | null {
  let total = DEC_ZERO;
  let current: Dec | null = null;
  let last: 'none' | 'article' | 'small' | 'teen' | 'tens' | 'hundred' | 'scale' | 'fraction' = 'none';
  let end = -1;
  let hasScale = false;
  let leadExp = -1;
  let p = pos;
  let pendingAnd = false;
  while (p >= 0 && p < text.length) {
    const wEnd = endOfLetters(text, p);
    const w = wordAt(text, p, wEnd);
    const small = SMALL.get(w);
    const tens = TENS.get(w);
    const scale = SCALES.get(w);
    const frac = FRACTIONS.get(w);
    if ((w === 'a' || w === 'an') && last === 'none') {
      last = 'article';
    } else if (small !== undefined) {
      if (last === 'small' || last === 'teen' || last === 'article' || last === 'fraction') break;
      if (last === 'tens' && small >= 10) break;
      current = decAdd(current ?? DEC_ZERO, decInt(small));
      last = small >= 10 ? 'teen' : 'small';
    } else if (tens !== undefined) {
      if (last === 'small' || last === 'teen' || last === 'tens' || last === 'article' || last === 'fraction') break;
      current = decAdd(current ?? DEC_ZERO, decInt(tens));
      last = 'tens';
    } else if (frac !== undefined) {
      // "half", "a quarter", "three quarters" — only as a multiplier of a following scale word.
      if (last === 'scale' || last === 'hundred' || last === 'tens' || last === 'teen') break;
      if (w === 'quarters' && current === null) break;
      current = decMul(current ?? decInt(1), frac);
      last = 'fraction';
    } else if (scale !== undefined) {
      if (scale === 2) {
        if (last === 'hundred' || last === 'scale') break;
        current = decShift(current ?? decInt(1), 2);
        last = 'hundred';
      } else {
        if (last === 'scale') break;
        const v = decShift(current ?? decInt(1), scale);
        total = decAdd(total, v);
        current = null;
        last = 'scale';
      }
      hasScale = true;
      if (leadExp < 0) leadExp = scale;
    } else {
      break;
    }
    if (last !== 'article' && last !== 'fraction') {
      end = wEnd;
      pendingAnd = false;
    }
    // Continue over spaces, a hyphen, or "and" followed by another number word.
    let next = nextWordStart(text, wEnd, true);
    if (next >= 0 && last !== 'article') {
      const nEnd = endOfLetters(text, next);
      if (nEnd - next === 3 && wordAt(text, next, nEnd) === 'and') {
        if (pendingAnd || (last !== 'hundred' && last !== 'scale')) break;
        pendingAnd = true;
        next = nextWordStart(text, nEnd, false);
      }
    }
    p = next;
  }
  if (end < 0) return null;
  const value = decAdd(total, current ?? DEC_ZERO);
  return { value, end, hasScale, leadExp: Math.max(leadExp, 0) };
}
