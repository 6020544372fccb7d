import { describe, expect, it } from 'vitest';
import { parseAmount, type Qualifier } from '../../../shared/quantity/index';

type Want = { value: number; unit: string; q?: Qualifier; low?: number | null; high?: number | null };

describe('parseAmount', () => {
  const rows: Array<[string, Want]> = [
    ['7.7兆円', { value: 7700000000000, unit: 'JPY' }],
    ['500억 달러', { value: 50000000000, unit: 'USD' }],
    ['$38bn', { value: 38000000000, unit: 'USD' }],
    ['US$ 10 billion', { value: 10000000000, unit: 'USD' }],
    ['約1.4兆円', { value: 1400000000000, unit: 'JPY', q: 'about' }],
    ['30%', { value: 30, unit: '%' }],
    ['3.5%p', { value: 3.5, unit: 'pp' }],
    ['최대 500억 달러', { value: 50000000000, unit: 'USD', q: 'up_to', high: 50000000000 }],
    ['at least €2m', { value: 2000000, unit: 'EUR', q: 'at_least', low: 2000000 }],
    ['$10-20 billion', { value: 10000000000, unit: 'USD', q: 'range', low: 10000000000, high: 20000000000 }],
    ['五百億円', { value: 50000000000, unit: 'JPY' }],
    ['三千亿美元', { value: 300000000000, unit: 'USD' }],
    // Bare numbers: unit ''.
    ['1.4兆', { value: 1400000000000, unit: '' }],
    ['12,345', { value: 12345, unit: '' }],
    ['1,000', { value: 1000, unit: '' }],
    ['71조 6000억', { value: 71600000000000, unit: '' }],
    ['2.5 billion', { value: 2500000000, unit: '' }],
    ['300多亿', { value: 30000000000, unit: '', q: 'more_than', low: 30000000000 }],
    ['약 70조', { value: 70000000000000, unit: '', q: 'about' }],
  ];
  for (const [input, want] of rows) {
    it(input, () => {
      const q = parseAmount(input);
      expect(q).not.toBeNull();
      expect({ value: q!.value, unit: q!.unit, qualifier: q!.qualifier, low: q!.low, high: q!.high }).toEqual(
        {
          value: want.value,
          unit: want.unit,
          qualifier: want.q ?? 'exact',
          low: want.low ?? null,
          high: want.high ?? null,
        },
      );
      expect(q!.text).toBe(input);
      expect(q!.span).toEqual([0, input.length]);
    });
  }

  it('ignores surrounding whitespace; the span points into the raw input', () => {
    const q = parseAmount('  1,000억원 ');
    expect(q).toMatchObject({ value: 100000000000, unit: 'KRW', text: '1,000억원', span: [2, 9] });
  });

  it('keeps a restatement as the equivalent', () => {
    const q = parseAmount('500億ドル(約7.7兆円)');
    expect(q).toMatchObject({ value: 50000000000, unit: 'USD', text: '500億ドル' });
    expect(q!.equivalents).toEqual([
      {
        value: 7700000000000,
        unit: 'JPY',
        qualifier: 'about',
        low: null,
        high: null,
        text: '約7.7兆円',
        span: [7, 13],
      },
    ]);
  });

  it('uses opts.lang for ambiguous symbols', () => {
    expect(parseAmount('¥500')).toMatchObject({ unit: 'JPY', alternativeUnits: ['CNY'] });
    expect(parseAmount('¥500', { lang: 'zh' })).toMatchObject({ unit: 'CNY', alternativeUnits: ['JPY'] });
  });

  const rejected = [
    '',
    '   ',
    'abc',
    '10 and 20',
    '$5 and $6',
    '2025年',
    'H100',
    'GPT-4o',
    '1ドル=153円',
    '数十億ドル',
    '500억 달러 투자',
  ];
  for (const input of rejected)
    it(`rejects ${JSON.stringify(input)}`, () => expect(parseAmount(input)).toBeNull());
});
