import { describe, expect, it } from 'vitest';
import { loadReferenceTable, RateBook, type FxRate } from '../../../main/core/reconcile/fx';

const table = loadReferenceTable();

function rate(p: Partial<FxRate> & Pick<FxRate, 'currency' | 'perUsd' | 'date' | 'origin'>): FxRate {
  return { sourceId: null, claimId: null, approximate: false, weight: 1, note: null, ...p };
}

const refKrwFeb = table.months.find((m) => m.month === '2026-02')!.rates.KRW!;
const analyst = rate({
  currency: 'KRW',
  perUsd: 1444,
  date: '2026-02',
  origin: 'analyst',
  note: 'BoK close 2026-02-27',
});
const about70 = rate({
  currency: 'KRW',
  perUsd: 1400,
  date: '2026-02-28',
  origin: 'article',
  sourceId: 's_ko',
  claimId: 'c_9',
  approximate: true,
  weight: 0.4,
  note: '약 70조원',
  kind: 'restatement',
});
const stated153 = rate({
  currency: 'JPY',
  perUsd: 153,
  date: '2026-02-27',
  origin: 'article',
  sourceId: 's_ja',
  claimId: 'c_3',
  weight: 1,
  note: '1ドル=153円',
  kind: 'stated',
});
const implied154 = rate({
  currency: 'JPY',
  perUsd: 154,
  date: '2026-02-27',
  origin: 'article',
  sourceId: 's_ja',
  claimId: 'c_3',
  approximate: true,
  weight: 0.4,
  note: '約7.7兆円',
  kind: 'restatement',
});

describe('RateBook', () => {
  it('falls back to the reference month and says so', () => {
    const book = RateBook.withReference(table);
    const r = book.rateFor('KRW', '2024-06-15', {})!;
    expect(r.perUsd).toBe(table.months.find((m) => m.month === '2024-06')!.rates.KRW);
    expect(r.provenance).toBe('reference 2024-06 (approx. IMF IFS / central-bank monthly average)');
    expect(r.flags).toEqual([]);
  });

  it('flags unverified reference months and nearest-month fallbacks', () => {
    const book = RateBook.withReference(table);
    const feb = book.rateFor('KRW', '2026-02-27')!;
    expect(feb.provenance).toMatch(/^reference 2026-02 \(projection; /);
    expect(feb.flags).toEqual(['unverified_reference']);
    const late = book.rateFor('JPY', '2027-03-01')!;
    expect(late.provenance).toMatch(/^reference 2026-10 \(nearest to 2027-03; projection; /);
    expect(late.flags).toContain('nearest_month');
    const early = book.rateFor('EUR', '2019-05')!;
    expect(early.rate.date).toBe('2023-01');
  });

  it('prefers analyst > article > reference', () => {
    const book = RateBook.withReference(table, [about70, analyst]);
    expect(book.rateFor('KRW', '2026-02-28', { sourceId: 's_ko' })).toMatchObject({
      perUsd: 1444,
      provenance: 'entered by the analyst for 2026-02: BoK close 2026-02-27',
    });
    const noAnalyst = RateBook.withReference(table, [about70]);
    const r = noAnalyst.rateFor('KRW', '2026-02-28', { sourceId: 's_ko' })!;
    expect(r.perUsd).toBe(1400);
    expect(r.provenance).toBe('implied by s_ko: 약 70조원');
    expect(r.flags).toEqual(['approximate']);
    expect(noAnalyst.rateFor('KRW', '2026-02-28', { origins: ['reference'] })!.perUsd).toBe(refKrwFeb);
  });

  it("uses another article's rate only within the same month, flagged", () => {
    const book = RateBook.withReference(table, [about70]);
    expect(book.rateFor('KRW', '2026-02-03', { sourceId: 's_other' })!.flags).toEqual([
      'approximate',
      'other_source',
    ]);
    expect(book.rateFor('KRW', '2026-03-01', { sourceId: 's_other' })!.rate.origin).toBe('reference');
    // …but a source's own rate applies to its amounts whatever the month.
    expect(book.rateFor('KRW', '2026-03-01', { sourceId: 's_ko' })!.perUsd).toBe(1400);
  });

  it('prefers the stated "1ドル=153円" over the rate implied by "約7.7兆円"', () => {
    const book = RateBook.withReference(table, [implied154, stated153]);
    const r = book.rateFor('JPY', '2026-02-27', { sourceId: 's_ja' })!;
    expect(r.perUsd).toBe(153);
    expect(r.provenance).toBe('stated by s_ja: 1ドル=153円');
  });

  it('keeps the last analyst rate of a month unless one matches the day', () => {
    const a1 = rate({ currency: 'KRW', perUsd: 1400, date: '2026-02-10', origin: 'analyst' });
    const a2 = rate({ currency: 'KRW', perUsd: 1410, date: '2026-02-20', origin: 'analyst' });
    const book = new RateBook([a1, a2]);
    expect(book.rateFor('KRW', '2026-02-27')!.perUsd).toBe(1410);
    expect(book.rateFor('KRW', '2026-02-10')!.perUsd).toBe(1400);
  });

  it('knows USD, and returns null for a currency or date it cannot place', () => {
    const book = RateBook.withReference(table);
    expect(book.rateFor('USD', '2026-01-01')!.perUsd).toBe(1);
    expect(book.rateFor('XAU', '2026-01-01')).toBeNull();
    expect(book.rateFor('KRW', 'last week')).toBeNull();
    expect(book.currencies()).toContain('KRW');
  });

  it('rejects rates that cannot be right', () => {
    const book = new RateBook();
    expect(() => book.add(rate({ currency: 'KRW', perUsd: 0, date: '2026-01', origin: 'analyst' }))).toThrow(
      RangeError,
    );
    expect(() => book.add(rate({ currency: 'KRW', perUsd: 1, date: 'soon', origin: 'analyst' }))).toThrow(
      RangeError,
    );
  });
});
