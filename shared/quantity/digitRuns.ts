/**
 * Arabic digit runs: "7,300", "1,000", "１，０００", "1 414 021 100", "12,34,567.89", "1.4", "１．０７５３".
 */
import { arabicDigitValue, isAsciiLetter, isFullwidthDigit } from './chars';
import { type Dec } from './decimal';

export interface DigitRun {
  readonly value: Dec;
  readonly end: number;
  readonly hasFraction: boolean;
  /** "2026.01.30", "192.168.1.2": dotted sequences are dates, versions or addresses, not amounts. */
  readonly dotted: boolean;
}

function countDigits(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && arabicDigitValue(text.charCodeAt(p)) >= 0) p++;
  return p - pos;
}

/**
 * Is the character at pos a thousands separator for digits of this width? A full-width comma only
 * groups full-width digits: "$20，300美圆" is two prices, "４，５６５" is one number.
 */
function isGroupSeparator(c: number, fullwidth: boolean): boolean {
  if (fullwidth) return c === 0xff0c; // ，
  // ASCII comma, and the spaces typeset between digit groups ("1 234 567", "40 000").
  return c === 0x2c || c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function isDecimalPoint(c: number): boolean {
  return c === 0x2e || c === 0xff0e; // . ．
}

function accumulate(text: string, from: number, to: number, m: number): number {
  let acc = m;
  let digits = 0;
  for (let p = from; p < to; p++) {
    const d = arabicDigitValue(text.charCodeAt(p));
    if (d >= 0) {
      acc = acc * 10 + d;
      digits++;
    }
  }
  if (acc < 2 ** 53) return acc;
  // Past 2^53 repeated "×10 + d" drifts; let the engine round the whole digit string once.
  let s = m === 0 ? '' : String(m);
  for (let p = from; p < to; p++) {
    const d = arabicDigitValue(text.charCodeAt(p));
    if (d >= 0) s += String(d);
  }
  return digits > 0 ? Number(s) : acc;
}

/**
 * Reads the digit run at pos (which must be a digit). With `exponent`, also "1e10", "12.32e+14".
 * Grouping must be regular: Western (1-3 digits, then groups of 3) or Indian (1-2, groups of 2,
 * a final group of 3); anything else stops after the first run ("1, 234" is two numbers).
 */
export function readDigitRun(text: string, pos: number, exponent = false): DigitRun {
  const fullwidth = isFullwidthDigit(text.charCodeAt(pos));
  const firstLen = countDigits(text, pos);
  let p = pos + firstLen;

  // Collect candidate groups, then keep the longest regular prefix.
  const groupEnds: number[] = [];
  const groupLens: number[] = [];
  let q = p;
  while (q < text.length && isGroupSeparator(text.charCodeAt(q), fullwidth)) {
    const len = countDigits(text, q + 1);
    if (len !== 3 && len !== 2) break;
    // A space may only separate groups of three ("423 0000" is two numbers) and not in Indian style.
    if (text.charCodeAt(q) !== 0x2c && text.charCodeAt(q) !== 0xff0c && len !== 3) break;
    groupLens.push(len);
    groupEnds.push(q + 1 + len);
    q = q + 1 + len;
  }
  let take = 0;
  if (groupLens.length > 0) {
    const western = firstLen <= 3;
    let k = 0;
    while (western && k < groupLens.length && groupLens[k] === 3) k++;
    take = k;
    const last = groupLens.length - 1;
    const indian =
      firstLen <= 2 &&
      groupLens[last] === 3 &&
      groupLens.slice(0, last).every((len) => len === 2) &&
      last > 0;
    if (indian) take = groupLens.length;
  }
  if (take > 0) p = groupEnds[take - 1]!;

  let m = accumulate(text, pos, p, 0);
  let e = 0;
  let hasFraction = false;
  let dotted = false;
  if (
    p + 1 < text.length &&
    isDecimalPoint(text.charCodeAt(p)) &&
    arabicDigitValue(text.charCodeAt(p + 1)) >= 0
  ) {
    const fracLen = countDigits(text, p + 1);
    m = accumulate(text, p + 1, p + 1 + fracLen, m);
    e = -fracLen;
    p = p + 1 + fracLen;
    hasFraction = true;
    if (
      p + 1 < text.length &&
      isDecimalPoint(text.charCodeAt(p)) &&
      arabicDigitValue(text.charCodeAt(p + 1)) >= 0
    ) {
      dotted = true;
    }
  }
  if (exponent && p < text.length && (text.charCodeAt(p) | 0x20) === 0x65) {
    let s = p + 1;
    let sign = 1;
    const sc = text.charCodeAt(s);
    if (sc === 0x2b || sc === 0x2d || sc === 0xff0d || sc === 0x2212) {
      sign = sc === 0x2b ? 1 : -1;
      s++;
    }
    const expLen = countDigits(text, s);
    if (expLen > 0 && expLen <= 3 && !isAsciiLetter(text.charCodeAt(s + expLen))) {
      const x = accumulate(text, s, s + expLen, 0);
      e += sign * x;
      p = s + expLen;
    }
  }
  return { value: { m, e }, end: p, hasFraction, dotted };
}
