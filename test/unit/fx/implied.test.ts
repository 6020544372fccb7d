import { describe, expect, it } from 'vitest';
import {
  impliedRates,
  WEIGHT_ABOUT,
  WEIGHT_EXACT,
  WEIGHT_STATED,
  type RateClaim,
} from '../../../main/core/reconcile/fx';
import { sampleClaims } from './sample-claims';

function claim(partial: Partial<RateClaim> & Pick<RateClaim, 'value' | 'unit' | 'equivalents'>): RateClaim {
  return {
    id: 'c_1',
    source: { id: 's_1', publishedAt: '2026-02-27' },
    qualifier: 'exact',
    asOf: null,
    quote: '',
    ...partial,
  };
}

describe('impliedRates', () => {
  it('reads "100억달러(14조8000억원)" as an exact 1,480 KRW/USD', () => {
    const [r, ...rest] = impliedRates([
      claim({
        value: 10e9,
        unit: 'USD',
        equivalents: [{ value: 14.8e12, unit: 'KRW', qualifier: 'exact', text: '14조8000억원' }],
      }),
    ]);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      currency: 'KRW',
      origin: 'article',
      claimId: 'c_1',
      sourceId: 's_1',
      approximate: false,
      weight: WEIGHT_EXACT,
      note: '14조8000억원',
      kind: 'restatement',
      date: '2026-02-27',
    });
    expect(r!.perUsd).toBeCloseTo(1480, 9);
  });

  it('inverts a restatement in dollars of an amount in another currency', () => {
    const [r] = impliedRates([
      claim({
        value: 7.7e12,
        unit: 'JPY',
        equivalents: [{ value: 50e9, unit: 'USD', qualifier: 'about', text: '約500億ドル' }],
      }),
    ]);
    expect(r!.currency).toBe('JPY');
    expect(r!.perUsd).toBeCloseTo(154, 9);
    expect(r!.approximate).toBe(true);
  });

  it('skips crosses, non-money units, zero amounts and undated claims', () => {
    expect(
      impliedRates([
        claim({
          value: 1e9,
          unit: 'EUR',
          equivalents: [{ value: 1.6e12, unit: 'KRW', qualifier: 'about', text: '약 1조 6000억원' }],
        }),
        claim({
          value: 5,
          unit: '%',
          equivalents: [{ value: 5, unit: 'KRW', qualifier: 'about', text: 'x' }],
        }),
        claim({
          value: 0,
          unit: 'USD',
          equivalents: [{ value: 5, unit: 'KRW', qualifier: 'about', text: 'x' }],
        }),
        claim({
          source: { id: 's', publishedAt: null },
          value: 1,
          unit: 'USD',
          equivalents: [{ value: 1400, unit: 'KRW', qualifier: 'exact', text: 'x' }],
        }),
      ]),
    ).toEqual([]);
  });

  it('takes the as-of date when the source has no publication date', () => {
    const [r] = impliedRates([
      claim({
        source: { id: 's', publishedAt: null },
        asOf: '2025-12',
        value: 1,
        unit: 'USD',
        equivalents: [{ value: 1400, unit: 'KRW', qualifier: 'exact', text: '1400원' }],
      }),
    ]);
    expect(r!.date).toBe('2025-12');
  });

  it("finds the sample articles' restatements and the stated 1ドル=153円, once per source", async () => {
    const rates = impliedRates(await sampleClaims());
    const krw = rates.filter((r) => r.currency === 'KRW').map((r) => [r.note, Math.round(r.perUsd)]);
    expect(krw).toEqual(
      expect.arrayContaining([
        ['약 70조원', 1400],
        ['약 72조원', 1440],
        ['약 71조 6000억 원', 1432],
        ['약 14조 7000억 원', 1470],
      ]),
    );
    const jpy = rates.filter((r) => r.currency === 'JPY');
    const stated = jpy.filter((r) => r.kind === 'stated');
    expect(stated).toHaveLength(1);
    expect(stated[0]).toMatchObject({
      perUsd: 153,
      weight: WEIGHT_STATED,
      approximate: false,
      note: '1ドル=153円',
    });
    const minato = jpy.find((r) => r.note === '約7.7兆円')!;
    expect(minato.perUsd).toBeCloseTo(154, 6);
    expect(minato).toMatchObject({ approximate: true, weight: WEIGHT_ABOUT, sourceId: stated[0]!.sourceId });
    expect(rates.find((r) => r.currency === 'TWD')!.perUsd).toBeCloseTo(32, 6);
    expect(rates.filter((r) => r.currency === 'CNY').map((r) => r.perUsd.toFixed(3))).toEqual(
      expect.arrayContaining(['7.100', '7.095']),
    );
    for (const r of rates) expect(r.origin).toBe('article');
  });
});
