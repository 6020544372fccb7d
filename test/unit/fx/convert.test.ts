import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, loadReferenceTable, RateBook, type FxRate } from '../../../main/core/reconcile/fx';

const table = loadReferenceTable();
const book = RateBook.withReference(table);
const currencies = ['USD', ...table.currencies];
const currency = fc.constantFrom(...currencies);
const month = fc.constantFrom(...table.months.map((m) => m.month));
// Amounts as reported: from a few units to tens of quadrillions of won.
const amount = fc.double({ min: 1e-2, max: 1e17, noNaN: true, noDefaultInfinity: true });

function close(a: number, b: number, rel = 1e-12): boolean {
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));
}

describe('convert', () => {
  it('A → B → A returns the amount', () => {
    fc.assert(
      fc.property(amount, currency, currency, month, (v, a, b, m) => {
        const there = convert(v, a, b, m, book)!;
        const back = convert(there.value, b, a, m, book)!;
        return close(back.value, v);
      }),
    );
  });

  it('cross rates agree with going through USD by hand, and chain: A→B→C = A→C', () => {
    fc.assert(
      fc.property(amount, currency, currency, currency, month, (v, a, b, c, m) => {
        const direct = convert(v, a, c, m, book)!.value;
        const chained = convert(convert(v, a, b, m, book)!.value, b, c, m, book)!.value;
        const viaUsd = convert(convert(v, a, 'USD', m, book)!.value, 'USD', c, m, book)!.value;
        return close(direct, chained) && close(direct, viaUsd);
      }),
    );
  });

  it('rate(A→B) × rate(B→A) = 1, and the rate is positive', () => {
    fc.assert(
      fc.property(currency, currency, month, (a, b, m) => {
        const ab = convert(1, a, b, m, book)!.rate;
        const ba = convert(1, b, a, m, book)!.rate;
        return ab > 0 && close(ab * ba, 1);
      }),
    );
  });

  it("holds for any positive rates, not just the table's", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 1e5, noNaN: true }),
        fc.double({ min: 1e-4, max: 1e5, noNaN: true }),
        amount,
        (ra, rb, v) => {
          const rates: FxRate[] = [
            {
              currency: 'AAA',
              perUsd: ra,
              date: '2026-01',
              origin: 'analyst',
              sourceId: null,
              claimId: null,
              approximate: false,
              weight: 1,
              note: null,
            },
            {
              currency: 'BBB',
              perUsd: rb,
              date: '2026-01',
              origin: 'analyst',
              sourceId: null,
              claimId: null,
              approximate: false,
              weight: 1,
              note: null,
            },
          ];
          const b = new RateBook(rates);
          const x = convert(v, 'AAA', 'BBB', '2026-01-15', b)!;
          return (
            close(x.value, (v / ra) * rb, 1e-12) &&
            close(convert(x.value, 'BBB', 'AAA', '2026-01-15', b)!.value, v)
          );
        },
      ),
    );
  });

  it('reports the legs and their provenance', () => {
    const x = convert(50e9, 'USD', 'KRW', '2024-06-03', book)!;
    expect(x.value).toBeCloseTo(50e9 * table.months.find((m) => m.month === '2024-06')!.rates.KRW!, 0);
    expect(x.legs).toHaveLength(1);
    expect(x.provenance).toMatch(/^KRW: reference 2024-06/);
    const cross = convert(1e12, 'JPY', 'KRW', '2024-06-03', book)!;
    expect(cross.legs.map((l) => l.currency)).toEqual(['JPY', 'KRW']);
    expect(convert(5, 'KRW', 'KRW', '2024-06', book)).toMatchObject({ value: 5, rate: 1, legs: [] });
    expect(convert(5, 'KRW', 'XAU', '2024-06', book)).toBeNull();
  });
});
