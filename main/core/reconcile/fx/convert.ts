/** Conversion between any two currencies the RateBook knows, always through USD. */
import type { RateBook } from './rate-book';
import type { Conversion, RateQuery } from './types';

/**
 * `value` in `from` expressed in `to`, at the rates the book picks for `date`; null when a rate is
 * missing (the caller shows "no rate" rather than a wrong number).
 */
export function convert(
  value: number,
  from: string,
  to: string,
  date: string,
  rates: RateBook,
  query: RateQuery = {},
): Conversion | null {
  if (from === to) return { value, from, to, rate: 1, legs: [], provenance: 'same currency' };
  const fromLeg = rates.rateFor(from, date, query);
  const toLeg = rates.rateFor(to, date, query);
  if (!fromLeg || !toLeg) return null;
  // units of `to` per unit of `from` = (to per USD) / (from per USD)
  const rate = toLeg.perUsd / fromLeg.perUsd;
  const legs = [fromLeg, toLeg].filter((l) => l.currency !== 'USD');
  return {
    value: value * rate,
    from,
    to,
    rate,
    legs,
    provenance: legs.map((l) => `${l.currency}: ${l.provenance}`).join('; '),
  };
}
