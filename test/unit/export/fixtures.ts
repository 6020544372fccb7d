/** A small reconciled table with the text a hostile or careless article could put in each field. */
import type { CitedReport, ExportSource, ReconciledRow, ReconciledTable } from '../../../main/core/export';

export const HASH_KO = 'a'.repeat(64);
export const HASH_JA = 'b'.repeat(64);
export const HASH_EN = 'c'.repeat(64);

export const SOURCES: ExportSource[] = [
  {
    id: 's_1',
    file: 'ko.txt',
    title: '아마존, 오픈AI에 최대 500억 달러',
    outlet: '코리아 테크 리뷰',
    url: 'https://ktr.example/a/1',
    publishedAt: '2026-02-27',
    lang: 'ko',
    contentHash: HASH_KO,
  },
  {
    id: 's_2',
    file: 'ja.eml',
    title: '=HYPERLINK("http://x","y")',
    outlet: '湊経済',
    url: 'javascript:alert(1)',
    publishedAt: '2026-02-27T10:42:10+09:00',
    lang: 'ja',
    contentHash: HASH_JA,
  },
  {
    id: 's_3',
    file: 'en.html',
    title: 'Amazon | OpenAI',
    outlet: '+cmd',
    url: 'http://pl.example/x?a=1&b=2',
    publishedAt: null,
    lang: 'en',
    contentHash: HASH_EN,
  },
];

export const KO: CitedReport = {
  claimId: 'c_1',
  value: 50e9,
  low: null,
  high: null,
  unit: 'USD',
  qualifier: 'up_to',
  text: '최대 500억 달러',
  quote: '아마존이 오픈AI에 최대 500억 달러(약 71조 6000억 원)를 투자한다.',
  outlet: '코리아 테크 리뷰',
  publishedAt: '2026-02-27',
  url: 'https://ktr.example/a/1',
  sourceId: 's_1',
  contentHash: HASH_KO,
};
export const JA: CitedReport = {
  claimId: 'c_2',
  value: 7.7e12,
  low: null,
  high: null,
  unit: 'JPY',
  qualifier: 'about',
  text: '約7.7兆円',
  quote: '@SUM(A1) 最大500億ドル（約7.7兆円、1ドル=153円換算）',
  outlet: '湊経済',
  publishedAt: '2026-02-27T10:42:10+09:00',
  url: 'javascript:alert(1)',
  sourceId: 's_2',
  contentHash: HASH_JA,
};
export const EN: CitedReport = {
  claimId: 'c_3',
  value: 10e9,
  low: null,
  high: null,
  unit: 'USD',
  qualifier: 'at_least',
  text: 'at least $10 billion',
  quote: 'Amazon | OpenAI: "at least $10 billion"\nin talks',
  outlet: '+cmd',
  publishedAt: null,
  url: 'http://pl.example/x?a=1&b=2',
  sourceId: 's_3',
  contentHash: HASH_EN,
};

export const ROWS: ReconciledRow[] = [
  {
    keyId: 'k_1',
    subject: 'Amazon',
    object: 'OpenAI',
    metric: 'investment',
    value: 50e9,
    low: null,
    high: null,
    unit: 'USD',
    asOf: '2026-02-27',
    status: 'confirmed',
    rationale: '=HYPERLINK("http://x","y")',
    supporting: [KO, JA],
    excluded: [{ ...EN, reason: '-2+3 superseded by the February reports' }],
  },
  {
    keyId: 'k_2',
    subject: 'OpenAI',
    object: null,
    metric: 'decline',
    value: -3.5,
    low: null,
    high: null,
    unit: '%',
    asOf: '2026-03',
    status: 'disputed',
    rationale: '-3.5',
    supporting: [],
    excluded: [],
  },
  {
    keyId: 'k_3',
    subject: '\tAmazon',
    object: '\rOpenAI',
    metric: 'valuation',
    value: null,
    low: 730e9,
    high: 840e9,
    unit: 'USD',
    asOf: null,
    status: 'open',
    rationale: 'pre- vs post-money | see [^9]\n<b>both</b>',
    supporting: [EN],
    excluded: [],
  },
  {
    keyId: 'k_4',
    subject: 'Amazon',
    object: 'OpenAI',
    metric: 'investment',
    value: 71.6e12,
    low: null,
    high: null,
    unit: 'KRW',
    asOf: '2026-02-27',
    status: 'superseded',
    rationale: 'plain',
    supporting: [KO],
    excluded: [],
  },
];

export function table(rows: ReconciledTable['rows'] = ROWS): ReconciledTable {
  return { title: 'Amazon × OpenAI', generatedAt: '2026-03-05T09:00:00Z', rows, sources: SOURCES };
}

/** n synthetic rows for the timing measurement, each citing `supporting` reports and excluding `excluded`. */
export function* manyRows(n: number, supporting = 1, excluded = 0): Generator<ReconciledRow> {
  const per = supporting + excluded;
  for (let i = 0; i < n; i++) {
    yield {
      keyId: `k_${i}`,
      subject: 'Amazon',
      object: 'OpenAI',
      metric: 'investment',
      value: 50e9 + i,
      low: null,
      high: null,
      unit: i % 2 ? 'USD' : 'KRW',
      asOf: '2026-02-27',
      status: 'confirmed',
      rationale: `row ${i}`,
      supporting: Array.from({ length: supporting }, (_, j) => ({
        ...(j % 2 ? JA : KO),
        claimId: `c_${per * i + j}`,
      })),
      excluded: Array.from({ length: excluded }, (_, j) => ({
        ...EN,
        claimId: `c_${per * i + supporting + j}`,
        reason: 'older',
      })),
    };
  }
}
