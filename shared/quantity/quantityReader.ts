/**
 * A whole quantity at an anchor: the amount, a range partner ("10억~20억 달러", "$10-20 billion",
 * "between $10bn and $12bn"), qualifiers before and after, and exchange-rate notes ("1ドル=153円"),
 * which are skipped rather than reported.
 *
 * Range convention: `value` is the LOW end and `low`/`high` hold both ends. The low end is a number
 * the text actually states, so it can be matched against other reports ("$10 billion"), whereas a
 * midpoint would be a figure nobody wrote.
 */
import { findAnchorForward } from './anchors';
import { skipSpaces } from './chars';
import { type Dec, decShift, decToNumber, toAmount } from './decimal';
import { type Amount, readAmount } from './amount';
import { matchRangeConnector, mayConnect } from './ranges';
import { LangProbe } from './language';
import { matchPrefixQualifier, matchSuffixQualifier, wordBefore } from './qualifiers';
import type { Qualifier, QuantityLang } from './types';
import type { LangSource } from './unitMatch';

/** A quantity as found, before it is frozen into the public shape. */
export interface Found {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly low: number | null;
  readonly high: number | null;
  readonly start: number;
  readonly end: number;
  /** End of everything consumed, including a parenthesised restatement. */
  extentEnd: number;
  equivalents: Found[];
  readonly alternatives: ReadonlyArray<string> | undefined;
}

export interface ReadOptions {
  readonly lang?: QuantityLang;
  /** parseAmount accepts a bare number ("1.4兆") with unit ''. */
  readonly allowUnitless: boolean;
}

/** Result of reading at an anchor: a quantity, or an exchange-rate note to skip. */
export type ReadResult = { kind: 'quantity'; found: Found } | { kind: 'skip'; end: number } | null;

function isMoney(unit: string | null): boolean {
  return unit !== null && unit !== '' && unit !== '%' && unit !== 'pp';
}

interface RangeRead {
  readonly low: Dec;
  readonly second: Amount;
  readonly unit: string | null;
}

function readRangePartner(
  text: string,
  first: Amount,
  floor: number,
  lang: LangSource,
  betweenAt: number,
  allowUnitless: boolean,
): RangeRead | null {
  const conn = matchRangeConnector(
    text,
    first.end,
    () => betweenAt >= 0,
    () => wordBefore(text, first.start, floor, 'from') < 0,
  );
  if (!conn) return null;
  const anchor = findAnchorForward(text, conn.end, 6);
  if (anchor < 0) return null;
  const second = readAmount(text, anchor, conn.end, lang, true);
  if (!second || second.start !== conn.end) return null;
  if (first.unit && second.unit && first.unit !== second.unit) return null;
  const unit = second.unit ?? first.unit;
  if (!unit && !allowUnitless) return null;
  // "$10-20 billion", "10到20亿元": the bare low end borrows the high end's scale.
  let low = first.value;
  if (first.plain && !first.hasScale && second.hasScale && second.leadExp > 0)
    low = decShift(low, second.leadExp);
  if (decToNumber(low) > decToNumber(second.value)) return null;
  // "100億ドルから150億ドルに" is a change, not a range.
  if (conn.kara) {
    const after = text.charCodeAt(second.end);
    if (after === 0x306b || after === 0x3078) return null; // に へ
  }
  return { low, second, unit };
}

function combineQualifiers(
  prefix: Qualifier | null,
  suffix: Qualifier | null,
  approx: Qualifier | null,
): Qualifier {
  // A specific bound ("이상", "以上", "を超え") beats a vague "about"; otherwise the prefix speaks first.
  if (prefix && suffix) return prefix === 'about' ? suffix : prefix;
  return prefix ?? suffix ?? approx ?? 'exact';
}

/** The bound an open qualifier gives: "at least X" → low X, "up to X" → high X. */
function lowerBound(q: Qualifier, value: number): number | null {
  return q === 'at_least' || q === 'more_than' ? value : null;
}
function upperBound(q: Qualifier, value: number): number | null {
  return q === 'up_to' || q === 'less_than' ? value : null;
}

