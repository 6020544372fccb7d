/**
 * Numeral phrases over Arabic digits, CJK numerals and Sino-Korean syllables, in any mix:
 * "71조 6000억", "7兆6500億", "3万5千", "2억 4천 4백만", "三千亿", "1,000亿", "1.4兆", "一万零二百五十",
 * "4.78万亿", "300多亿", "500억여", and "2.5 billion" style Western scale words after digits.
 * This module reads the tokens (digits, numeral characters, approximation markers, 点 decimals,
 * spaced groups); numeralState.ts holds the unit arithmetic.
 */
import {
  arabicDigitValue,
  digitValue,
  isArabicDigit,
  isHangulSyllable,
  isSpace,
  numeralScript,
  unitExp,
} from './chars';
import { type Dec, DEC_ZERO, decAdd, decInt, decShift, decToNumber, pow10 } from './decimal';
import { readDigitRun } from './digitRuns';
import { matchWesternScale, type ScaleMode } from './scaleWords';
import type { QuantityLang } from './types';
import { type Approx, applyUnit, freshState, setNumber, type State } from './numeralState';

export type { Approx };

export interface NumeralOptions {
  readonly mode: ScaleMode;
  /**
   * Chinese reads "一万三" as 13000 and "九百九" as 990; Japanese and Korean read 10003 and 909.
   * A probe is asked only when such an elliptic numeral actually occurs.
   */
  readonly elliptic: boolean | { get(): QuantityLang };
  /** Does a money or percent unit start at pos? Lets "1만 2천 345 달러" continue over its spaces. */
  readonly unitAt?: (text: string, pos: number) => boolean;
  /** findNumbers also reads "1e10". */
  readonly exponent?: boolean;
}

export interface Numeral {
  readonly value: Dec;
  readonly start: number;
  readonly end: number;
  /** From 多/余/余り (more_than) or 여/几/数 (about) inside the numeral. */
  readonly approx: Approx | null;
  /** Any scale word or unit character was applied. */
  readonly hasScale: boolean;
  /** Power of ten the first number token was multiplied by ("20亿" → 8): ranges lend it to "10到20亿". */
  readonly leadExp: number;
  /** A single CJK/Hangul digit with nothing else ("이", "一"): too ambiguous to stand alone. */
  readonly bareDigitChar: boolean;
  /** Dotted sequence ("2026.01.30"): not a number at all. */
  readonly dotted: boolean;
}

const ZERO_PLACEHOLDER = new Set([0x96f6, 0x3007, 0xc601]); // 零 〇 영
const MORE_MARKERS = new Set([0x591a, 0x4f59, 0x9918]); // 多 余 餘
const SOME_MARKERS = new Set([0x51e0, 0x5e7e, 0x6570, 0x6578]); // 几 幾 数 數
const CJK_POINT = new Set([0x70b9, 0x9ede]); // 点 點

/** Reads "点五", "點零五零", "点5544" after a CJK numeral; returns [fraction, end] or null. */
function readCjkFraction(text: string, pos: number, spaced: boolean): [Dec, number] | null {
  let p = pos;
  if (spaced) while (p < text.length && p - pos < 2 && isSpace(text.charCodeAt(p))) p++;
  let m = 0;
  let n = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    const d = isArabicDigit(c) ? arabicDigitValue(c) : unitExp(c) === 0 ? digitValue(c) : -1;
    if (d < 0) break;
    m = m * 10 + d;
    n++;
    p++;
  }
  return n === 0 ? null : [{ m, e: -n }, p];
}

/** A group after a space is kept only if it ends on a unit or a money unit follows it. */
function groupBelongs(s: State, checkpoint: State, text: string, opts: NumeralOptions): boolean {
  if (s.tokens === checkpoint.tokens) return false;
  if (s.cur === null) return true;
  if (opts.mode === 'number' && s.charScript !== 0) return true; // "三千 八百 九十六 万", "오십 이"
  if (!opts.unitAt || checkpoint.lastUnit === 0) return false;
  let p = s.end;
  while (p < text.length && p - s.end < 2 && isSpace(text.charCodeAt(p))) p++;
  return opts.unitAt(text, p) && decToNumber(s.cur) < pow10(checkpoint.lastUnit);
}

function isElliptic(e: NumeralOptions['elliptic']): boolean {
  return typeof e === 'boolean' ? e : e.get() === 'zh';
}

