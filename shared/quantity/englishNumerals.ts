/**
 * English number words: "five million", "twenty-one", "one hundred and six", "a quarter million",
 * "three quarters billion", "half million". News writes small numbers and round multipliers this way
 * ("five million yen", "one penny"), so the scanner reads them in front of a currency or percent word.
 */
import { endOfLetters, isAsciiLetter, isSpace, lowerAscii, matchesAt } from './chars';
import { type Dec, DEC_ZERO, decAdd, decInt, decMul, decShift, decToNumber } from './decimal';

const MAX_WORDS = 16;

const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['nought', 0],
  ['naught', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 2],
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['lakh', 5],
  ['crore', 7],
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

/** Starter words by first letter, for an allocation-free test at every word start. */
const STARTERS_BY_LETTER = new Map<number, string[]>();
for (const w of STARTERS) {
  const list = STARTERS_BY_LETTER.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  STARTERS_BY_LETTER.set(w.charCodeAt(0), list);
}
const AFTER_ARTICLE = [...SCALES.keys(), ...FRACTIONS.keys()];

function wordIs(text: string, start: number, end: number, word: string): boolean {
  return end - start === word.length && matchesAt(text, start, word);
}

/** Cheap test the scanner runs at each word start: can an English numeral begin here? */
export function startsEnglishNumeral(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len > 9) return false;
  const first = lowerAscii(text.charCodeAt(start));
  if (first === 0x61 && (len === 1 || (len === 2 && lowerAscii(text.charCodeAt(start + 1)) === 0x6e))) {
    // "a hundred", "an estimated"… only before a scale word or fraction.
    const next = nextWordStart(text, end, false);
    if (next < 0) return false;
    const nEnd = endOfLetters(text, next);
    for (const w of AFTER_ARTICLE) if (wordIs(text, next, nEnd, w)) return true;
    return false;
  }
  const list = STARTERS_BY_LETTER.get(first);
  if (!list) return false;
  for (const w of list) if (wordIs(text, start, end, w)) return true;
  return false;
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
  let lastScale = 0;
  // A spelled-out number never runs past a dozen or so words; the cap keeps every parse local.
  for (let words = 0; p >= 0 && p < text.length && words < MAX_WORDS; words++) {
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
      if (last === 'small' || last === 'teen' || last === 'tens' || last === 'article' || last === 'fraction')
        break;
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
        // "twenty-one hundred" yes; "one hundred and one hundred" is two numbers.
        if (last === 'hundred' || last === 'scale' || (current !== null && decToNumber(current) >= 100))
          break;
        current = decShift(current ?? decInt(1), 2);
        last = 'hundred';
      } else if (last === 'scale' && current === null && scale > lastScale) {
        total = decShift(total, scale); // "three lakh crore": stacked scales multiply
      } else {
        if (last === 'scale') break;
        const v = decShift(current ?? decInt(1), scale);
        total = decAdd(total, v);
        current = null;
        last = 'scale';
      }
      if (scale > 2) lastScale = scale;
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
  let value = decAdd(total, current ?? DEC_ZERO);
  const fraction = readPointDigits(text, end);
  if (fraction) {
    value = decAdd(value, fraction.value);
    end = fraction.end;
  }
  return { value, end, hasScale, leadExp: Math.max(leadExp, 0) };
}

/** "… point zero three", "… point seventy-one", "… point nought four": spoken decimals. */
function readPointDigits(text: string, pos: number): { value: Dec; end: number } | null {
  const at = nextWordStart(text, pos, false);
  if (at < 0 || wordAt(text, at, endOfLetters(text, at)) !== 'point') return null;
  let digits = '';
  let end = -1;
  let p = nextWordStart(text, at + 5, false);
  while (p >= 0) {
    const wEnd = endOfLetters(text, p);
    const w = wordAt(text, p, wEnd);
    const small = SMALL.get(w);
    const tens = TENS.get(w);
    if (small !== undefined && small < 10) {
      digits += String(small);
      end = wEnd;
    } else if (digits === '' && small !== undefined) {
      digits = String(small); // "point eleven"
      end = wEnd;
      break;
    } else if (digits === '' && tens !== undefined) {
      let v = tens; // "point seventy-one"
      end = wEnd;
      const u = nextWordStart(text, wEnd, true);
      const uEnd = u >= 0 ? endOfLetters(text, u) : -1;
      const unit = u >= 0 ? SMALL.get(wordAt(text, u, uEnd)) : undefined;
      if (unit !== undefined && unit > 0 && unit < 10) {
        v += unit;
        end = uEnd;
      }
      digits = String(v);
      break;
    } else {
      break;
    }
    p = nextWordStart(text, wEnd, false);
  }
  if (digits === '') return null;
  return { value: { m: Number(digits), e: -digits.length }, end };
}
