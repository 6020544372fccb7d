import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FxTableError,
  loadReferenceTable,
  parseReferenceTable,
  referenceRates,
  REFERENCE_FORMAT,
} from '../../../main/core/reconcile/fx';
import { useTmpDir } from '../../helpers/tmp';

const CURRENCIES = ['KRW', 'JPY', 'CNY', 'EUR', 'GBP', 'HKD', 'TWD', 'INR', 'SGD', 'AUD', 'CAD', 'CHF'];

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key === to) return out;
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
}

function tinyTable(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: REFERENCE_FORMAT,
    base: 'USD',
    source: 'test',
    note: 'test',
    currencies: ['KRW'],
    months: [
      { month: '2026-01', status: 'approximate', rates: { KRW: 1450 } },
      { month: '2026-02', status: 'approximate', rates: { KRW: 1440 } },
    ],
    ...overrides,
  };
}

describe('reference table', () => {
  const tmp = useTmpDir();

  it('ships every required currency for every month 2023-01..2026-10, with a source and note', () => {
    const t = loadReferenceTable();
    expect([...t.currencies].sort()).toEqual([...CURRENCIES].sort());
    expect(t.months.map((m) => m.month)).toEqual(months('2023-01', '2026-10'));
    expect(t.source).toMatch(/IMF/);
    expect(t.note).toMatch(/projection/);
    expect(referenceRates(t)).toHaveLength(46 * 12);
  });

  it('is honest about which months are not published averages', () => {
    const t = loadReferenceTable();
    const status = new Map(t.months.map((m) => [m.month, m.status]));
    expect(status.get('2024-06')).toBe('approximate');
    expect(status.get('2026-02')).toBe('projection');
  });

  it('has plausible magnitudes (units per USD, not inverted)', () => {
    const feb = loadReferenceTable().months.find((m) => m.month === '2025-02')!;
    expect(feb.rates.KRW).toBeGreaterThan(1000);
    expect(feb.rates.JPY).toBeGreaterThan(100);
    expect(feb.rates.EUR).toBeGreaterThan(0.8);
    expect(feb.rates.EUR).toBeLessThan(1.1);
    expect(feb.rates.GBP).toBeLessThan(1);
  });

  it.each([
    ['wrong format', { format: 'x' }, /format/],
    ['non-USD base', { base: 'EUR' }, /base/],
    ['missing source', { source: '' }, /source/],
    ['bad currency code', { currencies: ['won'] }, /ISO 4217/],
    ['USD listed', { currencies: ['USD'] }, /base/],
    ['missing rate', { months: [{ month: '2026-01', status: 'approximate', rates: {} }] }, /KRW must be/],
    [
      'negative rate',
      { months: [{ month: '2026-01', status: 'approximate', rates: { KRW: -1 } }] },
      /positive/,
    ],
    ['unknown status', { months: [{ month: '2026-01', status: 'guess', rates: { KRW: 1 } }] }, /status/],
    ['bad month', { months: [{ month: '2026-13', status: 'estimate', rates: { KRW: 1 } }] }, /YYYY-MM/],
    [
      'out of order',
      {
        months: [
          { month: '2026-02', status: 'estimate', rates: { KRW: 1 } },
          { month: '2026-01', status: 'estimate', rates: { KRW: 1 } },
        ],
      },
      /out of order/,
    ],
    [
      'inverted figure',
      {
        months: [
          { month: '2026-01', status: 'estimate', rates: { KRW: 1450 } },
          { month: '2026-02', status: 'estimate', rates: { KRW: 1 / 1450 } },
        ],
      },
      /inverted or mistyped/,
    ],
    [
      'extra currency in a month',
      { months: [{ month: '2026-01', status: 'estimate', rates: { KRW: 1450, JPY: 150 } }] },
      /JPY is not in/,
    ],
  ])('rejects %s', (_name, patch, message) => {
    expect(() => parseReferenceTable(tinyTable(patch))).toThrow(FxTableError);
    expect(() => parseReferenceTable(tinyTable(patch))).toThrow(message);
  });

  it('reads a replacement table from a resources folder, and names the file when it is broken', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'fx'));
    writeFileSync(join(dir, 'fx', 'reference-rates.json'), JSON.stringify(tinyTable()));
    expect(loadReferenceTable(dir).months).toHaveLength(2);
    writeFileSync(join(dir, 'fx', 'reference-rates.json'), '{ not json');
    expect(() => loadReferenceTable(dir)).toThrow(/reference-rates\.json/);
  });
});
