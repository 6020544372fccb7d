/**
 * findNumbers: bare numerals of any script, unit or not — "1,234,567", "-9.23", "1e10", "10k",
 * "四千万零六千", "이십일조 삼백", "twenty-one trillion", "3 hundred and 21". Same anchor scan as
 * findQuantities; lone numeral characters are kept only where they read as numbers (一只, 삼은), not
 * inside words (一切, 四川, 이번).
 */
import { anchorAt, skipAnchorRun } from './anchors';
import {
  ANCHOR_CJK,
  ANCHOR_CLASS,
  ANCHOR_DIGIT,
  ANCHOR_HANGUL,
  ANCHOR_LETTER,
  ANCHOR_NONE,
  arabicDigitValue,
  endOfLetters,
  isAsciiAlnum,
  isAsciiLetter,
  isHan,
  isHangulSyllable,
  isSpace,
  lowerAscii,
  matchesAt,
  skipSpaces,
} from './chars';
import { type Dec, decAdd, decToNumber, pow10, toAmount } from './decimal';
import { parseEnglishNumeral } from './englishNumerals';
import { LangProbe } from './language';
import { parseNumeral } from './numerals';
import type { QuantityLang, Span } from './types';

export interface FoundNumber {
  readonly value: number;
  readonly text: string;
  readonly span: Span;
}

export interface FindNumbersOptions {
  readonly lang?: QuantityLang;
}

const MINUS_SIGNS = new Set([0x2d, 0xff0d, 0x2212]); // - － −
const SIGN_WORDS = ['マイナス', '마이너스 ', '마이너스', '음수 ', 'minus ', 'negative '];
/** Words before "one" that make it a pronoun: "the one you mentioned", "which one". */
const PRONOUN_HEADS = ['the', 'this', 'that', 'which', 'each', 'every', 'any', 'another', 'no'];
const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/** Han characters that may follow a lone numeral character: measure words, particles. */
const MEASURE_WORDS = codes(
  '个個只匹头頭条條本张張件位名人岁歲年月日天号號次回度倍斤吨噸米克元块塊角毛分秒时時周週层層台辆輛架艘家间間座所项項种種样樣双雙对對打手指枚的',
);
const JA_MEASURE_WORDS = codes('足つ');
/** Han characters after which a lone numeral is a number: 是五, 前三. */
const NUMBER_HEADS = codes('是前');
/** Financial forms never stand alone as numbers in running text (队伍, 收拾, 放肆, 大陆). */
const FINANCIAL_FORMS = codes('壹贰貳叁參肆伍陆陸柒捌玖拾佰仟');
/** Korean particles after which a lone Sino-Korean digit is a number (삼은, 오입니다). */
const KOREAN_NUMBER_TAILS = codes('은는을를');
/** Lone syllables too common as words to read as numbers before a particle (사는, 이는, 일은, 오는). */
const KOREAN_WORDY_DIGITS = codes('사이오일');
const SCALE_EXP: ReadonlyMap<string, number> = new Map([
  ['hundred', 2],
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['lakh', 5],
  ['crore', 7],
]);

/** Start of a sign written before the numeral at pos, or pos when there is none. */
function signStart(text: string, pos: number, floor: number): number {
  const c = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  if (MINUS_SIGNS.has(c) && pos - 1 >= floor) {
    const before = pos > 1 ? text.charCodeAt(pos - 2) : 0;
    // "SCP-173", "+1-222", "－－9" are separators, not signs.
    if (
      !isAsciiAlnum(before) &&
      !MINUS_SIGNS.has(before) &&
      arabicDigitValue(before) < 0 &&
      before !== 0x2b
    ) {
      return pos - 1;
    }
    return pos;
  }
  if (c === 0x8d1f || c === 0x8ca0) return pos - 1; // 负 負
  for (const word of SIGN_WORDS) {
    const s = pos - word.length;
    if (s >= floor && matchesAt(text, s, word) && !(s > 0 && isAsciiLetter(text.charCodeAt(s - 1)))) return s;
  }
  return pos;
}

function isPronounOne(text: string, pos: number, end: number): boolean {
  if (end - pos !== 3 || !matchesAt(text, pos, 'one')) return false;
  let p = pos;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  return PRONOUN_HEADS.some(
    (w) => matchesAt(text, p - w.length, w) && !isAsciiLetter(text.charCodeAt(p - w.length - 1)),
  );
}

/** Does a lone numeral character at pos read as a number? */
function loneCharIsNumber(text: string, pos: number, cls: number, lang: LangProbe): boolean {
  const c = text.charCodeAt(pos);
  let q = pos + 1;
  while (q < text.length && isSpace(text.charCodeAt(q))) q++;
  const next = q < text.length ? text.charCodeAt(q) : 0;
  const prev = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  if (cls === ANCHOR_HANGUL) {
    if (next === 0 || (!isHangulSyllable(next) && !isSpace(text.charCodeAt(pos + 1)))) return true;
    if (next === 0xc785) return true; // 입(니다)
    return KOREAN_NUMBER_TAILS.has(next) && !KOREAN_WORDY_DIGITS.has(c) && q === pos + 1;
  }
  if (NUMBER_HEADS.has(prev)) return true;
  if (FINANCIAL_FORMS.has(c)) return false;
  if (!isHan(next)) return true;
  return MEASURE_WORDS.has(next) || (JA_MEASURE_WORDS.has(next) && lang.get() === 'ja');
}

interface Candidate {
  readonly value: Dec;
  readonly end: number;
}

