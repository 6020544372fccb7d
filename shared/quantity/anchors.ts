/**
 * Where numerals can start. The scanner walks the text once and stops only at these anchors, so
 * the cost per character stays a table lookup.
 */
import {
  ANCHOR_CJK,
  ANCHOR_CLASS,
  ANCHOR_DIGIT,
  ANCHOR_HANGUL,
  ANCHOR_LETTER,
  ANCHOR_NONE,
  digitValue,
  endOfLetters,
  isArabicDigit,
  isAsciiLetter,
  isHangulSyllable,
  unitExp,
} from './chars';
import { startsEnglishNumeral } from './englishNumerals';

/** Han characters right before a numeral that make it vague or part of a word: 数十億, 几百万, 统一. */
const VAGUE_HEADS = new Set([...'数數几幾多余餘'].map((c) => c.charCodeAt(0)));

/**
 * If a numeral can start at pos, its anchor class; otherwise ANCHOR_NONE. `text[pos]` must have a
 * non-zero ANCHOR_CLASS.
 */
export function anchorAt(text: string, pos: number, cls: number): number {
  const prev = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  switch (cls) {
    case ANCHOR_DIGIT:
      return ANCHOR_DIGIT;
    case ANCHOR_CJK: {
      if (VAGUE_HEADS.has(prev)) return ANCHOR_NONE;
      const c = text.charCodeAt(pos);
      // A numeral cannot start with 万/億/兆 (but can with 十/百/千: 十万, 千円).
      return unitExp(c) >= 4 ? ANCHOR_NONE : ANCHOR_CJK;
    }
    case ANCHOR_HANGUL: {
      // Sino-Korean numerals start a word (수십억 is "several billion", 이번 is "this time").
      // After digits they are counters, not numerals: 4일 (the 4th), 3사분기.
      if (isHangulSyllable(prev) || isArabicDigit(prev)) return ANCHOR_NONE;
      const c = text.charCodeAt(pos);
      return unitExp(c) >= 4 && digitValue(c) < 0 ? ANCHOR_NONE : ANCHOR_HANGUL;
    }
    case ANCHOR_LETTER: {
      if (isAsciiLetter(prev)) return ANCHOR_NONE;
      return startsEnglishNumeral(text, pos, endOfLetters(text, pos)) ? ANCHOR_LETTER : ANCHOR_NONE;
    }
    default:
      return ANCHOR_NONE;
  }
}

/** Where to resume after a failed anchor: past the whole run, so "1,000" is not retried at "000". */
export function skipAnchorRun(text: string, pos: number, cls: number): number {
  let p = pos + 1;
  const n = text.length;
  if (cls === ANCHOR_LETTER) return endOfLetters(text, pos);
  while (p < n) {
    const c = text.charCodeAt(p);
    const k = ANCHOR_CLASS[c]!;
    if (k === cls && cls !== ANCHOR_HANGUL) {
      p++;
    } else if (cls === ANCHOR_DIGIT && (c === 0x2c || c === 0x2e || c === 0xff0c || c === 0xff0e)) {
      p++;
    } else {
      break;
    }
  }
  return p;
}

/** First anchor at or after pos within `limit` characters (stops at brackets and line breaks). */
export function findAnchorForward(text: string, pos: number, limit: number): number {
  const end = Math.min(text.length, pos + limit);
  for (let p = pos; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x29 || c === 0xff09 || c === 0x28 || c === 0xff08 || c === 0x0a) return -1;
    const cls = ANCHOR_CLASS[c]!;
    if (cls !== ANCHOR_NONE && anchorAt(text, p, cls) !== ANCHOR_NONE) return p;
    if (cls === ANCHOR_LETTER) p = endOfLetters(text, p) - 1;
  }
  return -1;
}
