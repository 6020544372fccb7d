import { describe, it } from 'vitest';
import { expectQuantities, expectRow, none, type Row } from './helpers';

describe('Korean money', () => {
  const rows: Row[] = [
    ['500억 달러', { value: 50000000000, unit: 'USD' }],
    ['150억 달러', { value: 15000000000, unit: 'USD' }],
    ['7,300억 달러', { value: 730000000000, unit: 'USD' }],
    ['1000억달러', { value: 100000000000, unit: 'USD' }],
    ['71조 6000억 원', { value: 71600000000000, unit: 'KRW' }],
    ['2억 4천 4백만 달러', { value: 244000000, unit: 'USD' }],
    ['1조원', { value: 1000000000000, unit: 'KRW' }],
    ['14조8000억원', { value: 14800000000000, unit: 'KRW' }],
    ['10만원', { value: 100000, unit: 'KRW' }],
    ['5천원', { value: 5000, unit: 'KRW' }],
    ['1,200원', { value: 1200, unit: 'KRW' }],
    ['3천 5백만 달러', { value: 35000000, unit: 'USD' }],
    ['9만 4천 달러', { value: 94000, unit: 'USD' }],
    ['1만 2천 345 달러', { value: 12345, unit: 'USD' }],
    ['8백 10만 파운드', { value: 8100000, unit: 'GBP' }],
    ['천 4백만 달러', { value: 14000000, unit: 'USD' }],
    ['1천 1백 70만 달러', { value: 11700000, unit: 'USD' }],
    ['7천5백30만 달러', { value: 75300000, unit: 'USD' }],
    ['23억8천만 달러', { value: 2380000000, unit: 'USD' }],
    ['1백억 5천만 홍콩 달러', { value: 10050000000, unit: 'HKD' }],
    ['4억 1천 590만 달러', { value: 415900000, unit: 'USD' }],
    ['5 억 달러', { value: 500000000, unit: 'USD' }],
    ['100엔', { value: 100, unit: 'JPY' }],
    ['143.80 엔', { value: 143.8, unit: 'JPY' }],
    ['1억 엔', { value: 100000000, unit: 'JPY' }],
    ['50억 위안', { value: 5000000000, unit: 'CNY' }],
    ['1천억 위안', { value: 100000000000, unit: 'CNY' }],
    ['2백만 유로', { value: 2000000, unit: 'EUR' }],
    ['5천만 파운드', { value: 50000000, unit: 'GBP' }],
    ['100억 미국 달러', { value: 10000000000, unit: 'USD' }],
    ['3억 캐나다 달러', { value: 300000000, unit: 'CAD' }],
    ['1.34 캐나다 달러', { value: 1.34, unit: 'CAD' }],
    ['1만 스위스 프랑', { value: 10000, unit: 'CHF' }],
    ['100 중국 위안', { value: 100, unit: 'CNY' }],
    ['30억 엔화', { value: 3000000000, unit: 'JPY' }],
    ['100불', { value: 100, unit: 'USD' }],
    ['50센트', { value: 0.5, unit: 'USD' }],
    ['1달러 20센트', { value: 1.2, unit: 'USD' }],
    ['64달러 45센트', { value: 64.45, unit: 'USD' }],
    ['3 달러 50 센트', { value: 3.5, unit: 'USD' }],
    ['197 펜스', { value: 1.97, unit: 'GBP' }],
    ['일조원', { value: 1000000000000, unit: 'KRW' }],
    ['이십일조원', { value: 21000000000000, unit: 'KRW' }],
    ['십만 원', { value: 100000, unit: 'KRW' }],
    ['₩1조', { value: 1000000000000, unit: 'KRW' }],
    ['$38억', { value: 3800000000, unit: 'USD' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'ko'));

  it('finds amounts with particles attached', () => {
    expectQuantities('아마존이 우선 150억 달러를 투자하고, 350억 달러를 추가 집행한다', [
      { text: '150억 달러', value: 15000000000, unit: 'USD' },
      { text: '350억 달러', value: 35000000000, unit: 'USD' },
    ]);
    expectQuantities('가격은 1천원이고 할인가는 800원이다', [
      { text: '1천원', value: 1000, unit: 'KRW' },
      { text: '800원', value: 800, unit: 'KRW' },
    ]);
    expectQuantities('판매는 6.2 퍼센트 상승해서 14억 5천만 달러를 기록했다.', [
      { text: '6.2 퍼센트', value: 6.2, unit: '%' },
      { text: '14억 5천만 달러', value: 1450000000, unit: 'USD' },
    ]);
  });
});

describe('Korean percentages', () => {
  const rows: Row[] = [
    ['15%', { value: 15, unit: '%' }],
    ['15퍼센트', { value: 15, unit: '%' }],
    ['19 퍼센트', { value: 19, unit: '%' }],
    ['30프로', { value: 30, unit: '%' }],
    ['3.5%p', { value: 3.5, unit: 'pp' }],
    ['0.5%포인트', { value: 0.5, unit: 'pp' }],
    ['2.1퍼센트포인트', { value: 2.1, unit: 'pp' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'ko'));

  it('reads a percentage inside a sentence', () => {
    expectQuantities('금리를 0.25%p 인하했다', [{ text: '0.25%p', value: 0.25, unit: 'pp' }]);
  });
});

describe('Korean qualifiers', () => {
  const rows: Row[] = [
    ['최대 500억 달러', { value: 50000000000, unit: 'USD', q: 'up_to' }],
    ['최고 30%', { value: 30, unit: '%', q: 'up_to' }],
    ['많게는 1000억 달러', { value: 100000000000, unit: 'USD', q: 'up_to' }],
    ['약 7300억 달러', { value: 730000000000, unit: 'USD', q: 'about' }],
    ['대략 5조원', { value: 5000000000000, unit: 'KRW', q: 'about' }],
    ['500억여 달러', { value: 50000000000, unit: 'USD', q: 'about' }],
    ['70조원가량', { value: 70000000000000, unit: 'KRW', q: 'about' }],
    ['10조원 정도', { value: 10000000000000, unit: 'KRW', q: 'about' }],
    ['5% 안팎', { value: 5, unit: '%', q: 'about' }],
    ['3조원 내외', { value: 3000000000000, unit: 'KRW', q: 'about' }],
    ['1000억원대', { value: 100000000000, unit: 'KRW', q: 'about' }],
    ['최소 100억 달러', { value: 10000000000, unit: 'USD', q: 'at_least' }],
    ['적어도 1조원', { value: 1000000000000, unit: 'KRW', q: 'at_least' }],
    ['80억 달러 이상', { value: 8000000000, unit: 'USD', q: 'at_least' }],
    ['500억 달러를 넘어', { value: 50000000000, unit: 'USD', q: 'more_than' }],
    ['1조원을 넘는', { value: 1000000000000, unit: 'KRW', q: 'more_than' }],
    ['5% 초과', { value: 5, unit: '%', q: 'more_than' }],
    ['1조원 넘게', { value: 1000000000000, unit: 'KRW', q: 'more_than' }],
    ['1조원 미만', { value: 1000000000000, unit: 'KRW', q: 'less_than' }],
    ['10% 이하', { value: 10, unit: '%', q: 'up_to' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'ko'));

  it('keeps the qualifier in the span inside a sentence', () => {
    expectQuantities('앤트로픽에 80억 달러 이상을 투자한 최대 투자자', [
      { text: '80억 달러 이상', value: 8000000000, unit: 'USD', q: 'at_least' },
    ]);
    expectQuantities('계약 500억 달러 규모', [{ text: '500억 달러', value: 50000000000, unit: 'USD' }]);
  });
});

describe('Korean ranges and restatements', () => {
  it('10억~20억 달러', () =>
    expectRow(
      ['10억~20억 달러', { value: 1000000000, unit: 'USD', q: 'range', low: 1000000000, high: 2000000000 }],
      'ko',
    ));
  it('10~20%', () => expectRow(['10~20%', { value: 10, unit: '%', q: 'range', low: 10, high: 20 }], 'ko'));
  it('5~7조원', () =>
    expectRow(
      ['5~7조원', { value: 5000000000000, unit: 'KRW', q: 'range', low: 5000000000000, high: 7000000000000 }],
      'ko',
    ));

  it('최대 500억 달러(약 70조원)', () =>
    expectQuantities('최대 500억 달러(약 70조원)를 투자', [
      {
        text: '최대 500억 달러',
        value: 50000000000,
        unit: 'USD',
        q: 'up_to',
        eq: [{ text: '약 70조원', value: 70000000000000, unit: 'KRW', q: 'about' }],
      },
    ]));
  it('100억달러(14조8000억원)', () =>
    expectQuantities('100억달러(14조8000억원)', [
      {
        text: '100억달러',
        value: 10000000000,
        unit: 'USD',
        eq: [{ text: '14조8000억원', value: 14800000000000, unit: 'KRW' }],
      },
    ]));
  it('1조원(약 7억 달러)', () =>
    expectQuantities('1조원(약 7억 달러)', [
      {
        text: '1조원',
        value: 1000000000000,
        unit: 'KRW',
        eq: [{ text: '약 7억 달러', value: 700000000, unit: 'USD', q: 'about' }],
      },
    ]));
  it('a parenthesis in the same currency is its own quantity', () =>
    expectQuantities('100억 달러(현금 50억 달러)', [
      { text: '100억 달러', value: 10000000000, unit: 'USD' },
      { text: '50억 달러', value: 5000000000, unit: 'USD' },
    ]));
});

describe('Korean non-quantities', () => {
  const texts = [
    '2027년',
    '26일 보도했다',
    '올해 4분기 IPO',
    '지난해 9월',
    '수십억 달러',
    '수천억원대',
    '이번 3명',
    '3원칙을 지켰다',
    '제1조',
    '10만 명이 모였다',
    '이 달러 강세',
    '일본 엔 약세',
    '2024년 9월 30일',
    '5월 4일',
  ];
  for (const t of texts) it(t, () => none(t, 'ko'));
});
