/**
 * The interval a claim asserts, and the algebra conflict detection is built on. Amounts are never
 * negative (direction words are not folded into the sign), so ceilings start at an open 0.
 */
import type { Qualifier } from '../../../shared/quantity/types';
import type { Interval } from './types';

/** "exact" figures are rounded by the writer: at least ±1%, wider when the written number is coarse. */
export const EXACT_TOLERANCE = 0.01;
/** "about", "약", "約", "左右": ±5% (or the written precision when that is coarser). */
export const ABOUT_TOLERANCE = 0.05;
/** A coarse number ("$5bn") says ±10% at most; beyond that it is a different figure. */
const MAX_ROUNDING_TOLERANCE = 0.1;

export const EMPTY: Interval = { low: 1, high: 0, lowOpen: false, highOpen: false };

export function closed(low: number, high: number): Interval {
  return { low, high, lowOpen: false, highOpen: false };
}

export function isEmpty(i: Interval): boolean {
  if (Number.isNaN(i.low) || Number.isNaN(i.high)) return true;
  if (i.low > i.high) return true;
  return i.low === i.high && (i.lowOpen || i.highOpen);
}

export function intersect(a: Interval, b: Interval): Interval {
  if (isEmpty(a) || isEmpty(b)) return EMPTY;
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  const lowOpen = (a.low === low && a.lowOpen) || (b.low === low && b.lowOpen);
  const highOpen = (a.high === high && a.highOpen) || (b.high === high && b.highOpen);
  const out = { low, high, lowOpen, highOpen };
  return isEmpty(out) ? EMPTY : out;
}

export function intersects(a: Interval, b: Interval): boolean {
  return !isEmpty(intersect(a, b));
}

/** True when every point of `inner` lies in `outer` (the empty set is inside everything). */
export function contains(outer: Interval, inner: Interval): boolean {
  if (isEmpty(inner)) return true;
  if (isEmpty(outer)) return false;
  const lowOk = outer.low < inner.low || (outer.low === inner.low && (!outer.lowOpen || inner.lowOpen));
  const highOk =
    outer.high > inner.high || (outer.high === inner.high && (!outer.highOpen || inner.highOpen));
  return lowOk && highOk;
}

export function containsPoint(i: Interval, x: number): boolean {
  return contains(i, closed(x, x));
}

export function width(i: Interval): number {
  return isEmpty(i) ? 0 : i.high - i.low;
}

/** Smallest interval holding both (used for ranges of a figure across reports). */
export function hull(a: Interval, b: Interval): Interval {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  const low = Math.min(a.low, b.low);
  const high = Math.max(a.high, b.high);
  return {
    low,
    high,
    lowOpen: (a.low !== low || a.lowOpen) && (b.low !== low || b.lowOpen),
    highOpen: (a.high !== high || a.highOpen) && (b.high !== high || b.highOpen),
  };
}

/** Multiplies both ends by a positive factor (unit conversion is linear). */
export function scale(i: Interval, factor: number): Interval {
  if (isEmpty(i)) return EMPTY;
  return { ...i, low: i.low * factor, high: i.high * factor };
}

/** Widens each finite end by a relative amount of itself (slack for conversion at another rate). */
export function widen(i: Interval, relative: number): Interval {
  if (isEmpty(i) || relative <= 0) return i;
  return { ...i, low: Math.max(0, i.low * (1 - relative)), high: i.high * (1 + relative) };
}

export function formatInterval(i: Interval): string {
  if (isEmpty(i)) return '∅';
  const hi = i.high === Infinity ? '∞' : String(i.high);
  return `${i.lowOpen ? '(' : '['}${i.low}, ${hi}${i.highOpen || i.high === Infinity ? ')' : ']'}`;
}

/**
 * Half the last written digit, relative to the value: "20조원" (precision 1조) allows ±2.5%,
 * "20.1 trillion won" ±0.25%. Only texts with a single digit group are read; mixed forms
 * ("71조 6000억", "14万5千") and spelled-out numerals ("三千亿") return null and get the default.
 */
export function writtenPrecision(text: string, value: number): number | null {
  if (!(value > 0)) return null;
  const groups = text.normalize('NFKC').match(/\d[\d,]*(?:\.\d+)?/g);
  if (!groups || groups.length !== 1) return null;
  const token = groups[0]!.replace(/,/g, '');
  const written = Number(token);
  if (!(written > 0)) return null;
  const decimals = token.includes('.') ? token.length - token.indexOf('.') - 1 : 0;
  const scaleFactor = value / written;
  const exponent = Math.round(Math.log10(scaleFactor));
  // A scale that is not a power of ten means the digits are not the whole number (e.g. 5千): unknown.
  if (Math.abs(Math.log10(scaleFactor) - exponent) > 1e-6) return null;
  const step = 10 ** (exponent - decimals);
  return step / 2 / value;
}

export interface IntervalInput {
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly low: number | null;
  readonly high: number | null;
  readonly text?: string;
}

/** Relative half-width a point claim is read with. */
export function pointTolerance(c: IntervalInput): number {
  const base = c.qualifier === 'about' ? ABOUT_TOLERANCE : EXACT_TOLERANCE;
  const precision = c.text ? writtenPrecision(c.text, c.value) : null;
  return Math.max(base, Math.min(precision ?? 0, MAX_ROUNDING_TOLERANCE));
}

/** The interval a claim asserts (see the header for the reading of each qualifier). */
export function claimInterval(c: IntervalInput): Interval {
  const v = c.value;
  switch (c.qualifier) {
    case 'exact':
    case 'about': {
      const t = pointTolerance(c);
      return closed(v * (1 - t), v * (1 + t));
    }
    case 'up_to':
      return { low: 0, high: c.high ?? v, lowOpen: true, highOpen: false };
    case 'less_than':
      return { low: 0, high: c.high ?? v, lowOpen: true, highOpen: true };
    case 'at_least':
      return { low: c.low ?? v, high: Infinity, lowOpen: false, highOpen: true };
    case 'more_than':
      return { low: c.low ?? v, high: Infinity, lowOpen: true, highOpen: true };
    case 'range': {
      const low = c.low ?? v;
      const high = c.high ?? v;
      return closed(Math.min(low, high), Math.max(low, high));
    }
  }
}

/** The number that stands for a claim: the value, the bound of an open claim, a range's midpoint. */
export function referenceValue(c: IntervalInput): number {
  switch (c.qualifier) {
    case 'up_to':
    case 'less_than':
      return c.high ?? c.value;
    case 'at_least':
    case 'more_than':
      return c.low ?? c.value;
    case 'range':
      return ((c.low ?? c.value) + (c.high ?? c.value)) / 2;
    default:
      return c.value;
  }
}

/** 'point' for values and ranges, otherwise the side the claim bounds. */
export function claimShape(q: Qualifier): 'point' | 'ceiling' | 'floor' | 'range' {
  if (q === 'up_to' || q === 'less_than') return 'ceiling';
  if (q === 'at_least' || q === 'more_than') return 'floor';
  return q === 'range' ? 'range' : 'point';
}