function readCandidate(text: string, pos: number, cls: number, lang: LangProbe): Candidate | null {
  if (cls === ANCHOR_LETTER) {
    const en = parseEnglishNumeral(text, pos);
    if (!en || isPronounOne(text, pos, en.end)) return null;
    return { value: en.value, end: en.end };
  }
  if (cls === ANCHOR_CJK && text.startsWith('百分', pos)) return null; // 百分之 / 百分点 introduce, not count
  const num = parseNumeral(text, pos, { mode: 'number', elliptic: lang, exponent: true });
  if (!num || num.dotted) return null;
  const next = num.end < text.length ? text.charCodeAt(num.end) : 0;
  if (cls === ANCHOR_DIGIT) {
    // "180ml", "4o", "3rd": digits glued to letters are measurements or names, not bare numbers.
    if (isAsciiLetter(next)) return null;
    if (pos > 0 && isAsciiLetter(text.charCodeAt(pos - 1))) return null;
  } else if (num.end - pos === 1 && !loneCharIsNumber(text, pos, cls, lang)) {
    return null;
  }
  return { value: num.value, end: num.end };
}

/** Exponent of the English scale word that ends the candidate ("3 hundred" → 2), or 0. */
function trailingScaleExp(text: string, start: number, end: number): number {
  let p = end;
  while (p > start && isAsciiLetter(text.charCodeAt(p - 1))) p--;
  if (p === end) return 0;
  let w = '';
  for (let k = p; k < end; k++) w += String.fromCharCode(lowerAscii(text.charCodeAt(k)));
  return SCALE_EXP.get(w) ?? 0;
}

/** "3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred": joins the smaller tail. */
function extendMixed(text: string, start: number, cand: Candidate, lang: LangProbe): Candidate {
  let cur = cand;
  for (let k = 0; k < 4; k++) {
    const exp = trailingScaleExp(text, start, cur.end);
    if (exp === 0) return cur;
    let p = skipSpaces(text, cur.end, 2);
    if (p === cur.end) return cur;
    if (matchesAt(text, p, 'and ')) p = skipSpaces(text, p + 4, 2);
    const c = text.charCodeAt(p);
    const cls = ANCHOR_CLASS[c]!;
    if (cls !== ANCHOR_DIGIT && cls !== ANCHOR_LETTER) return cur;
    const next = readCandidate(text, p, cls, lang);
    if (!next) return cur;
    const v = decToNumber(next.value);
    if (v === 0 || v >= pow10(exp)) return cur;
    cur = { value: decAdd(cur.value, next.value), end: next.end };
  }
  return cur;
}

/** "192.168.1.2", "2222.2222.22222.222": end of a dotted run of three or more groups, else -1. */
function dottedEnd(text: string, pos: number): number {
  let p = pos;
  let groups = 0;
  for (;;) {
    const from = p;
    while (p < text.length && arabicDigitValue(text.charCodeAt(p)) >= 0) p++;
    if (p === from) return -1;
    groups++;
    if (text.charCodeAt(p) !== 0x2e || arabicDigitValue(text.charCodeAt(p + 1)) < 0) break;
    p++;
  }
  return groups >= 3 ? p : -1;
}

function integerRun(text: string, pos: number): Candidate {
  let m = 0;
  let end = pos;
  for (let d = arabicDigitValue(text.charCodeAt(end)); d >= 0; d = arabicDigitValue(text.charCodeAt(end))) {
    m = m * 10 + d;
    end++;
  }
  return { value: { m, e: 0 }, end };
}

export function findNumbers(text: string, opts: FindNumbersOptions = {}): FoundNumber[] {
  const out: FoundNumber[] = [];
  const n = text.length;
  let floor = 0;
  let dottedUntil = -1;
  let i = 0;
  const emit = (start: number, value: number, end: number): void => {
    out.push({ value: value === 0 ? 0 : value, text: text.slice(start, end), span: [start, end] });
    floor = i = end;
  };
  while (i < n) {
    const cls = ANCHOR_CLASS[text.charCodeAt(i)]!;
    if (cls === ANCHOR_NONE) {
      i++;
      continue;
    }
    if (cls === ANCHOR_DIGIT && (i < dottedUntil || dottedEnd(text, i) > 0)) {
      // Dotted addresses and versions are separate integers.
      if (i >= dottedUntil) dottedUntil = dottedEnd(text, i);
      const run = integerRun(text, i);
      emit(i, toAmount(run.value), run.end);
      continue;
    }
    if (anchorAt(text, i, cls) === ANCHOR_NONE) {
      i = skipAnchorRun(text, i, cls);
      continue;
    }
    const lang = new LangProbe(text, i, opts.lang);
    let start = i;
    if (cls === ANCHOR_DIGIT && i > 0 && text.charCodeAt(i - 1) === 0x2e) {
      // ".25", "-.5" (but not "...9" or "1.2.3")
      const before = i > 1 ? text.charCodeAt(i - 2) : 0;
      if (before !== 0x2e && arabicDigitValue(before) < 0 && i - 1 >= floor) start = i - 1;
    }
    let cand = readCandidate(text, i, cls, lang);
    if (!cand) {
      i =
        cls === ANCHOR_DIGIT
          ? skipDigits(text, i)
          : cls === ANCHOR_LETTER
            ? endOfLetters(text, i)
            : skipAnchorRun(text, i, cls);
      continue;
    }
    if (start < i) {
      const digits = cand.end - i;
      cand = { value: { m: cand.value.m, e: cand.value.e - digits }, end: cand.end };
    }
    cand = extendMixed(text, i, cand, lang);
    const signAt = signStart(text, start, floor);
    const value = toAmount(cand.value) * (signAt < start ? -1 : 1);
    emit(signAt, value, cand.end);
  }
  return out;
}

/** Past one plain digit run (so "1, 234, 567" yields its parts). */
function skipDigits(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && arabicDigitValue(text.charCodeAt(p)) >= 0) p++;
  return p;
}
