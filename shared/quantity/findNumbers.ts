/**
 * findNumbers: bare numerals of any script, unit or not — "1,234,567", "-9.23", "1e10", "10k",
 * "四千万零六千", "이십일조 삼백", "twenty-one trillion". Same anchor scan as findQuantities.
 */
import { anchorAt, skipAnchorRun } from './anchors';
import {
  ANCHOR_CLASS,
  ANCHOR_DIGIT,
  ANCHOR_HANGUL,
  ANCHOR_LETTER,
  ANCHOR_NONE,
  arabicDigitValue,
  isAsciiAlnum,
  isAsciiLetter,
  isHan,
  isHangulSyllable,
  isSpace,
  matchesAt,
} from './chars';
import { type Dec, toAmount } from './decimal';
import { parseEnglishNumeral } from './englishNumerals';
import { langAt } from './language';
import { parseNumeral } from './numerals';
import type { QuantityLang, Span } from './types';
import { KOREAN_TAIL_SYLLABLES } from './unitLexicon';

export interface FoundNumber {
  readonly value: number;
  readonly text: string;
  readonly span: Span;
}

export interface FindNumbersOptions {
  readonly lang?: QuantityLang;
}

const MINUS_SIGNS = new Set([0x2d, 0xff0d, 0x2212]); // - － −
/** Words before "one" that make it a pronoun: "the one you mentioned", "which one". */
const PRONOUN_HEADS = ['the', 'this', 'that', 'which', 'each', 'every', 'any', 'another', 'no'];
/** Han characters that may follow a lone numeral character (measure words and the like). */
const MEASURE_WORDS = new Set([...'个個只匹头頭条條本张張件位名人岁歲年月日天号號次回度倍斤吨噸米克元块塊角毛分秒时時周週层層台辆輛架艘家间間座所项項种種样樣双雙对對打手指枚足トキ'].map((c) => c.charCodeAt(0)));

/** Start of a sign written before the numeral at pos, or pos when there is none. */
function signStart(text: string, pos: number, floor: number): number {
  const c = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  if (MINUS_SIGNS.has(c) && pos - 1 >= floor) {
    const before = pos > 1 ? text.charCodeAt(pos - 2) : 0;
    if (!isAsciiAlnum(before) && !MINUS_SIGNS.has(before) && arabicDigitValue(before) < 0) return pos - 1;
    return pos;
  }
  if (c === 0x8d1f || c === 0x8ca0) return pos - 1; // 负 負
  for (const word of ['マイナス', '마이너스 ', '마이너스', '음수 ', 'minus ', 'negative ']) {
    const s = pos - word.length;
    if (s >= floor && matchesAt(text, s, word) && !(s > 0 && isAsciiLetter(text.charCodeAt(s - 1)))) return s;
  }
  return pos;
}

function isPronounOne(text: string, pos: number, end: number): boolean {
  if (end - pos !== 3 || !matchesAt(text, pos, 'one')) return false;
  let p = pos;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  return PRONOUN_HEADS.some((w) => matchesAt(text, p - w.length, w) && !isAsciiLetter(text.charCodeAt(p - w.length - 1)));
}

interface Candidate {
  readonly value: Dec;
  readonly end: number;
}

function readCandidate(text: string, pos: number, cls: number, lang: QuantityLang): Candidate | null {
  if (cls === ANCHOR_LETTER) {
    const en = parseEnglishNumeral(text, pos);
    if (!en || isPronounOne(text, pos, en.end)) return null;
    return { value: en.value, end: en.end };
  }
  const num = parseNumeral(text, pos, { mode: 'number', elliptic: lang === 'zh', exponent: true });
  if (!num || num.dotted) return null;
  const next = num.end < text.length ? text.charCodeAt(num.end) : 0;
  if (cls === ANCHOR_DIGIT) {
    // "180ml", "4o", "3rd": digits glued to letters are measurements or names, not bare numbers.
    if (isAsciiLetter(next)) return null;
    if (pos > 0 && isAsciiLetter(text.charCodeAt(pos - 1))) return null;
  } else if (num.bareDigitChar) {
    // A lone 一/四/이 is usually part of a word (一切, 四川, 이번); keep it before measure words,
    // particles and punctuation.
    if (cls === ANCHOR_HANGUL) {
      if (isHangulSyllable(next) && !KOREAN_TAIL_SYLLABLES.has(next)) return null;
    } else if (isHan(next) && !MEASURE_WORDS.has(next)) {
      return null;
    }
  }
  return { value: num.value, end: num.end };
}

export function findNumbers(text: string, opts: FindNumbersOptions = {}): FoundNumber[] {
  const out: FoundNumber[] = [];
  const n = text.length;
  let floor = 0;
  let i = 0;
  while (i < n) {
    const cls = ANCHOR_CLASS[text.charCodeAt(i)]!;
    if (cls === ANCHOR_NONE) {
      i++;
      continue;
    }
    if (anchorAt(text, i, cls) === ANCHOR_NONE) {
      i = skipAnchorRun(text, i, cls);
      continue;
    }
    const lang = langAt(text, i, opts.lang);
    const cand = readCandidate(text, i, cls, lang);
    if (!cand) {
      i = cls === ANCHOR_DIGIT ? skipDigits(text, i) : skipAnchorRun(text, i, cls);
      continue;
    }
    const start = signStart(text, i, floor);
    const sign = start < i ? -1 : 1;
    const value = toAmount(cand.value) * sign;
    out.push({ value: value === 0 ? 0 : value, text: text.slice(start, cand.end), span: [start, cand.end] });
    floor = i = cand.end;
  }
  return out;
}

/** Past one plain digit run (so "192.168.1.2" yields its parts). */
function skipDigits(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && arabicDigitValue(text.charCodeAt(p)) >= 0) p++;
  return p;
}


