/**
 * The unit grammar behind East Asian numerals: small units (十百千) accumulate into a section below
 * 10⁴; a big unit (万億兆) folds the section into the total; a big unit larger than every earlier one
 * multiplies the whole total ("四千万亿" = 4000万 × 亿), so stacked units ("万亿", "10万万") also work.
 */
import { type Dec, DEC_ONE, DEC_ZERO, decAdd, decIsZero, decShift } from './decimal';

export type Approx = 'more_than' | 'about';

/** Mutable parse state; copied at a space so a group that does not belong can be rolled back. */
export interface State {
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

export function applyUnit(s: State, exp: number): boolean {
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

export function setNumber(s: State, value: Dec, singleChar: boolean): void {
  s.cur = value;
  s.curSingleChar = singleChar && s.prevUnit;
  s.prevUnit = false;
  if (s.firstLive === 0) s.firstLive = 1;
}

export function freshState(pos: number): State {
  return {
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
}
