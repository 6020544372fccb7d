import { describe, expect, it } from 'vitest';
import {
  detectConflicts,
  normaliseClaim,
  relateClaims,
  type NormalisedClaim,
  type ReconcileClaim,
} from '../../../main/core/reconcile';
import { claim, fixedRateConverter } from './helpers';

const B = 1e9;
const usd = { targetUnit: 'USD', toCurrency: fixedRateConverter('USD') };

function n(c: ReconcileClaim): NormalisedClaim {
  const out = normaliseClaim(c, usd);
  if (!('interval' in out)) throw new Error(out.reason);
  return out;
}

describe('relateClaims', () => {
  it('a later, larger figure for an investment is an update, not a conflict', () => {
    const dec = n(
      claim({
        value: 10 * B,
        qualifier: 'at_least',
        text: 'at least $10 billion',
        publishedAt: '2025-12-17',
      }),
    );
    const feb = n(
      claim({ value: 50 * B, qualifier: 'up_to', text: 'up to $50 billion', publishedAt: '2026-02-26' }),
    );
    const r = relateClaims(dec, feb);
    expect(r.kind).toBe('update');
    expect(r.newerClaimId).toBe(feb.claim.id);
    expect(r.reason).toMatch(/later and larger/);
  });

  it('the same two values at the same as-of date conflict', () => {
    const a = n(claim({ value: 50 * B, text: '$50 billion' }));
    const b = n(claim({ value: 110 * B, text: '$110 billion' }));
    expect(relateClaims(a, b).kind).toBe('conflict');
  });

  it('a non-growing figure that changes between dates is an update with the dates', () => {
    const prelim = n(claim({ value: 145, metric: 'price', text: '$145', publishedAt: '2026-01-08' }));
    const later = n(claim({ value: 148.5, metric: 'price', text: '$148.50', publishedAt: '2026-01-29' }));
    const r = relateClaims(prelim, later);
    expect(r.kind).toBe('update');
    expect(r.reason).toMatch(/changed between 2026-01-08 and 2026-01-29/);
  });

  it('a restatement in another currency agrees within rounding at the rate used', () => {
    const usdClaim = n(claim({ value: 50 * B, qualifier: 'up_to', text: '최대 500억 달러' }));
    const krw = n(claim({ value: 70e12, unit: 'KRW', qualifier: 'about', text: '약 70조원' }));
    const r = relateClaims(usdClaim, krw);
    expect(r.kind).toBe('agree');
    expect(r.reason).toMatch(/restated in another currency/);
  });

  it('pre- vs post-money and tranche vs total are different definitions', () => {
    const pre = n(claim({ value: 730 * B, metric: 'valuation', note: 'pre-money' }));
    const post = n(claim({ value: 840 * B, metric: 'valuation', note: 'post-money' }));
    expect(relateClaims(pre, post)).toMatchObject({
      kind: 'different-definition',
      reason: expect.stringMatching(/pre-money vs post-money/),
    });
    const tranche = n(claim({ value: 15 * B, part: 'tranche' }));
    const total = n(claim({ value: 50 * B, part: 'total' }));
    expect(relateClaims(tranche, total).kind).toBe('different-definition');
  });

  it('a value ≥100× off is an outlier (7,300美元 beside 7,300亿美元)', () => {
    const typo = n(claim({ value: 7300, metric: 'valuation', text: '7,300美元' }));
    const right = n(claim({ value: 730 * B, metric: 'valuation', text: '7,300亿美元' }));
    expect(relateClaims(typo, right).kind).toBe('outlier');
  });

  it('ceilings and floors that overlap agree at the same date', () => {
    const floor = n(claim({ value: 10 * B, qualifier: 'at_least' }));
    const ceiling = n(claim({ value: 50 * B, qualifier: 'up_to' }));
    expect(relateClaims(floor, ceiling).kind).toBe('agree');
  });

  it('month-only as-of dates overlap the days of that month', () => {
    const month = n(claim({ value: 20 * B, asOf: '2026-01', publishedAt: '2026-01-29', metric: 'revenue' }));
    const day = n(claim({ value: 30 * B, asOf: '2026-01-20', publishedAt: '2026-01-20', metric: 'revenue' }));
    expect(relateClaims(month, day).kind).toBe('conflict');
  });
});

describe('detectConflicts', () => {
  it('lists non-agreeing pairs across articles, not within one article', () => {
    const a = claim({ value: 50 * B, source: 'x' });
    const b = claim({ value: 6.5 * B, source: 'x' });
    const c = claim({ value: 110 * B, source: 'y' });
    const pairs = detectConflicts([a, b, c].map(n));
    expect(pairs.map((p) => [p.a.claim.id, p.b.claim.id])).toEqual([
      [a.id, c.id],
      [b.id, c.id],
    ]);
  });
});
