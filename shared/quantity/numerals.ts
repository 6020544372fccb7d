/**
 * East Asian numeral grammar over Arabic digits, CJK numerals and Sino-Korean syllables, in any mix:
 * "71조 6000억", "7兆6500億", "3万5千", "2억 4천 4백만", "三千亿", "1,000亿", "1.4兆", "一万零二百五十",
 * "4.78万亿", "300多亿", "500억여". Also "2.5 billion" style Western scale words after digits.
 *
 * The value is built the classic way: small units (十百千) accumulate into a section below 10⁴; a big
 * unit (万億兆) folds the section into the total. A big unit larger than every earlier one multiplies
 * the whole total ("四千万亿" = 4000万 × 亿), so stacked units ("万亿", "10万万") also work.
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
import { type Dec, DEC_ONE, DEC_ZERO, decAdd, decInt, decIsZero, decMul, decShift, pow10, decToNumber } from './decimal';
import { readDigitRun } from './digitRuns';
import { matchWesternScale, type ScaleMode } from './scaleWords';

export type Approx = 'more_than' | 'about';

export interface NumeralOptions {
  readonly mode: ScaleMode;
  /** Chinese reads "一万三" as 13000 and "九百九" as 990; Japanese and Korean read 10003 and 909. */
  readonly elliptic: boolean;
  /** Does a money or percent unit start at pos? Lets "1만 2천 345 달러" continue over its spaces. */
  readonly unitAt?: (pos: number) => boolean;
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

/** Mutable parse state; copied at a space so a group that does not belong can be rolled back. */
interface State {
  total: Dec;
  section: Dec;
  cur: Dec | null;
  curSingleChar: boolean; // cur is one CJK/Hangul digit right after a unit (ellipsis candidate)
  lastUnit: number;
  lastSmall: number;
  lastBig: number;
  maxBig: number;
  prevBig: boolean;
  prevUnit: boolean;
  hasScale: boolean;
  firstExp: number; // exponent applied so far to the first number token
  firstLive: number; // 0: first token not read yet, 1: in cur, 2: in section, 3: in total
  charScript: number; // 1 CJK, 2 Hangul, 0 none yet
  tokens: number;
  charDigitRun: number; // consecutive digit characters without units ("二五〇")
  approx: Approx | null;
  end: number;
}

const ZERO_PLACEHOLDER = new Set([0x96f6, 0x3007, 0xc601]); // 零 〇 영
const MORE_MARKERS = new Set([0x591a, 0x4f59, 0x9918]); // 多 余 餘
const SOME_MARKERS = new Set([0x51e0, 0x5e7e, 0x6570, 0x6578]); // 几 幾 数 數
const CJK_POINT = new Set([0x70b9, 0x9ede]); // 点 點

function applyUnit(s: State, exp: number): boolean {
  if (exp <= 3) {
    if (s.lastSmall !== 0 && exp >= s.lastSmall) return false;
    const coef = s.cur === null || decIsZero(s.cur) ? DEC_ONE : s.cur;
    s.section = decAdd(s.section, decShift(coef, exp));
    if (s.firstLive === 1 || (s.cur === null && s.firstLive === 0)) {
      s.firstExp += exp;
      s.firstLive = 2;
    }
    s.lastSmall = exp;
    s.prevBig = false;
  } else {
    const sec = s.cur === null ? s.section : decAdd(s.section, s.cur);
    const firstHere = s.firstLive === 1 || s.firstLive === 2;
    if (decIsZero(sec) && !s.prevBig) return false;
    if (s.prevBig && decIsZero(sec)) {
      s.total = decShift(s.total, exp);
      if (s.firstLive === 3) s.firstExp += exp;
    } else if (exp > s.maxBig) {
      s.total = decShift(decAdd(s.total, sec), exp);
      if (s.firstLive >= 1) s.firstExp += exp;
    } else if (exp < s.lastBig) {
      s.total = decAdd(s.total, decShift(sec, exp));
      if (firstHere) s.firstExp += exp;
    } else {
      return false;
    }
    if (s.firstLive >= 1) s.firstLive = 3;
    s.section = DEC_ZERO;
    s.lastSmall = 0;
    s.lastBig = exp;
    s.maxBig = Math.max(s.maxBig, exp);
    s.prevBig = true;
  }
  s.cur = null;
  s.curSingleChar = false;
  s.lastUnit = exp;
  s.prevUnit = true;
  s.hasScale = true;
  s.charDigitRun = 0;
  return true;
}

