/**
 * Rates implied by articles: an amount in dollars restated in another currency ("500억 달러(약
 * 70조원)" → 1,400 KRW/USD) and explicit notes in the quote ("1ドル=153円換算" → 153). An explicit
 * note is what the journalist actually used, so it outweighs the ratio of two rounded amounts.
 */
import type { Qualifier } from '../../../../shared/model';
import { parseRateNotes, notePerUsd } from './rate-notes';
import type { FxRate } from './types';

/** What impliedRates needs of a claim; shared/model's Claim fits it as is. */
export interface RateClaim {
  readonly id: string;
  readonly source: { readonly id: string; readonly publishedAt: string | null };
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly asOf: string | null;
  readonly quote: string;
  readonly equivalents: ReadonlyArray<{
    readonly value: number;
    readonly unit: string;
    readonly qualifier: Qualifier;
    readonly text: string;
  }>;
}

export const WEIGHT_STATED = 1;
export const WEIGHT_EXACT = 0.8;
export const WEIGHT_ABOUT = 0.4;

const ISO = /^[A-Z]{3}$/;

/** The date a journalist converted at: publication first, since as-of may be a deal or period date. */
export function conversionDate(claim: Pick<RateClaim, 'source' | 'asOf'>): string | null {
  return claim.source.publishedAt ?? claim.asOf;
}

function restatementRate(
  claim: RateClaim,
  eq: RateClaim['equivalents'][number],
  date: string,
): FxRate | null {
  if (!ISO.test(eq.unit) || !ISO.test(claim.unit) || eq.unit === claim.unit) return null;
  if (!(claim.value > 0) || !(eq.value > 0)) return null;
  let currency: string;
  let perUsd: number;
  if (claim.unit === 'USD') {
    currency = eq.unit;
    perUsd = eq.value / claim.value;
  } else if (eq.unit === 'USD') {
    currency = claim.unit;
    perUsd = claim.value / eq.value;
  } else {
    return null; // a cross restatement (€ → ₩) says nothing about either currency per USD alone
  }
  const approximate = eq.qualifier === 'about' || eq.qualifier === 'range';
  return {
    currency,
    perUsd,
    date,
    origin: 'article',
    sourceId: claim.source.id,
    claimId: claim.id,
    approximate,
    weight: approximate ? WEIGHT_ABOUT : WEIGHT_EXACT,
    note: eq.text,
    kind: 'restatement',
  };
}

/**
 * Every rate the claims' articles imply, one per restatement plus one per explicit rate note
 * (a note repeated in several claims of the same source is reported once).
 */
export function impliedRates(claims: Iterable<RateClaim>): FxRate[] {
  const out: FxRate[] = [];
  const seenNotes = new Set<string>();
  for (const claim of claims) {
    const date = conversionDate(claim);
    if (date === null) continue;
    for (const eq of claim.equivalents) {
      const rate = restatementRate(claim, eq, date);
      if (rate) out.push(rate);
    }
    for (const note of parseRateNotes(claim.quote)) {
      const perUsd = notePerUsd(note);
      if (!perUsd) continue;
      const key = `${claim.source.id}\u0000${perUsd.currency}\u0000${note.rate}\u0000${note.text}`;
      if (seenNotes.has(key)) continue;
      seenNotes.add(key);
      out.push({
        currency: perUsd.currency,
        perUsd: perUsd.perUsd,
        date,
        origin: 'article',
        sourceId: claim.source.id,
        claimId: claim.id,
        approximate: false,
        weight: WEIGHT_STATED,
        note: note.text,
        kind: 'stated',
      });
    }
  }
  return out;
}
