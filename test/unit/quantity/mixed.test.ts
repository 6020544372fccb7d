import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../shared/quantity/index';
import { expectQuantities } from './helpers';

describe('mixed-language text', () => {
  it('one story in four languages', () => {
    const text =
      'Amazon may invest up to $50 billion. 아마존은 최대 500억 달러(약 70조원)를 투자한다. ' +
      'アマゾンは少なくとも100億ドル(約1.4兆円)を投資。亚马逊计划投资约100亿美元（约710亿元人民币）。';
    expectQuantities(text, [
      { text: 'up to $50 billion', value: 50000000000, unit: 'USD', q: 'up_to' },
      {
        text: '최대 500억 달러',
        value: 50000000000,
        unit: 'USD',
        q: 'up_to',
        eq: [{ text: '약 70조원', value: 70000000000000, unit: 'KRW', q: 'about' }],
      },
      {
        text: '少なくとも100億ドル',
        value: 10000000000,
        unit: 'USD',
        q: 'at_least',
        eq: [{ text: '約1.4兆円', value: 1400000000000, unit: 'JPY', q: 'about' }],
      },
      {
        text: '约100亿美元',
        value: 10000000000,
        unit: 'USD',
        q: 'about',
        eq: [{ text: '约710亿元人民币', value: 71000000000, unit: 'CNY', q: 'about' }],
      },
    ]);
  });

  it('restatements may be introduced by a few words inside the parenthesis', () => {
    const cases: Array<[string, string, number, string, string, number, string]> = [
      ['500억 달러(한화 약 70조원)를', '500억 달러', 50000000000, 'USD', '약 70조원', 70000000000000, 'KRW'],
      ['100億ドル(日本円で約1.5兆円)', '100億ドル', 10000000000, 'USD', '約1.5兆円', 1500000000000, 'JPY'],
      [
        '300亿美元（折合人民币约2100亿元）',
        '300亿美元',
        30000000000,
        'USD',
        '约2100亿元',
        210000000000,
        'CNY',
      ],
      [
        '300亿美元（约合人民币2100亿元）',
        '300亿美元',
        30000000000,
        'USD',
        '约合人民币2100亿元',
        210000000000,
        'CNY',
      ],
      [
        '$10 billion (roughly ₩14.8 trillion)',
        '$10 billion',
        10000000000,
        'USD',
        'roughly ₩14.8 trillion',
        14800000000000,
        'KRW',
      ],
      [
        '100억 달러(약 14조원, 1달러=1400원 기준)',
        '100억 달러',
        10000000000,
        'USD',
        '약 14조원',
        14000000000000,
        'KRW',
      ],
    ];
    for (const [text, primary, value, unit, eqText, eqValue, eqUnit] of cases) {
      const q = expectQuantities(text, [
        { text: primary, value, unit, eq: [{ text: eqText, value: eqValue, unit: eqUnit, q: 'about' }] },
      ]);
      expect(q).toHaveLength(1);
    }
  });

  it('exchange rates are not amounts', () => {
    for (const text of [
      '1달러당 1400원',
      '1달러당 1,400원 선',
      '1美元兑7.1元人民币',
      '1ドルあたり150円',
      '$1 = ¥150',
      '1ドル=153円',
    ]) {
      expect(findQuantities(text)).toEqual([]);
    }
    // A per-share price is an amount: only the denominator is money-less.
    expectQuantities('1株あたり100円', [{ text: '100円', value: 100, unit: 'JPY' }]);
    expectQuantities('1주당 5000원', [{ text: '5000원', value: 5000, unit: 'KRW' }]);
  });

  it('a minus glued to the amount is its sign', () => {
    expectQuantities('GDP -3.5%', [{ text: '-3.5%', value: -3.5, unit: '%' }]);
    expectQuantities('영업이익률 -3.2%p', [{ text: '-3.2%p', value: -3.2, unit: 'pp' }]);
    expectQuantities('net loss (-$5bn)', [{ text: '-$5bn', value: -5000000000, unit: 'USD' }]);
    expectQuantities('COVID-19 cost $5bn', [{ text: '$5bn', value: 5000000000, unit: 'USD' }]);
    expectQuantities('10% -20%', [{ text: '10% -20%', value: 10, unit: '%', q: 'range', low: 10, high: 20 }]);
  });

  it('¥ follows the local language', () => {
    const [ja, zh] = findQuantities('日本では¥500です。中国售价￥500。');
    expect([ja?.unit, ja?.alternativeUnits]).toEqual(['JPY', ['CNY']]);
    expect([zh?.unit, zh?.alternativeUnits]).toEqual(['CNY', ['JPY']]);
    expect(findQuantities('¥500')[0]?.unit).toBe('JPY');
    expect(findQuantities('¥500', { lang: 'zh' })[0]?.unit).toBe('CNY');
  });

  it('元 is CNY in simplified text and TWD in traditional-only text, with the others as alternatives', () => {
    expect(findQuantities('这家公司营收1000亿元')[0]).toMatchObject({
      unit: 'CNY',
      alternativeUnits: ['USD', 'TWD', 'HKD'],
    });
    expect(findQuantities('這家公司營收1000億元')[0]).toMatchObject({
      unit: 'TWD',
      alternativeUnits: ['CNY', 'HKD', 'USD'],
    });
    expect(findQuantities('人民元で50億元')[0]).toMatchObject({ unit: 'CNY' });
    expect(findQuantities('人民元で50億元')[0]?.alternativeUnits).toBeUndefined();
  });

  it('opts.lang decides readings that differ by language', () => {
    // 以上 is "at least" in Japanese and "more than" in Chinese.
    expect(findQuantities('100亿美元以上', { lang: 'zh' })[0]?.qualifier).toBe('more_than');
    expect(findQuantities('100億ドル以上', { lang: 'ja' })[0]?.qualifier).toBe('at_least');
    // Colloquial Chinese 一万三 = 13000; Japanese reads 10003.
    expect(findQuantities('一万三元', { lang: 'zh' })[0]?.value).toBe(13000);
    expect(findQuantities('一万三円', { lang: 'ja' })[0]?.value).toBe(10003);
  });

  it('full-width digits, commas and points', () => {
    expectQuantities('売上高は１，２３４．５億円', [
      { text: '１，２３４．５億円', value: 123450000000, unit: 'JPY' },
    ]);
    expectQuantities('$20，300美圆', [
      { text: '$20', value: 20, unit: 'USD' },
      { text: '300美圆', value: 300, unit: 'USD' },
    ]);
  });

  it('values carry no float noise', () => {
    const cases: Array<[string, number]> = [
      ['1.4兆円', 1400000000000],
      ['7.7兆円', 7700000000000],
      ['$2.35 billion', 2350000000],
      ['0.1億ドル', 10000000],
      ['$1.1bn', 1100000000],
      ['3.3%', 3.3],
      ['$0.07', 0.07],
      ['4.78万亿元', 4780000000000],
      ['$16.4 million', 16400000],
    ];
    for (const [text, value] of cases) expect(findQuantities(text)[0]?.value).toBe(value);
  });
});
