/**
 * Does a restatement agree with the amount it restates? "최대 500억 달러(약 70조원)", "(약 72조원)"
 * and "(약 71조 6000억 원)" should all pass for the same $50B at the month's rate, while a
 * restatement off by a scale word (7조원) should not. "About" amounts get ±5%, exact ones ±2% for
 * the journalist's rounding.
 */
import type { Qualifier } from '../../../../shared/model';
import { convert } from './convert';
import { conversionDate } from './implied';
import type { RateBook } from './rate-book';
import type { Conversion, RateQuery } from './types';

export interface Tolerance {
  /** Relative tolerance for "약/約/约/about" restatements. */
  readonly about: number;
  /** Relative tolerance for restatements given as exact (they are still rounded). */
  readonly exact: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { about: 0.05, exact: 0.02 };

/**
 * Rates checked against by default: the analyst's and the reference table's. Article rates are left
 * out because the restatement under test would otherwise vouch for itself.
 */
export const CHECK_QUERY: RateQuery = { origins: ['analyst', 'reference'] };

export interface AgreementClaim {
  readonly value: number;
  readonly unit: string;
  readonly asOf: string | null;
  readonly source: { readonly id: string; readonly publishedAt: string | null };
}

export interface AgreementEquivalent {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly low?: number | null;
  readonly high?: number | null;
}

export interface RestatementCheck {
  readonly agrees: boolean;
  /** The claim converted into the restatement's currency. */
  readonly expected: number;
  readonly stated: number;
  /** stated / expected − 1 (0 when a range contains the expected amount). */
  readonly deviation: number;
  readonly tolerance: number;
  readonly conversion: Conversion;
}

/** null when the claim has no date or the book lacks a rate: "cannot tell", not "disagrees". */
export function restatementAgrees(
  claim: AgreementClaim,
  equivalent: AgreementEquivalent,
  rateBook: RateBook,
  tolerance: Tolerance | number = DEFAULT_TOLERANCE,
  query: RateQuery = CHECK_QUERY,
): RestatementCheck | null {
  const date = conversionDate(claim);
  if (date === null) return null;
  const conversion = convert(claim.value, claim.unit, equivalent.unit, date, rateBook, {
    ...query,
    sourceId: claim.source.id,
  });
  if (!conversion || !(conversion.value > 0)) return null;
  const tol = toleranceFor(equivalent.qualifier, tolerance);
  const expected = conversion.value;
  const { low, high } = equivalent;
  let deviation: number;
  if (equivalent.qualifier === 'range' && low != null && high != null) {
    deviation = expected < low ? low / expected - 1 : expected > high ? high / expected - 1 : 0;
  } else {
    deviation = equivalent.value / expected - 1;
  }
  return {
    agrees: Math.abs(deviation) <= tol + 1e-12,
    expected,
    stated: equivalent.value,
    deviation,
    tolerance: tol,
    conversion,
  };
}

function toleranceFor(qualifier: Qualifier, tolerance: Tolerance | number): number {
  if (typeof tolerance === 'number') return tolerance;
  // A range already spans the uncertainty; its ends are still rounded like exact amounts.
  return qualifier === 'about' ? tolerance.about : tolerance.exact;
}
