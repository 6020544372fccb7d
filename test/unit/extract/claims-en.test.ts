/** English sentences (article date 2026-03-10, a Tuesday), hand-made quantities. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers';

const BN = 1e9;

const rows: Row[] = [
  // deals and investments
  [
    'Amazon is in talks to invest up to $50 billion in OpenAI, The Information reported on Thursday.',
    [['up to $50 billion', 50 * BN, 'USD', 'up_to']],
    [{ key: 'Amazon → OpenAI : investment', src: 'The Information', asOf: '2026-03-05', minConf: 0.85 }],
  ],
  [
    'Microsoft has invested $13 billion in OpenAI since 2019.',
    [['$13 billion', 13 * BN]],
    [{ key: 'Microsoft → OpenAI : investment', note: 'since 2019' }],
  ],
  [
    'Anthropic raised $4 billion from Amazon.',
    [['$4 billion', 4 * BN]],
    [{ key: 'Amazon → Anthropic : investment' }],
  ],
  [
    "SoftBank's $22.5 billion investment in OpenAI closed last month.",
    [['$22.5 billion', 22.5 * BN]],
    [{ key: 'SoftBank Group → OpenAI : investment', asOf: '2026-02' }],
  ],
  [
    'Nippon Steel agreed to buy U.S. Steel for $14.9 billion.',
    [['$14.9 billion', 14.9 * BN]],
    [{ key: 'Nippon Steel → U.S. Steel : acquisition' }],
  ],
  [
    'SoftBank will own roughly 11% of OpenAI after the deal.',
    [['roughly 11%', 11, '%', 'about']],
    [{ key: 'SoftBank Group → OpenAI : stake' }],
  ],
  [
    'OpenAI signed a $300 billion cloud contract with Oracle in September, the Wall Street Journal reported.',
    [['$300 billion', 300 * BN]],
    [{ key: 'OpenAI → Oracle : contract_value', asOf: '2025-09', src: 'Wall Street Journal' }],
  ],
  [
    'CoreWeave signed a $14 billion deal with Meta, according to Bloomberg.',
    [['$14 billion', 14 * BN]],
    [{ key: 'CoreWeave → Meta : contract_value', src: 'Bloomberg' }],
  ],
  [
    'The Pentagon awarded Palantir a $10 billion contract.',
    [['$10 billion', 10 * BN]],
    [{ key: 'US government → Palantir : contract_value' }],
  ],
  [
    'Intel received $8.9 billion from the U.S. government in exchange for a 9.9% stake.',
    [
      ['$8.9 billion', 8.9 * BN],
      ['9.9%', 9.9, '%'],
    ],
    [{ key: 'US government → Intel : stake' }, { key: 'US government → Intel : stake' }],
  ],
  [
    'Over the next four years, Hyundai will invest $26 billion in the United States.',
    [['$26 billion', 26 * BN]],
    [{ key: 'Hyundai Motor → - : investment', note: 'Over the next four years' }],
  ],
  [
    "Under the agreement with the U.S. government, Nippon Steel will invest about $11 billion in U.S. Steel's plants by 2028.",
    [['about $11 billion', 11 * BN, 'USD', 'about']],
    [{ key: 'Nippon Steel → U.S. Steel : investment', note: 'target: 2028' }],
  ],
  [
    'The steelmaker financed the purchase with ¥2 trillion in loans from MUFG and other banks.',
    [['¥2 trillion', 2e12, 'JPY']],
    [{ key: 'Mitsubishi UFJ Financial Group → - : loan' }],
  ],
  // valuations, market caps, funding rounds
  [
    'OpenAI raised $40 billion in a funding round led by SoftBank at a $300 billion valuation.',
    [
      ['$40 billion', 40 * BN],
      ['$300 billion', 300 * BN],
    ],
    [{ key: 'OpenAI → - : funding_round' }, { key: 'OpenAI → - : valuation' }],
  ],
  [
    'Amazon-backed Anthropic is now valued at $183 billion.',
    [['$183 billion', 183 * BN]],
    [{ key: 'Anthropic → - : valuation' }],
  ],
  [
    "Nvidia's market value topped $5 trillion on Wednesday.",
    [['$5 trillion', 5000 * BN, 'USD', 'more_than']],
    [{ key: 'Nvidia → - : market_cap', asOf: '2026-03-04' }],
  ],
  [
    'xAI is raising $20 billion, including up to $2 billion from Nvidia.',
    [
      ['$20 billion', 20 * BN],
      ['up to $2 billion', 2 * BN, 'USD', 'up_to'],
    ],
    [{ key: 'xAI → - : funding_round' }, { key: 'Nvidia → xAI : investment' }],
  ],
  // earnings
  [
    'Apple reported revenue of $94.9 billion, up 6% from a year earlier.',
    [
      ['$94.9 billion', 94.9 * BN],
      ['6%', 6, '%'],
    ],
    [{ key: 'Apple → - : revenue' }, { key: 'Apple → - : revenue' }],
  ],
  [
    'Tesla reported a net loss of $1.2 billion for the quarter.',
    [['$1.2 billion', 1.2 * BN]],
    [{ key: 'Tesla → - : loss' }],
  ],
  [
    'Broadcom shares rose 9% on Friday.',
    [['9%', 9, '%']],
    [{ key: 'Broadcom → - : price', asOf: '2026-03-06' }],
  ],
  [
    'Samsung Electronics posted operating profit of 12.1 trillion won in the third quarter.',
    [['12.1 trillion won', 12.1e12, 'KRW']],
    [{ key: 'Samsung Electronics → - : operating_profit', note: 'period: 2025-Q3' }],
  ],
  [
    'Alphabet said it expects capital expenditures of $85 billion this year.',
    [['$85 billion', 85 * BN]],
    [{ key: 'Alphabet → - : spending' }],
  ],
  [
    'According to Reuters, Meta plans to spend as much as $72 billion on capital expenditures this year.',
    [['as much as $72 billion', 72 * BN, 'USD', 'up_to']],
    [{ key: 'Meta → - : spending', src: 'Reuters', note: null }],
  ],
  // governments and agencies
  [
    'The Commerce Department will give Intel $7.86 billion in grants.',
    [['$7.86 billion', 7.86 * BN]],
    [{ key: 'US government → Intel : subsidy' }],
  ],
  [
    'The Federal Reserve held its benchmark rate at 4.25%.',
    [['4.25%', 4.25, '%']],
    [{ key: 'Federal Reserve → - : interest_rate' }],
  ],
  [
    'The European Commission fined Google €2.95 billion.',
    [['€2.95 billion', 2.95 * BN, 'EUR']],
    [{ key: 'European Commission → Google : fine' }],
  ],
  [
    "Japan's government approved a record ¥122 trillion budget.",
    [['¥122 trillion', 122e12, 'JPY']],
    [{ key: 'Japanese government → - : budget' }],
  ],
  // conditions and tranches
  [
    'If OpenAI goes public, Amazon would invest an additional $35 billion.',
    [['$35 billion', 35 * BN]],
    [{ key: 'Amazon → - : investment', note: 'If OpenAI goes public', part: 'tranche' }],
  ],
  [
    'Amazon will invest $15 billion first and $35 billion more if OpenAI reaches AGI.',
    [
      ['$15 billion', 15 * BN],
      ['$35 billion', 35 * BN],
    ],
    [{ key: 'Amazon → - : investment' }, { key: 'Amazon → - : investment', note: 'if OpenAI reaches AGI' }],
  ],
  [
    'In total, the U.S. government has committed $52.7 billion to chipmakers.',
    [['$52.7 billion', 52.7 * BN]],
    [{ key: 'US government → - : investment', part: 'total' }],
  ],
];

describe('English claims', () => {
  for (const row of rows) it(row[0], () => checkRow('en', row));
});
