/**
 * The sample batch (resources/sample/articles): Amazon's investment in OpenAI and the valuation of
 * the round, December 2025 – March 2026, through the real extractor and the reconciliation.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/model';
import { consensusAt, groupByKey, suggestKeys, type Suggestion } from '../../../main/core/reconcile';
import { extractFile, fixedRateConverter } from './helpers';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample', 'articles');
const B = 1e9;
const options = { targetUnit: 'USD', toCurrency: fixedRateConverter('USD') };
let claims: Claim[];
let investment: Suggestion;
let valuation: Suggestion;

beforeAll(async () => {
  claims = [];
  for (const file of readdirSync(SAMPLE).sort())
    for (const a of await extractFile(SAMPLE, file)) claims.push(...a.claims);
  const { suggestions } = suggestKeys(groupByKey(claims), options);
  const find = (key: string) => suggestions.find((s) => s.key === key)!;
  investment = find('Amazon → OpenAI : investment');
  valuation = find('OpenAI → - : valuation');
}, 60_000);

const texts = (s: Suggestion, kind: string) =>
  [...s.supporting, ...s.contradicting, ...s.other].filter((v) => v.kind === kind);

describe('Amazon → OpenAI investment', () => {
  it('the December ≥$10B reports are superseded by up to $50B', () => {
    expect(investment).toMatchObject({ value: 50 * B, high: 50 * B, status: 'superseded' });
    const updates = texts(investment, 'update');
    expect(updates.length).toBeGreaterThanOrEqual(4);
    for (const u of updates) {
      expect(u.reason).toMatch(/2025-12-1[78]/);
      expect(u.reason).toMatch(/superseded: later and larger/);
    }
  });

  it('the $15B and $35B tranches are parts of the $50B, not rivals', () => {
    const parts = texts(investment, 'component');
    expect(new Set(parts.map((p) => p.reason.match(/a part of .*$/)?.[0]))).toEqual(
      new Set(['a part of 50000000000 (15000000000 + 35000000000)']),
    );
    expect(parts.some((p) => p.text.includes('350억'))).toBe(true);
  });

  it('the KRW/JPY/CNY restatements are not separate claims, and the ceilings all support the value', () => {
    expect(investment.supporting.length).toBeGreaterThanOrEqual(8);
    expect(
      investment.supporting.every((v) => /compatible|gives the value|holds the value/.test(v.reason)),
    ).toBe(true);
  });

  it('the one $110B report (the round, mislabelled) contradicts, with a reason', () => {
    expect(
      investment.contradicting.every((v) => v.text === '$110 billion' && /cannot both hold/.test(v.reason)),
    ).toBe(true);
  });

  it('the consensus before February is the December floor; after, the ceiling', () => {
    const inKey = claims.filter(
      (c) => c.subject === 'Amazon' && c.object === 'OpenAI' && c.metric === 'investment',
    );
    expect(consensusAt(inKey, { ...options, asOf: '2025-12-31' })).toMatchObject({
      n: 3,
      low: 10 * B,
      high: 10 * B,
      bounded: 3,
    });
    const march = consensusAt(inKey, { ...options, asOf: '2026-03-05' });
    expect(march.median).toBe(50 * B);
  });
});

describe('OpenAI valuation', () => {
  it('suggests $840B post-money as of February, superseding $500B (Dec) and up to $830B (Jan)', () => {
    expect(valuation).toMatchObject({ value: 840 * B, status: 'superseded' });
    expect(valuation.asOf?.startsWith('2026-02')).toBe(true);
    expect(valuation.rationale).toMatch(/500000000000 \(2025-1[02].*\) grew to 840000000000/);
    expect(valuation.rationale).toMatch(/830000000000 \(2026-01-29\) grew to 840000000000/);
  });

  it('keeps 500B, 830B (up to), 730B pre-money and 840B post-money apart as figures', () => {
    const figures = valuation.figures
      .filter((f) => !f.componentOf)
      .map((f) => [f.value / B, f.shape, f.definition.basis]);
    expect(figures).toEqual(
      expect.arrayContaining([
        [500, 'point', null],
        [830, 'ceiling', null],
        [730, 'point', 'pre-money'],
        [840, 'point', 'post-money'],
      ]),
    );
  });

  it('reports the pre-money figure as a different definition, not a conflict', () => {
    const pre = texts(valuation, 'different-definition');
    expect(pre.length).toBeGreaterThanOrEqual(2);
    expect(pre.every((v) => /pre-money vs post-money/.test(v.reason))).toBe(true);
    expect(valuation.contradicting).toEqual([]);
  });

  it('flags 7,300美元 as an outlier beside 7,300亿美元', () => {
    const outliers = texts(valuation, 'outlier');
    expect(outliers.map((o) => o.text)).toEqual(['7,300美元']);
    expect(outliers[0]!.reason).toMatch(/smaller than the other reports/);
  });
});
