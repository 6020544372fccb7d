/**
 * Character tables for the scanner. Everything is a flat typed-array lookup by UTF-16 code unit so
 * the hot loop never touches a regex or a Map.
 */

/** Scanner anchor classes: which characters can start a numeral. */
export const ANCHOR_NONE = 0;
export const ANCHOR_DIGIT = 1; // 0-9 and full-width ０-９
export const ANCHOR_CJK = 2; // 一二三…十百千万億亿兆 and financial forms 壹贰…
export const ANCHOR_HANGUL = 3; // Sino-Korean numeral syllables 일이삼…십백천만억조
export const ANCHOR_LETTER = 4; // ASCII letters: English number words ("five million yen")

export const ANCHOR_CLASS = new Uint8Array(0x10000);

/** Digit value of a code unit (ASCII, full-width, CJK or Hangul digit), or -1. */
const DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
/** Exponent of a unit character: 1-3 for 十百千 (small units), 4/8/12 for 万億兆 (big units). */
const UNIT_EXP = new Int8Array(0x10000);
/** 1 = CJK ideograph form, 2 = Hangul form; distinguishes scripts inside a numeral. */
const NUMERAL_SCRIPT = new Uint8Array(0x10000);

function setDigits(chars: string, value: number, script: number): void {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    DIGIT_VALUE[c] = value;
    NUMERAL_SCRIPT[c] = script;
    ANCHOR_CLASS[c] = script === 1 ? ANCHOR_CJK : ANCHOR_HANGUL;
  }
}

function setUnits(chars: string, exp: number, script: number): void {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    UNIT_EXP[c] = exp;
    NUMERAL_SCRIPT[c] = script;
    ANCHOR_CLASS[c] = script === 1 ? ANCHOR_CJK : ANCHOR_HANGUL;
  }
}

for (let c = 0x30; c <= 0x39; c++) {
  DIGIT_VALUE[c] = c - 0x30;
  ANCHOR_CLASS[c] = ANCHOR_DIGIT;
}
for (let c = 0xff10; c <= 0xff19; c++) {
  DIGIT_VALUE[c] = c - 0xff10;
  ANCHOR_CLASS[c] = ANCHOR_DIGIT;
}
for (let c = 0x41; c <= 0x5a; c++) ANCHOR_CLASS[c] = ANCHOR_LETTER;
for (let c = 0x61; c <= 0x7a; c++) ANCHOR_CLASS[c] = ANCHOR_LETTER;

// CJK digits incl. financial forms (壹贰叁…), Japanese 壱弐, and 两/兩/倆 ("two" before units).
// 参 is left out on purpose: in Japanese it is mostly 参加/参考, not the financial "3".
setDigits('〇零', 0, 1);
setDigits('一壹壱', 1, 1);
setDigits('二贰貳弐两兩倆', 2, 1);
setDigits('三叁參', 3, 1);
setDigits('四肆', 4, 1);
setDigits('五伍', 5, 1);
setDigits('六陆陸', 6, 1);
setDigits('七柒', 7, 1);
setDigits('八捌', 8, 1);
setDigits('九玖', 9, 1);
setUnits('十拾', 1, 1);
setUnits('百佰', 2, 1);
setUnits('千仟', 3, 1);
setUnits('万萬', 4, 1);
setUnits('億亿', 8, 1);
setUnits('兆', 12, 1);

setDigits('영공', 0, 2);
setDigits('일', 1, 2);
setDigits('이', 2, 2);
setDigits('삼', 3, 2);
setDigits('사', 4, 2);
setDigits('오', 5, 2);
setDigits('육륙', 6, 2);
setDigits('칠', 7, 2);
setDigits('팔', 8, 2);
setDigits('구', 9, 2);
setUnits('십', 1, 2);
setUnits('백', 2, 2);
setUnits('천', 3, 2);
setUnits('만', 4, 2);
setUnits('억', 8, 2);
setUnits('조', 12, 2);

export function digitValue(c: number): number {
  return DIGIT_VALUE[c]!;
}

/** Arabic digit (ASCII or full-width) value, or -1. */
export function arabicDigitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

export function isArabicDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function isFullwidthDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

export function unitExp(c: number): number {
  return UNIT_EXP[c]!;
}

/** 1 for CJK numeral characters, 2 for Hangul numeral syllables, 0 otherwise. */
export function numeralScript(c: number): number {
  return NUMERAL_SCRIPT[c]!;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

export function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

export function isHangulSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

export function isHangul(c: number): boolean {
  return isHangulSyllable(c) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

export function isKana(c: number): boolean {
  return c >= 0x3041 && c <= 0x30ff && c !== 0x30fb; // ・ is punctuation shared with Chinese
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Whitespace that may sit inside an amount: ASCII space/tab, NBSP, thin/narrow spaces, ideographic space. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x202f || c === 0x2009;
}

/** Skips at most `max` spaces forward; returns the new position. */
export function skipSpaces(text: string, pos: number, max: number): number {
  let p = pos;
  while (p < text.length && p - pos < max && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/** Skips at most `max` spaces backward from `pos` (exclusive), not crossing `floor`. */
export function skipSpacesBack(text: string, pos: number, max: number, floor: number): number {
  let p = pos;
  while (p > floor && pos - p < max && isSpace(text.charCodeAt(p - 1))) p--;
  return p;
}

/** End of the run of ASCII letters starting at pos. */
export function endOfLetters(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && isAsciiLetter(text.charCodeAt(p))) p++;
  return p;
}

/** Case-insensitive match of an ASCII-lowercase `word` at pos (non-ASCII chars compare exactly). */
export function matchesAt(text: string, pos: number, word: string): boolean {
  if (pos < 0 || pos + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (lowerAscii(text.charCodeAt(pos + k)) !== word.charCodeAt(k)) return false;
  }
  return true;
}