/** Parses the numeral starting at pos, or returns null when nothing numeric starts there. */
export function parseNumeral(text: string, pos: number, opts: NumeralOptions): Numeral | null {
  const s = freshState(pos);
  let checkpoint: State | null = null;
  let dotted = false;
  let fraction: Dec | null = null;
  let p = pos;
  const n = text.length;

  while (p < n) {
    const c = text.charCodeAt(p);
    if (isArabicDigit(c)) {
      if (s.cur !== null) break;
      const run = readDigitRun(text, p, opts.exponent === true);
      if (run.dotted) {
        if (s.tokens === 0) dotted = true;
        break;
      }
      setNumber(s, run.value, false);
      s.curSingleChar = false;
      s.charDigitRun = 0;
      s.tokens++;
      p = s.end = run.end;
      if (s.tokens === 1) {
        const scale = matchWesternScale(text, p, opts.mode);
        if (scale) {
          s.cur = decShift(run.value, scale.exp);
          s.firstExp = scale.exp;
          s.hasScale = true;
          p = s.end = scale.end;
          break; // "2.5 billion" is complete; Western numbers do not continue into 万/억
        }
      }
      continue;
    }
    const script = numeralScript(c);
    if (script !== 0) {
      if (s.charScript !== 0 && s.charScript !== script) break;
      const ue = unitExp(c);
      if (ue > 0) {
        if (!applyUnit(s, ue)) {
          if (s.tokens === 0) return null;
          break;
        }
      } else {
        const d = digitValue(c);
        if (d === 0 && s.tokens > 0 && s.cur === null && ZERO_PLACEHOLDER.has(c)) {
          // 零 as a placeholder: 一千零一, 九万零四百
          p++;
          s.prevUnit = false;
          s.charScript = script;
          continue;
        }
        if (s.cur !== null) {
          // Digit characters in a row read positionally ("二五〇", "一九九一") until a unit appears.
          if (script === 1 && s.charDigitRun > 0 && !s.hasScale && s.charDigitRun === s.tokens) {
            s.cur = decAdd(decShift(s.cur, 1), decInt(d));
            s.charDigitRun++;
            s.tokens++;
            s.curSingleChar = false;
            p = s.end = p + 1;
            continue;
          }
          break;
        }
        setNumber(s, decInt(d), true);
        s.charDigitRun++;
      }
      s.charScript = script;
      s.tokens++;
      p = s.end = p + 1;
      continue;
    }
    if (s.tokens === 0) return null;
    // 余り/あまり between a numeral and a big unit: "500余り万", "100あまり万".
    const yoLen = text.startsWith('余り', p) ? 2 : text.startsWith('あまり', p) ? 3 : 0;
    if (yoLen > 0 && unitExp(text.charCodeAt(p + yoLen)) >= 4) {
      s.approx = 'more_than';
      p += yoLen;
      continue;
    }
    if (MORE_MARKERS.has(c) || SOME_MARKERS.has(c)) {
      // 300多亿, 十多万, 五百余万, 二十几万, 百二十数億 all mean "a bit more than";
      // 多/余 may also end the numeral right before a unit ("300多美元").
      const next = p + 1 < n ? text.charCodeAt(p + 1) : 0;
      if (unitExp(next) >= 4 || (unitExp(next) > 0 && numeralScript(next) === 1)) {
        s.approx = 'more_than';
        p++;
        continue;
      }
      if (MORE_MARKERS.has(c) && opts.unitAt && opts.unitAt(text, p + 1)) {
        s.approx = 'more_than';
        p = s.end = p + 1;
      }
      break;
    }
    if (c === 0xc5ec && s.prevUnit && s.cur === null) {
      // Korean 여 after a unit: "500억여 달러", "50억여원" (but not 여행, 여성…).
      const next = p + 1 < n ? text.charCodeAt(p + 1) : 0;
      if (!isHangulSyllable(next) || (opts.unitAt && opts.unitAt(text, p + 1))) {
        s.approx = 'about';
        p = s.end = p + 1;
      }
      break;
    }
    if (CJK_POINT.has(c) && (s.charScript === 1 || s.cur !== null || s.hasScale)) {
      const frac = readCjkFraction(text, p + 1, opts.mode === 'number');
      if (!frac) break;
      fraction = frac[0];
      p = s.end = frac[1];
      s.tokens++;
      if (unitExp(text.charCodeAt(p)) >= 4) {
        // "一点五亿" = 1.5亿: the fraction joins the pending number before the big unit.
        s.cur = decAdd(s.cur ?? DEC_ZERO, fraction);
        fraction = null;
        continue;
      }
      break;
    }
    if (isSpace(c)) {
      if (checkpoint && !groupBelongs(s, checkpoint, text, opts)) break;
      let q = p;
      while (q < n && q - p < 3 && isSpace(text.charCodeAt(q))) q++;
      const nc = text.charCodeAt(q);
      // "1000  万", "5 억 달러", "$ 48.2 万": a unit after digits may stand apart.
      if (
        s.cur !== null &&
        !s.hasScale &&
        unitExp(nc) > 0 &&
        (s.charScript === 0 || s.charScript === numeralScript(nc))
      ) {
        checkpoint = null;
        p = q;
        continue;
      }
      if (opts.mode === 'number' && CJK_POINT.has(nc) && s.charScript === 1) {
        p = q; // "四百 点 五"
        continue;
      }
      const startsGroup =
        isArabicDigit(nc) ||
        (numeralScript(nc) !== 0 && numeralScript(nc) === (s.charScript || numeralScript(nc)));
      if (!startsGroup || (!s.hasScale && !(opts.mode === 'number' && s.charScript !== 0))) break;
      checkpoint = { ...s };
      p = q;
      continue;
    }
    break;
  }

  if (s.tokens === 0) {
    return dotted
      ? {
          value: DEC_ZERO,
          start: pos,
          end: p,
          approx: null,
          hasScale: false,
          leadExp: 0,
          bareDigitChar: false,
          dotted: true,
        }
      : null;
  }
  let st = s;
  if (checkpoint && !groupBelongs(s, checkpoint, text, opts)) st = checkpoint;

  let cur = st.cur;
  if (cur !== null && st.curSingleChar && st.lastUnit >= 2 && isElliptic(opts.elliptic)) {
    cur = decShift(cur, st.lastUnit - 1); // 一万三 = 13000, 两千四百五 = 2450
  }
  let value = decAdd(decAdd(st.total, st.section), cur ?? DEC_ZERO);
  if (fraction && st === s) value = decAdd(value, fraction);
  const bareDigitChar = st.charScript !== 0 && st.tokens === 1 && !st.hasScale && st.cur !== null;
  return {
    value,
    start: pos,
    end: st.end,
    approx: st.approx,
    hasScale: st.hasScale,
    leadExp: st.firstExp,
    bareDigitChar,
    dotted: false,
  };
}
