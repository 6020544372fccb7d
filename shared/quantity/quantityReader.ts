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
import { isAsciiLetter, matchesAt, skipSpaces } from './chars';
import { type Dec, decShift, decToNumber, toAmount } from './decimal';
import { type Amount, readAmount } from './amount';
import { langAt } from './language';
import { matchPrefixQualifier, matchSuffixQualifier, wordBefore } from './qualifiers';
import type { Qualifier, QuantityLang } from './types';

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
  readonly alternatives?: ReadonlyArray<string>;
}

export interface ReadOptions {
  readonly lang?: QuantityLang;
  /** parseAmount accepts a bare number ("1.4兆") with unit ''. */
  readonly allowUnitless: boolean;
}

/** Result of reading at an anchor: a quantity, or an exchange-rate note to skip. */
export type ReadResult = { kind: 'quantity'; found: Found } | { kind: 'skip'; end: number } | null;

const RANGE_MARKS = new Set([0x7e, 0xff5e, 0x301c, 0x2d, 0x2013, 0x2014, 0x2010, 0xff0d, 0x81f3, 0x5230]); // ~～〜-–—‐－至到

interface Connector {
  readonly end: number;
  readonly kara: boolean;
}

function matchRangeConnector(text: string, pos: number, allowAnd: boolean, allowTo: boolean): Connector | null {
  const p = skipSpaces(text, pos, 1);
  const c = text.charCodeAt(p);
  let q = -1;
  let kara = false;
  if (RANGE_MARKS.has(c)) q = p + 1;
  else if (allowTo && p > pos && matchesAt(text, p, 'to') && !isAsciiLetter(text.charCodeAt(p + 2))) q = p + 2;
  else if (allowAnd && p > pos && matchesAt(text, p, 'and') && !isAsciiLetter(text.charCodeAt(p + 3))) q = p + 3;
  else if (text.startsWith('から', p)) {
    q = p + 2;
    kara = true;
  } else if (text.startsWith('내지', p)) q = p + 2;
  if (q < 0) return null;
  return { end: skipSpaces(text, q, 1), kara };
}

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
  lang: QuantityLang,
  betweenAt: number,
  allowUnitless: boolean,
): RangeRead | null {
  const fromAt = betweenAt < 0 ? wordBefore(text, first.start, floor, 'from') : -1;
  const conn = matchRangeConnector(text, first.end, betweenAt >= 0, fromAt < 0);
  if (!conn) return null;
  const anchor = findAnchorForward(text, conn.end, 6);
  if (anchor < 0) return null;
  const second = readAmount(text, anchor, conn.end, lang);
  if (!second || second.start !== conn.end) return null;
  if (first.unit && second.unit && first.unit !== second.unit) return null;
  const unit = second.unit ?? first.unit;
  if (!unit && !allowUnitless) return null;
  // "$10-20 billion", "10到20亿元": the bare low end borrows the high end's scale.
  let low = first.value;
  if (first.plain && !first.hasScale && second.hasScale && second.leadExp > 0) low = decShift(low, second.leadExp);
  if (decToNumber(low) > decToNumber(second.value)) return null;
  // "100億ドルから150億ドルに" is a change, not a range.
  if (conn.kara) {
    const after = text.charCodeAt(second.end);
    if (after === 0x306b || after === 0x3078) return null; // に へ
  }
  return { low, second, unit };
}

function combineQualifiers(prefix: Qualifier | null, suffix: Qualifier | null, approx: Qualifier | null): Qualifier {
  // A specific bound ("이상", "以上", "を超え") beats a vague "about"; otherwise the prefix speaks first.
  if (prefix && suffix) return prefix === 'about' ? suffix : prefix;
  return prefix ?? suffix ?? approx ?? 'exact';
}

function bounds(q: Qualifier, value: number): [number | null, number | null] {
  if (q === 'at_least' || q === 'more_than') return [value, null];
  if (q === 'up_to' || q === 'less_than') return [null, value];
  return [null, null];
}

/** Reads the quantity whose numeral starts at `anchor`; `floor` bounds every backward look. */
export function readQuantityAt(text: string, anchor: number, floor: number, opts: ReadOptions): ReadResult {
  const lang = langAt(text, anchor, opts.lang);
  const first = readAmount(text, anchor, floor, lang);
  if (!first) return null;
  const betweenAt = wordBefore(text, first.start, floor, 'between');
  const range = readRangePartner(text, first, floor, lang, betweenAt, opts.allowUnitless);

  const unit = range ? range.unit : first.unit;
  if (!unit && !opts.allowUnitless) return null;
  const end = range ? range.second.end : first.end;
  const qualStart = betweenAt >= 0 && range ? betweenAt : first.start;
  const prefixQ = matchPrefixQualifier(text, qualStart, floor, lang);
  const suffixQ = matchSuffixQualifier(text, end, lang);
  const start = prefixQ ? prefixQ.start : qualStart;
  const qEnd = suffixQ ? suffixQ.end : end;

  // "1ドル=153円", "$1 = ₩1,400": an exchange rate, not an amount of money.
  if (isMoney(unit)) {
    const eq = skipSpaces(text, qEnd, 1);
    const c = text.charCodeAt(eq);
    if (c === 0x3d || c === 0xff1d) {
      const rhsAnchor = findAnchorForward(text, skipSpaces(text, eq + 1, 1), 6);
      const rhs = rhsAnchor >= 0 ? readAmount(text, rhsAnchor, eq + 1, lang) : null;
      if (rhs && isMoney(rhs.unit)) return { kind: 'skip', end: rhs.end };
    }
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
    value = toAmount(first.value);
    [low, high] = bounds(qualifier, value);
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
    ...(alternatives ? { alternatives } : {}),
  };
  return { kind: 'quantity', found };
}

export { isMoney };
