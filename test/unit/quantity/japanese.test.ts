import { describe, it } from 'vitest';
import { expectQuantities, expectRow, none, type Row } from './helpers';

describe('Japanese money', () => {
  const rows: Row[] = [
    ['100億ドル', { value: 10000000000, unit: 'USD' }],
    ['380億ドル', { value: 38000000000, unit: 'USD' }],
    ['669億ドル', { value: 66900000000, unit: 'USD' }],
    ['1.4兆円', { value: 1400000000000, unit: 'JPY' }],
    ['7.7兆円', { value: 7700000000000, unit: 'JPY' }],
    ['7兆6500億円', { value: 7650000000000, unit: 'JPY' }],
    ['3万5千円', { value: 35000, unit: 'JPY' }],
    ['五百億円', { value: 50000000000, unit: 'JPY' }],
    ['千円', { value: 1000, unit: 'JPY' }],
    ['1,280円', { value: 1280, unit: 'JPY' }],
    ['１，０００億円', { value: 100000000000, unit: 'JPY' }],
    ['４５０円', { value: 450, unit: 'JPY' }],
    ['10万円', { value: 100000, unit: 'JPY' }],
    ['7  万  円', { value: 70000, unit: 'JPY' }],
    ['2222円13銭', { value: 2222.13, unit: 'JPY' }],
    ['10円5銭', { value: 10.05, unit: 'JPY' }],
    ['1万億円', { value: 1000000000000, unit: 'JPY' }],
    ['一万億円', { value: 1000000000000, unit: 'JPY' }],
    ['四十九兆九千五百九十二億円', { value: 49959200000000, unit: 'JPY' }],
    ['七千九百九十九億二千八百万ドル', { value: 799928000000, unit: 'USD' }],
    ['零円', { value: 0, unit: 'JPY' }],
    ['十ドル', { value: 10, unit: 'USD' }],
    ['千二百億ドル', { value: 120000000000, unit: 'USD' }],
    ['50億ユーロ', { value: 5000000000, unit: 'EUR' }],
    ['10億ポンド', { value: 1000000000, unit: 'GBP' }],
    ['3000億ウォン', { value: 300000000000, unit: 'KRW' }],
    ['36.57億人民元', { value: 3657000000, unit: 'CNY' }],
    ['50億元', { value: 5000000000, unit: 'CNY' }],
    ['1.95香港ドル', { value: 1.95, unit: 'HKD' }],
    ['5306億ニュー台湾ドル', { value: 530600000000, unit: 'TWD' }],
    ['5306億台湾ドル', { value: 530600000000, unit: 'TWD' }],
    ['10億豪ドル', { value: 1000000000, unit: 'AUD' }],
    ['1.0092スイス・フラン', { value: 1.0092, unit: 'CHF' }],
    ['1.0092スイスフラン', { value: 1.0092, unit: 'CHF' }],
    ['100億米ドル', { value: 10000000000, unit: 'USD' }],
    ['445ナイラ', { value: 445, unit: 'NGN' }],
    ['2ドル3セント', { value: 2.03, unit: 'USD' }],
    ['545ドルと5セント', { value: 545.05, unit: 'USD' }],
    ['$ 48.2 万', { value: 482000, unit: 'USD' }],
    ['us$ 48.2 万', { value: 482000, unit: 'USD' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'ja'));

  it('reads ¥ as yen in Japanese text, with yuan as the alternative', () => {
    expectQuantities('価格は¥500です', [{ text: '¥500', value: 500, unit: 'JPY', alt: ['CNY'] }]);
    expectQuantities('そのシュークリームは1個\\100です', [{ text: '\\100', value: 100, unit: 'JPY' }]);
  });

  it('finds amounts inside sentences', () => {
    expectQuantities('OpenAIが今後7年間で380億ドルを投じて', [
      { text: '380億ドル', value: 38000000000, unit: 'USD' },
    ]);
    expectQuantities('東芝はもう1万億円で取引銀行に融資を申請した', [
      { text: '1万億円', value: 1000000000000, unit: 'JPY' },
    ]);
    expectQuantities('このパソコンは2ドルです', [{ text: '2ドル', value: 2, unit: 'USD' }]);
  });
});

describe('Japanese percentages', () => {
  const rows: Row[] = [
    ['15%', { value: 15, unit: '%' }],
    ['15％', { value: 15, unit: '%' }],
    ['15パーセント', { value: 15, unit: '%' }],
    ['0.5%ポイント', { value: 0.5, unit: 'pp' }],
    ['2.5％ポイント', { value: 2.5, unit: 'pp' }],
    ['二％', { value: 2, unit: '%' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'ja'));

  it('前年比4％増', () => expectQuantities('前年比4％増', [{ text: '4％', value: 4, unit: '%' }], 'ja'));
});

describe('Japanese qualifiers', () => {
  const rows: Row[] = [
    ['最大100億ドル', { value: 10000000000, unit: 'USD', q: 'up_to' }],
    ['最大で50億ドル', { value: 5000000000, unit: 'USD', q: 'up_to' }],
    ['最高30%', { value: 30, unit: '%', q: 'up_to' }],
    ['上限100億ドル', { value: 10000000000, unit: 'USD', q: 'up_to' }],
    ['約100億ドル', { value: 10000000000, unit: 'USD', q: 'about' }],
    ['およそ50億円', { value: 5000000000, unit: 'JPY', q: 'about' }],
    ['100億ドル程度', { value: 10000000000, unit: 'USD', q: 'about' }],
    ['100億ドル前後', { value: 10000000000, unit: 'USD', q: 'about' }],
    ['100億ドルほど', { value: 10000000000, unit: 'USD', q: 'about' }],
    ['100億ドル強', { value: 10000000000, unit: 'USD', q: 'about' }],
    ['100億ドル弱', { value: 10000000000, unit: 'USD', q: 'about' }],
    ['少なくとも100億ドル', { value: 10000000000, unit: 'USD', q: 'at_least' }],
    ['最低でも10億円', { value: 1000000000, unit: 'JPY', q: 'at_least' }],
    ['1000億ドル以上', { value: 100000000000, unit: 'USD', q: 'at_least' }],
    ['5000億ドルを超え', { value: 500000000000, unit: 'USD', q: 'more_than' }],
    ['5000億ドルを超える', { value: 500000000000, unit: 'USD', q: 'more_than' }],
    ['100億ドル超', { value: 10000000000, unit: 'USD', q: 'more_than' }],
    ['100億ドル余り', { value: 10000000000, unit: 'USD', q: 'more_than' }],
    ['500余り万円', { value: 5000000, unit: 'JPY', q: 'more_than' }],
    ['100億ドルを上回る', { value: 10000000000, unit: 'USD', q: 'more_than' }],
    ['100億ドル未満', { value: 10000000000, unit: 'USD', q: 'less_than' }],
    ['10%以下', { value: 10, unit: '%', q: 'up_to' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'ja'));

  it('約 after 契約 is not a qualifier', () =>
    expectQuantities('契約100億ドル', [{ text: '100億ドル', value: 10000000000, unit: 'USD' }], 'ja'));
});

describe('Japanese ranges, restatements and rates', () => {
  const range = (text: string, low: number, high: number, unit: string): Row => [
    text,
    { value: low, unit, q: 'range', low, high },
  ];
  const rows: Row[] = [
    range('100億〜150億ドル', 10000000000, 15000000000, 'USD'),
    range('100億～150億ドル', 10000000000, 15000000000, 'USD'),
    range('5000億-6000億ドル', 500000000000, 600000000000, 'USD'),
    range('10〜20%', 10, 20, '%'),
    range('1〜2兆円', 1000000000000, 2000000000000, 'JPY'),
    range('100億から150億ドル', 10000000000, 15000000000, 'USD'),
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'ja'));

  it('から…に is a change, not a range', () =>
    expectQuantities('100億ドルから150億ドルに増えた', [
      { text: '100億ドル', value: 10000000000, unit: 'USD' },
      { text: '150億ドル', value: 15000000000, unit: 'USD' },
    ]));

  it('少なくとも100億ドル(約1.4兆円)', () =>
    expectQuantities('少なくとも100億ドル(約1.4兆円)を投資する', [
      {
        text: '少なくとも100億ドル',
        value: 10000000000,
        unit: 'USD',
        q: 'at_least',
        eq: [{ text: '約1.4兆円', value: 1400000000000, unit: 'JPY', q: 'about' }],
      },
    ]));

  it('the exchange-rate note inside the restatement is not a quantity', () =>
    expectQuantities('500億ドル(約7.7兆円。1ドル=153円換算)の投資', [
      {
        text: '500億ドル',
        value: 50000000000,
        unit: 'USD',
        eq: [{ text: '約7.7兆円', value: 7700000000000, unit: 'JPY', q: 'about' }],
      },
    ]));

  it('a bare exchange rate is not a quantity', () => none('1ドル=153円で換算', 'ja'));
  it('full-width parentheses', () =>
    expectQuantities('100億ドル（約1.5兆円）', [
      {
        text: '100億ドル',
        value: 10000000000,
        unit: 'USD',
        eq: [{ text: '約1.5兆円', value: 1500000000000, unit: 'JPY', q: 'about' }],
      },
    ]));
});

describe('Japanese non-quantities', () => {
  const texts = [
    '2025年',
    '12月16日',
    '6週間足らず',
    '今後7年間で',
    '少なくとも10GW規模',
    '数十万個のGPU',
    '数十億ドル',
    '一気にAIレースの最前線へ',
    '一方のアマゾン',
    'Trainium3',
    '2024年9月30日時点',
    '次の停車駅は銭函',
    '四川の出身です',
  ];
  for (const t of texts) it(t, () => none(t, 'ja'));
});
