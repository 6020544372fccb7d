import { describe, expect, it } from 'vitest';
import { consensusAt, ExclusionReasonMissing } from '../../../main/core/reconcile';
import { claim, fixedRateConverter } from './helpers';

const B = 1e9;
const options = { targetUnit: 'USD', toCurrency: fixedRateConverter('USD') };

describe('consensusAt', () => {
  const a = claim({ value: 50 * B, source: 'a', publishedAt: '2026-02-26' });
  const b = claim({ value: 70e12, unit: 'KRW', qualifier: 'about', source: 'b', publishedAt: '2026-02-27' });
  const c = claim({ value: 110 * B, source: 'c', publishedAt: '2026-02-28' });
  const old = claim({ value: 10 * B, qualifier: 'at_least', source: 'a', publishedAt: '2025-12-17' });
  const late = claim({ value: 60 * B, source: 'd', publishedAt: '2026-03-10' });

  it('n, mean, median, high, low and spread of each source’s latest report, in one currency', () => {
    const r = consensusAt([a, b, c, old, late], { ...options, asOf: '2026-03-01' });
    expect(r.n).toBe(3);
    expect(r.low).toBe(50 * B);
    expect(r.high).toBe(110 * B);
    expect(r.median).toBe(50 * B);
    expect(r.mean).toBeCloseTo((50 * B + 50 * B + 110 * B) / 3, -3);
    expect(r.spread).toBe(60 * B);
    expect(r.relativeSpread).toBeCloseTo(1.2);
    expect(r.included.find((e) => e.claimId === b.id)?.conversion).toMatch(/KRW→USD/);
    expect(r.excluded).toEqual(
      expect.arrayContaining([
        { claimId: old.id, reason: 'another report of the same source counts for it', by: 'engine' },
        { claimId: late.id, reason: 'reported after 2026-03-01', by: 'engine' },
      ]),
    );
  });

  it('respects analyst exclusions and reports them with their reasons', () => {
    const r = consensusAt([a, b, c], {
      ...options,
      asOf: '2026-03-01',
      exclusions: new Map([[c.id, 'typo']]),
    });
    expect(r.n).toBe(2);
    expect(r.high).toBe(50 * B);
    expect(r.excluded).toContainEqual({ claimId: c.id, reason: 'typo', by: 'analyst' });
  });

  it('an exclusion without a reason is refused', () => {
    expect(() =>
      consensusAt([a], { ...options, asOf: '2026-03-01', exclusions: new Map([[a.id, ' ']]) }),
    ).toThrow(ExclusionReasonMissing);
  });

  it('at an earlier date the December floor is the consensus', () => {
    const r = consensusAt([a, old], { ...options, asOf: '2025-12-31' });
    expect(r).toMatchObject({ n: 1, low: 10 * B, high: 10 * B, bounded: 1 });
  });

  it('claims that cannot be converted are excluded with the reason, and an empty table has nulls', () => {
    const pct = claim({ value: 6, unit: '%' });
    const r = consensusAt([pct], { ...options, asOf: '2026-03-01' });
    expect(r).toMatchObject({ n: 0, mean: null, median: null, spread: null });
    expect(r.excluded[0]?.reason).toMatch(/cannot be expressed in USD/);
  });
});
