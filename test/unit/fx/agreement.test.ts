import { describe, expect, it } from 'vitest';
import {
  impliedRates,
  loadReferenceTable,
  RateBook,
  restatementAgrees,
  type AgreementClaim,
} from '../../../main/core/reconcile/fx';
import { sampleClaims } from './sample-claims';

const book = RateBook.withReference(loadReferenceTable());
const fifty: AgreementClaim = {
  value: 50e9,
  unit: 'USD',
  asOf: null,
  source: { id: 's_ko', publishedAt: '2026-02-27' },
};

describe('restatementAgrees', () => {
  it.each([
    ['약 70조원', 70e12],
    ['약 72조원', 72e12],
    ['약 71조 6000억 원', 71.6e12],
  ])("$50B ≈ %s at the month's reference rate", (_text, value) => {
    const check = restatementAgrees(fifty, { value, unit: 'KRW', qualifier: 'about' }, book)!;
    expect(check.agrees).toBe(true);
    expect(check.tolerance).toBe(0.05);
    expect(check.conversion.provenance).toMatch(/^KRW: reference 2026-02/);
  });

  it('rejects a restatement off by a scale word or by much more than rounding', () => {
    expect(restatementAgrees(fifty, { value: 7e12, unit: 'KRW', qualifier: 'about' }, book)!.agrees).toBe(
      false,
    );
    expect(restatementAgrees(fifty, { value: 80e12, unit: 'KRW', qualifier: 'about' }, book)!.agrees).toBe(
      false,
    );
  });

  it('holds exact restatements to ±2%', () => {
    const expected = restatementAgrees(fifty, { value: 1, unit: 'KRW', qualifier: 'exact' }, book)!.expected;
    expect(
      restatementAgrees(fifty, { value: expected * 1.019, unit: 'KRW', qualifier: 'exact' }, book)!.agrees,
    ).toBe(true);
    expect(
      restatementAgrees(fifty, { value: expected * 1.03, unit: 'KRW', qualifier: 'exact' }, book)!.agrees,
    ).toBe(false);
    expect(
      restatementAgrees(fifty, { value: expected * 1.03, unit: 'KRW', qualifier: 'about' }, book)!.agrees,
    ).toBe(true);
    expect(
      restatementAgrees(fifty, { value: expected * 1.03, unit: 'KRW', qualifier: 'exact' }, book, 0.05)!
        .agrees,
    ).toBe(true);
  });

  it('accepts a range that contains the converted amount', () => {
    const r = restatementAgrees(
      fifty,
      { value: 72e12, low: 70e12, high: 75e12, unit: 'KRW', qualifier: 'range' },
      book,
    )!;
    expect(r).toMatchObject({ agrees: true, deviation: 0 });
  });

  it('does not let an article vouch for itself: its implied rate is ignored by default', () => {
    const [self] = impliedRates([
      {
        id: 'c',
        source: fifty.source,
        value: 50e9,
        unit: 'USD',
        qualifier: 'exact',
        asOf: null,
        quote: '',
        equivalents: [{ value: 7e12, unit: 'KRW', qualifier: 'about', text: '약 7조원' }],
      },
    ]);
    const withSelf = RateBook.withReference(loadReferenceTable(), [self!]);
    expect(restatementAgrees(fifty, { value: 7e12, unit: 'KRW', qualifier: 'about' }, withSelf)!.agrees).toBe(
      false,
    );
    expect(
      restatementAgrees(fifty, { value: 7e12, unit: 'KRW', qualifier: 'about' }, withSelf, undefined, {})!
        .agrees,
    ).toBe(true);
  });

  it('cannot tell without a date or a rate', () => {
    expect(
      restatementAgrees(
        { ...fifty, source: { id: 's', publishedAt: null } },
        { value: 70e12, unit: 'KRW', qualifier: 'about' },
        book,
      ),
    ).toBeNull();
    expect(restatementAgrees(fifty, { value: 70e12, unit: 'XAU', qualifier: 'about' }, book)).toBeNull();
  });

  it("every restatement in the sample articles agrees at its month's reference rate", async () => {
    const claims = (await sampleClaims()).filter((c) => c.equivalents.length > 0);
    expect(claims.length).toBeGreaterThanOrEqual(12);
    const results = claims.flatMap((c) =>
      c.equivalents.map((e) => ({
        file: c.file,
        text: `${c.text} (${e.text})`,
        check: restatementAgrees(c, e, book),
      })),
    );
    for (const r of results) {
      expect(r.check, r.text).not.toBeNull();
      expect(r.check!.agrees, `${r.file}: ${r.text} deviates ${(r.check!.deviation * 100).toFixed(1)}%`).toBe(
        true,
      );
    }
  });
});
