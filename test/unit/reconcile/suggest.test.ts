import { describe, expect, it } from 'vitest';
import {
  discoverTruth,
  buildFigures,
  normaliseClaims,
  suggestKey,
  suggestKeys,
  type KeyClaims,
} from '../../../main/core/reconcile';
import { claim, fixedRateConverter, type ClaimSpec } from './helpers';

const B = 1e9;
const usd = { targetUnit: 'USD', toCurrency: fixedRateConverter('USD') };
const key = (claims: ClaimSpec[], name = 'k'): KeyClaims => ({ key: name, claims: claims.map(claim) });

describe('suggestKey: time', () => {
  it('December floors are superseded by February ceilings, with reasons', () => {
    const s = suggestKey(
      key([
        { value: 10 * B, qualifier: 'at_least', source: 'a', publishedAt: '2025-12-17', inTitle: true },
        { value: 10 * B, qualifier: 'more_than', source: 'b', publishedAt: '2025-12-18' },
        { value: 50 * B, qualifier: 'up_to', source: 'c', publishedAt: '2026-02-26' },
        { value: 50 * B, qualifier: 'up_to', source: 'd', publishedAt: '2026-02-27' },
        {
          value: 70e12,
          unit: 'KRW',
          qualifier: 'about',
          source: 'e',
          publishedAt: '2026-02-27',
          text: '약 70조원',
        },
      ]),
      usd,
    );
    expect(s).toMatchObject({
      value: 50 * B,
      high: 50 * B,
      low: null,
      status: 'superseded',
      asOf: '2026-02-26',
    });
    expect(s.other.filter((v) => v.kind === 'update')).toHaveLength(2);
    expect(s.other[0]!.reason).toMatch(/superseded: later and larger/);
    expect(s.supporting.map((v) => v.reason).join('\n')).toMatch(/same amount in KRW/);
    expect(s.rationale).toMatch(/grew to 50000000000/);
  });

  it('a preliminary figure refined weeks later is superseded by the final one', () => {
    const s = suggestKey(
      key([
        {
          value: 20e12,
          unit: 'KRW',
          metric: 'operating_profit',
          text: '20조원',
          source: 'a',
          publishedAt: '2026-01-08',
        },
        {
          value: 20e12,
          unit: 'KRW',
          metric: 'operating_profit',
          text: '20兆ウォン',
          source: 'b',
          publishedAt: '2026-01-08',
        },
        {
          value: 20.1e12,
          unit: 'KRW',
          metric: 'operating_profit',
          text: '20.1 trillion won',
          source: 'c',
          publishedAt: '2026-01-29',
        },
      ]),
      { targetUnit: 'KRW' },
    );
    expect(s).toMatchObject({ value: 20.1e12, status: 'superseded', asOf: '2026-01-29' });
    expect(s.rationale).toMatch(/refined/);
  });
});

describe('suggestKey: independence, outliers, parts, definitions', () => {
  it('reports citing the same original and syndicated copies count once', () => {
    const s = suggestKey(
      key([
        { value: 60 * B, source: 'a', citedSource: 'Bloomberg' },
        { value: 60 * B, source: 'b', citedSource: 'bloomberg' },
        { value: 60 * B, source: 'c', citedSource: 'Bloomberg ' },
        { value: 50 * B, source: 'd' },
        { value: 50 * B, source: 'e' },
        { value: 50 * B, source: 'f', syndicatedOf: 'd' },
      ]),
      usd,
    );
    expect(s.value).toBe(50 * B);
    expect(s.figures.find((f) => f.value === 60 * B)?.groups).toEqual(['cited:bloomberg']);
    expect(s.figures.find((f) => f.value === 50 * B)?.groups).toHaveLength(2);
  });

  it('flags a 100× outlier instead of averaging it in', () => {
    const s = suggestKey(
      key([
        { value: 730 * B, metric: 'valuation', source: 'a', text: '7300億ドル' },
        { value: 730 * B, metric: 'valuation', source: 'b', text: '7300억 달러' },
        { value: 7300, metric: 'valuation', source: 'c', text: '7,300美元' },
      ]),
      usd,
    );
    expect(s.value).toBe(730 * B);
    expect(s.status).toBe('confirmed');
    expect(s.other).toEqual([expect.objectContaining({ kind: 'outlier', text: '7,300美元' })]);
  });

  it('tranches that add up to the total are its components, not rivals', () => {
    const s = suggestKey(
      key([
        { value: 50 * B, qualifier: 'up_to', source: 'a' },
        { value: 50 * B, qualifier: 'up_to', source: 'b' },
        { value: 15 * B, source: 'a' },
        { value: 35 * B, source: 'b', part: 'tranche' },
      ]),
      usd,
    );
    expect(s.value).toBe(50 * B);
    const parts = s.other.filter((v) => v.kind === 'component');
    expect(parts.map((v) => v.text).sort()).toEqual([String(15 * B), String(35 * B)]);
    expect(parts[0]!.reason).toMatch(/a part of 50000000000 \(15000000000 \+ 35000000000\)/);
  });

  it('keeps pre-money and post-money apart and suggests the post-money valuation', () => {
    const s = suggestKey(
      key([
        { value: 730 * B, metric: 'valuation', note: 'pre-money', source: 'a' },
        { value: 730 * B, metric: 'valuation', note: 'pre-money', source: 'b' },
        { value: 840 * B, metric: 'valuation', note: 'post-money', source: 'c' },
        { value: 840 * B, metric: 'valuation', source: 'd' },
      ]),
      usd,
    );
    expect(s.value).toBe(840 * B);
    expect(s.status).toBe('confirmed');
    expect(s.contradicting).toEqual([]);
    expect(s.other.filter((v) => v.kind === 'different-definition')).toHaveLength(2);
  });
});