const MINUS_SIGNS = new Set([0x2d, 0x2212, 0xff0d]); // - − －
/** After these (or at the start) a minus glued to the amount is a sign, not a hyphen: "-3.5%", "(-$5bn)". */
const SIGN_HEADS = new Set([
  0x20, 0x09, 0x0a, 0xa0, 0x3000, 0x28, 0xff08, 0x3a, 0xff1a, 0x2c, 0xff0c, 0x3001,
]);

function hasMinusSign(text: string, start: number, floor: number): boolean {
  if (start - 1 < floor || !MINUS_SIGNS.has(text.charCodeAt(start - 1))) return false;
  return start - 1 === 0 || SIGN_HEADS.has(text.charCodeAt(start - 2));
}

/** Between the two sides of an exchange rate: = ＝ 兑 兌; per-unit markers: 당 (ko), あたり/当たり (ja). */
const RATE_SIGNS = new Set([0x3d, 0xff1d, 0x5151, 0x514c]);
const PER_UNIT = ['당', 'あたり', '当たり'];

/**
 * If an exchange rate starts right after a money amount ending at pos, the end of the rate; -1
 * otherwise. "1달러당" alone (a denominator without a second amount) is skipped as well.
 */
function rateEnd(text: string, pos: number, lang: LangSource): number {
  const p = skipSpaces(text, pos, 1);
  let q = -1;
  let per = false;
  if (RATE_SIGNS.has(text.charCodeAt(p))) q = p + 1;
  else if (p === pos) {
    const word = PER_UNIT.find((w) => text.startsWith(w, p));
    if (word) {
      q = p + word.length;
      per = true;
    }
  }
  if (q < 0) return -1;
  const rhsAnchor = findAnchorForward(text, skipSpaces(text, q, 1), 6);
  const rhs = rhsAnchor >= 0 ? readAmount(text, rhsAnchor, q, lang, false) : null;
  if (rhs && isMoney(rhs.unit)) return rhs.end;
  return per ? q : -1;
}

/** Reads the quantity whose numeral starts at `anchor`; `floor` bounds every backward look. */
export function readQuantityAt(text: string, anchor: number, floor: number, opts: ReadOptions): ReadResult {
  const lang = new LangProbe(text, anchor, opts.lang);
  const first = readAmount(text, anchor, floor, lang, opts.allowUnitless);
  if (!first) return null;
  let betweenAt = -1;
  let range: RangeRead | null = null;
  if (mayConnect(text, first.end)) {
    betweenAt = wordBefore(text, first.start, floor, 'between');
    range = readRangePartner(text, first, floor, lang, betweenAt, opts.allowUnitless);
  }

  const unit = range ? range.unit : first.unit;
  if (!unit && !opts.allowUnitless) return null;
  const end = range ? range.second.end : first.end;
  const negative = !range && hasMinusSign(text, first.start, floor);
  const qualStart = betweenAt >= 0 && range ? betweenAt : negative ? first.start - 1 : first.start;
  const prefixQ = matchPrefixQualifier(text, qualStart, floor, lang);
  const suffixQ = matchSuffixQualifier(text, end, lang);
  const start = prefixQ ? prefixQ.start : qualStart;
  const qEnd = suffixQ ? suffixQ.end : end;

  // "1ドル=153円", "1美元兑7.1元", "1달러당 1400원": an exchange rate, not an amount of money.
  if (isMoney(unit) && !range) {
    const rate = rateEnd(text, qEnd, lang);
    if (rate >= 0) return { kind: 'skip', end: rate };
  }

  let qualifier: Qualifier;
  let value: number;
  let low: number | null;
  let high: number | null;
  if (range) {
    qualifier = 'range';
    value = toAmount(range.low);
    low = value;
    high = toAmount(range.second.value);
  } else {
    qualifier = combineQualifiers(prefixQ?.q ?? null, suffixQ?.q ?? null, first.approx);
    value = negative ? -toAmount(first.value) : toAmount(first.value);
    low = lowerBound(qualifier, value);
    high = upperBound(qualifier, value);
  }
  const alternatives = range ? (range.second.alternatives ?? first.alternatives) : first.alternatives;
  const found: Found = {
    value,
    unit: unit ?? '',
    qualifier,
    low,
    high,
    start,
    end: qEnd,
    extentEnd: qEnd,
    equivalents: [],
    alternatives,
  };
  return { kind: 'quantity', found };
}

export { isMoney };