function setNumber(s: State, value: Dec, singleChar: boolean): void {
  s.cur = value;
  s.curSingleChar = singleChar && s.prevUnit;
  s.prevUnit = false;
  if (s.firstLive === 0) s.firstLive = 1;
}

/** Reads "点五", "點零五零", "点5544" after a CJK numeral; returns [fraction, end] or null. */
function readCjkFraction(text: string, pos: number): [Dec, number] | null {
  let p = pos;
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
  return opts.unitAt(p) && decToNumber(s.cur) < pow10(checkpoint.lastUnit);
}

/** Parses the numeral starting at pos, or returns null when nothing numeric starts there. */
export function parseNumeral(text: string, pos: number, opts: NumeralOptions): Numeral | null {
  const s: State = {
    total: DEC_ZERO,
    section: DEC_ZERO,
    cur: null,
    curSingleChar: false,
    lastUnit: 0,
    lastSmall: 0,
    lastBig: 0,
    maxBig: 0,
    prevBig: false,
    prevUnit: false,
    hasScale: false,
    firstExp: 0,
    firstLive: 0,
    charScript: 0,
    tokens: 0,
    charDigitRun: 0,
    approx: null,
    end: pos,
  };
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
          if (s.charDigitRun > 0 && !s.hasScale && s.charDigitRun === s.tokens) {
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
      if (MORE_MARKERS.has(c) && opts.unitAt && opts.unitAt(p + 1)) {
        s.approx = 'more_than';
        p = s.end = p + 1;
      }
      break;
    }
    if (c === 0xc5ec && s.prevUnit && s.cur === null) {
      // Korean 여 after a unit: "500억여 달러", "50억여원" (but not 여행, 여성…).
      const next = p + 1 < n ? text.charCodeAt(p + 1) : 0;
      if (!isHangulSyllable(next) || (opts.unitAt && opts.unitAt(p + 1))) {
        s.approx = 'about';
        p = s.end = p + 1;
      }
      break;
    }
    if (CJK_POINT.has(c) && (s.charScript === 1 || s.cur !== null || s.hasScale)) {
      const frac = readCjkFraction(text, p + 1);
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
      if (s.cur !== null && !s.hasScale && unitExp(nc) > 0 && (s.charScript === 0 || s.charScript === numeralScript(nc))) {
        checkpoint = null;
        p = q;
        continue;
      }
      const startsGroup = isArabicDigit(nc) || (numeralScript(nc) !== 0 && numeralScript(nc) === (s.charScript || numeralScript(nc)));
      if (!startsGroup || (!s.hasScale && !(opts.mode === 'number' && s.charScript !== 0))) break;
      checkpoint = { ...s };
      p = q;
      continue;
    }
    break;
  }

  if (s.tokens === 0) {
    return dotted ? { value: DEC_ZERO, start: pos, end: p, approx: null, hasScale: false, leadExp: 0, bareDigitChar: false, dotted: true } : null;
  }
  let st = s;
  if (checkpoint && !groupBelongs(s, checkpoint, text, opts)) st = checkpoint;

  let cur = st.cur;
  if (cur !== null && opts.elliptic && st.curSingleChar && st.lastUnit >= 2) {
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

/** Multiplies a numeral value by 10^exp (used for "$10-20 billion" where 10 inherits billion). */
export function withScale(value: Dec, exp: number): Dec {
  return decMul(value, { m: 1, e: exp });
}
