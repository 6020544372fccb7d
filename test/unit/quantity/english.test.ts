import { describe, it } from 'vitest';
import { expectQuantities, expectRow, none, type Row } from './helpers';

const B = 1e9;
const M = 1e6;

describe('English money', () => {
  const rows: Row[] = [
    ['$38bn', { value: 38 * B, unit: 'USD' }],
    ['$5B', { value: 5 * B, unit: 'USD' }],
    ['$730B', { value: 730 * B, unit: 'USD' }],
    ['€1.2m', { value: 1.2 * M, unit: 'EUR' }],
    ['$2.5 billion', { value: 2.5 * B, unit: 'USD' }],
    ['$2.35 billion', { value: 2350000000, unit: 'USD' }],
    ['$1.17 billion', { value: 1170000000, unit: 'USD' }],
    ['$ 1.22', { value: 1.22, unit: 'USD' }],
    ['$94,000', { value: 94000, unit: 'USD' }],
    ['$1,234,567.89', { value: 1234567.89, unit: 'USD' }],
    ['$10000', { value: 10000, unit: 'USD' }],
    ['US$ 10 billion', { value: 10 * B, unit: 'USD' }],
    ['US$38bn', { value: 38 * B, unit: 'USD' }],
    ['HK$100', { value: 100, unit: 'HKD' }],
    ['hk $ 10.05 billion', { value: 10.05 * B, unit: 'HKD' }],
    ['NT$ 5,000', { value: 5000, unit: 'TWD' }],
    ['A$10m', { value: 10 * M, unit: 'AUD' }],
    ['AU$3 billion', { value: 3 * B, unit: 'AUD' }],
    ['C$3 billion', { value: 3 * B, unit: 'CAD' }],
    ['C$16.4 million', { value: 16400000, unit: 'CAD' }],
    ['S$2bn', { value: 2 * B, unit: 'SGD' }],
    ['£3.5bn', { value: 3.5 * B, unit: 'GBP' }],
    ['£ 60,000', { value: 60000, unit: 'GBP' }],
    ['₹500 crore', { value: 5 * B, unit: 'INR' }],
    ['Rs. 200 crore', { value: 2 * B, unit: 'INR' }],
    ['₩1.5 trillion', { value: 1.5e12, unit: 'KRW' }],
    ['¥100 million', { value: 100 * M, unit: 'JPY', alt: ['CNY'] }],
    ['USD 200', { value: 200, unit: 'USD' }],
    ['200 USD', { value: 200, unit: 'USD' }],
    ['USD115.5', { value: 115.5, unit: 'USD' }],
    ['EUR 125', { value: 125, unit: 'EUR' }],
    ['GBP 350', { value: 350, unit: 'GBP' }],
    ['RMB 10 billion', { value: 10 * B, unit: 'CNY' }],
    ['75 USD million', { value: 75 * M, unit: 'USD' }],
    ['30 MUSD', { value: 30 * M, unit: 'USD' }],
    ['MAUD 60', { value: 60 * M, unit: 'AUD' }],
    ['10 U.S. dollars', { value: 10, unit: 'USD' }],
    ['5 dollars', { value: 5, unit: 'USD' }],
    ['5 billion Korean won', { value: 5 * B, unit: 'KRW' }],
    ['1,300 won', { value: 1300, unit: 'KRW' }],
    ['100 billion yuan', { value: 100 * B, unit: 'CNY' }],
    ['20 renminbi', { value: 20, unit: 'CNY' }],
    ['309,381 yen', { value: 309381, unit: 'JPY' }],
    ['323 million euros', { value: 323 * M, unit: 'EUR' }],
    ['361 million pounds', { value: 361 * M, unit: 'GBP' }],
    ['10,000 swiss francs', { value: 10000, unit: 'CHF' }],
    ['125 million australian dollars', { value: 125 * M, unit: 'AUD' }],
    ['35 lakh rupees', { value: 3.5 * M, unit: 'INR' }],
    ['12,34,567.89 rupees', { value: 1234567.89, unit: 'INR' }],
    ['10 turkish lira', { value: 10, unit: 'TRY' }],
    ['50 cents', { value: 0.5, unit: 'USD' }],
    ['64.2 cents', { value: 0.642, unit: 'USD' }],
    ['470 pence', { value: 4.7, unit: 'GBP' }],
    ['3 dollars 50 cents', { value: 3.5, unit: 'USD' }],
    ['thirteen dollars and forty-five cents', { value: 13.45, unit: 'USD' }],
    ['five million yen', { value: 5 * M, unit: 'JPY' }],
    ['twenty MUSD', { value: 20 * M, unit: 'USD' }],
    ['a quarter million us dollars', { value: 250000, unit: 'USD' }],
    ['half million usd', { value: 500000, unit: 'USD' }],
    ['three quarters billion us dollars', { value: 750 * M, unit: 'USD' }],
    ['one penny', { value: 0.01, unit: 'GBP' }],
    ['100 ₡', { value: 100, unit: 'CRC' }],
    ['100,000 ₭', { value: 100000, unit: 'LAK' }],
    ['10 €', { value: 10, unit: 'EUR' }],
    ['100 HK$', { value: 100, unit: 'HKD' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row));

  it('finds the amount inside running text', () => {
    expectQuantities('Fluor said it was awarded a $300 million contract.', [
      { text: '$300 million', value: 300 * M, unit: 'USD' },
    ]);
    expectQuantities('fined $ 250,000 for his racketeering conviction', [
      { text: '$ 250,000', value: 250000, unit: 'USD' },
    ]);
    expectQuantities('a 12-cent-a-share dividend', [{ text: '12-cent', value: 0.12, unit: 'USD' }]);
    expectQuantities('its controversial one-yen bid', [{ text: 'one-yen', value: 1, unit: 'JPY' }]);
    expectQuantities('raised a Series C $200 million round', [
      { text: '$200 million', value: 200000000, unit: 'USD' },
    ]);
    expectQuantities('a $5 fee', [{ text: '$5', value: 5, unit: 'USD' }]);
    expectQuantities('The cost is 100元!', [
      { text: '100元', value: 100, unit: 'CNY', alt: ['USD', 'TWD', 'HKD'] },
    ]);
  });

  it('reads several amounts in one sentence', () => {
    expectQuantities('Revenue rose 12% to $4.5 billion, while costs fell 3.2 percent.', [
      { text: '12%', value: 12, unit: '%' },
      { text: '$4.5 billion', value: 4.5 * B, unit: 'USD' },
      { text: '3.2 percent', value: 3.2, unit: '%' },
    ]);
    expectQuantities('$ 20,000.00 $ 37,305.97 february expenses', [
      { text: '$ 20,000.00', value: 20000, unit: 'USD' },
      { text: '$ 37,305.97', value: 37305.97, unit: 'USD' },
    ]);
    expectQuantities('10 $ 30 $', [
      { text: '10 $', value: 10, unit: 'USD' },
      { text: '30 $', value: 30, unit: 'USD' },
    ]);
    expectQuantities('10 rmb 20 usd', [
      { text: '10 rmb', value: 10, unit: 'CNY' },
      { text: '20 usd', value: 20, unit: 'USD' },
    ]);
    expectQuantities('rmb 10 usd 20', [
      { text: 'rmb 10', value: 10, unit: 'CNY' },
      { text: 'usd 20', value: 20, unit: 'USD' },
    ]);
    expectQuantities('we are giving away 3 USD50 Cards.', [{ text: 'USD50', value: 50, unit: 'USD' }]);
  });
});

describe('English percentages', () => {
  const rows: Row[] = [
    ['15%', { value: 15, unit: '%' }],
    ['27 %', { value: 27, unit: '%' }],
    ['15 percent', { value: 15, unit: '%' }],
    ['15 per cent', { value: 15, unit: '%' }],
    ['0.25 pct', { value: 0.25, unit: '%' }],
    ['2 percentage points', { value: 2, unit: 'pp' }],
    ['fifteen percent', { value: 15, unit: '%' }],
    ['100%', { value: 100, unit: '%' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row));
});

describe('English qualifiers', () => {
  const rows: Row[] = [
    ['up to $50 billion', { value: 50 * B, unit: 'USD', q: 'up_to' }],
    ['as much as $1 billion', { value: B, unit: 'USD', q: 'up_to' }],
    ['as high as 8%', { value: 8, unit: '%', q: 'up_to' }],
    ['at most $5 million', { value: 5 * M, unit: 'USD', q: 'up_to' }],
    ['about $5bn', { value: 5 * B, unit: 'USD', q: 'about' }],
    ['around $300 million', { value: 300 * M, unit: 'USD', q: 'about' }],
    ['approximately $1.2 trillion', { value: 1.2e12, unit: 'USD', q: 'about' }],
    ['roughly €40m', { value: 40 * M, unit: 'EUR', q: 'about' }],
    ['nearly $2 billion', { value: 2 * B, unit: 'USD', q: 'about' }],
    ['almost 30%', { value: 30, unit: '%', q: 'about' }],
    ['some $70 billion', { value: 70 * B, unit: 'USD', q: 'about' }],
    ['an estimated £50 million', { value: 50 * M, unit: 'GBP', q: 'about' }],
    ['at least $3 million', { value: 3 * M, unit: 'USD', q: 'at_least' }],
    ['no less than $1bn', { value: B, unit: 'USD', q: 'at_least' }],
    ['a minimum of $500,000', { value: 500000, unit: 'USD', q: 'at_least' }],
    ['more than $10 billion', { value: 10 * B, unit: 'USD', q: 'more_than' }],
    ['over $100 million', { value: 100 * M, unit: 'USD', q: 'more_than' }],
    ['above 5%', { value: 5, unit: '%', q: 'more_than' }],
    ['exceeding $1 trillion', { value: 1e12, unit: 'USD', q: 'more_than' }],
    ['in excess of $40bn', { value: 40 * B, unit: 'USD', q: 'more_than' }],
    ['north of $1bn', { value: B, unit: 'USD', q: 'more_than' }],
    ['upward of $2 billion', { value: 2 * B, unit: 'USD', q: 'more_than' }],
    ['less than 5%', { value: 5, unit: '%', q: 'less_than' }],
    ['under $10', { value: 10, unit: 'USD', q: 'less_than' }],
    ['below 2%', { value: 2, unit: '%', q: 'less_than' }],
    ['$10 billion or more', { value: 10 * B, unit: 'USD', q: 'at_least' }],
    ['$5 billion or so', { value: 5 * B, unit: 'USD', q: 'about' }],
    ['$10 billion-plus', { value: 10 * B, unit: 'USD', q: 'more_than' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row));

  it('the qualifier is part of the span inside a sentence', () => {
    expectQuantities('Amazon may invest up to $50 billion in OpenAI.', [
      { text: 'up to $50 billion', value: 50 * B, unit: 'USD', q: 'up_to' },
    ]);
  });
});

describe('English ranges', () => {
  const rows: Row[] = [
    ['$10-20 billion', { value: 10 * B, unit: 'USD', q: 'range', low: 10 * B, high: 20 * B }],
    ['$10 billion to $20 billion', { value: 10 * B, unit: 'USD', q: 'range', low: 10 * B, high: 20 * B }],
    ['between $10bn and $12bn', { value: 10 * B, unit: 'USD', q: 'range', low: 10 * B, high: 12 * B }],
    ['50-60%', { value: 50, unit: '%', q: 'range', low: 50, high: 60 }],
    ['3-4 million dollars', { value: 3 * M, unit: 'USD', q: 'range', low: 3 * M, high: 4 * M }],
    ['€1.5–2bn', { value: 1.5 * B, unit: 'EUR', q: 'range', low: 1.5 * B, high: 2 * B }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row));

  it('"from X to Y" is a change, not a range', () => {
    expectQuantities('sales rose from $10bn to $12bn', [
      { text: '$10bn', value: 10 * B, unit: 'USD' },
      { text: '$12bn', value: 12 * B, unit: 'USD' },
    ]);
  });
});

describe('English non-quantities', () => {
  const texts = [
    'in 2026',
    'TradingKeyDec 17, 2025 12:30 PM',
    'GPT-4o and Claude 3.5 were compared',
    'H100 and A100 chips',
    'Trainium3 is coming',
    'a 10GW data center',
    'call 555-1234 or see page 12',
    'the 3rd quarter',
    'measured in 2020 dollars',
    'Biden, who in 2020 won the election',
    'I tried to call Bob 3 times already.',
    'ALL 5 solutions are wrong.',
    'version 2.3.1 shipped on 2026.01.30',
    'All 70 of us.',
  ];
  for (const t of texts) it(t, () => none(t));
});