describe('suggestKey: status', () => {
  it('rival figures reported as widely at the same time are disputed', () => {
    const s = suggestKey(
      key([
        { value: 860e12, unit: 'KRW', qualifier: 'about', metric: 'market_cap', source: 'a' },
        { value: 860e12, unit: 'KRW', qualifier: 'about', metric: 'market_cap', source: 'b' },
        { value: 1000e12, unit: 'KRW', metric: 'market_cap', source: 'c' },
        { value: 1000e12, unit: 'KRW', metric: 'market_cap', source: 'd' },
      ]),
      { targetUnit: 'KRW' },
    );
    expect(s.status).toBe('disputed');
    expect(s.contradicting).toHaveLength(2);
  });

  it('projections and second-hand-only figures are open', () => {
    const forecast = suggestKey(
      key([{ value: 1415.2e12, unit: 'KRW', metric: 'debt', note: 'target: 2026' }]),
      { targetUnit: 'KRW' },
    );
    expect(forecast.status).toBe('open');
    const hearsay = suggestKey(
      key([
        { value: 300 * B, citedSource: 'WSJ', source: 'a' },
        { value: 300 * B, citedSource: 'WSJ', source: 'b' },
      ]),
      usd,
    );
    expect(hearsay.status).toBe('open');
  });

  it('reports nothing usable as an open key without a value, listing the exclusions', () => {
    const s = suggestKey(key([{ value: 6, unit: '%' }]), usd);
    expect(s).toMatchObject({ value: null, status: 'open' });
    expect(s.excluded[0]!.reason).toMatch(/% cannot be expressed in USD/);
  });
});

describe('truth discovery', () => {
  // Outlet "sloppy" disagrees with three careful outlets on three keys; on a fourth key it is one
  // voice against one careful outlet. Learned reliability must break that tie.
  const careful = ['a', 'b', 'c'];
  const keys: KeyClaims[] = [1, 2, 3].map((i) =>
    key(
      [
        ...careful.map((o) => ({ value: 100 * i * B, outlet: o, source: `${o}${i}` })),
        { value: 120 * i * B, outlet: 'sloppy', source: `s${i}` },
      ],
      `k${i}`,
    ),
  );
  keys.push(
    key(
      [
        { value: 400 * B, outlet: 'sloppy', source: 's4' },
        { value: 450 * B, outlet: 'a', source: 'a4' },
      ],
      'k4',
    ),
  );

  it('learns lower trust for the outlet that is often contradicted', () => {
    const { trust } = suggestKeys(keys, usd);
    expect(trust.get('outlet:sloppy')!).toBeLessThan(trust.get('outlet:a')! - 0.1);
  });

  it('uses learned trust to choose between two single reports', () => {
    const { suggestions } = suggestKeys(keys, usd);
    expect(suggestions.map((s) => s.value)).toEqual([100 * B, 200 * B, 300 * B, 450 * B]);
    expect(suggestions[3]!.confidence).toBeGreaterThan(0.5);
  });

  it('converges', () => {
    const figures = keys.flatMap((k) => buildFigures(k.key, normaliseClaims(k.claims, usd).included).figures);
    const result = discoverTruth(figures);
    expect(result.iterations).toBeLessThan(20);
    for (const c of result.confidence.values()) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});
