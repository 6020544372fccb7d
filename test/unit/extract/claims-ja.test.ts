/** Japanese sentences (article date 2026-03-10), hand-made quantities: grammar → claims. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers';

const OKU = 1e8; // 億
const CHO = 1e12; // 兆

const rows: Row[] = [
  // deals and investments
  [
    'ソフトバンクグループはOpenAIに対し、最大400億ドルを出資する。',
    [['最大400億ドル', 400 * OKU, 'USD', 'up_to']],
    [{ key: 'SoftBank Group → OpenAI : investment', minConf: 0.9 }],
  ],
  [
    'NVIDIAがOpenAIに1000億ドルを投資する。',
    [['1000億ドル', 1000 * OKU]],
    [{ key: 'Nvidia → OpenAI : investment' }],
  ],
  [
    'アンソロピックはアマゾンから40億ドルの出資を受ける。',
    [['40億ドル', 40 * OKU]],
    [{ key: 'Amazon → Anthropic : investment' }],
  ],
  [
    'アマゾンのOpenAIへの出資額は100億ドルに上る見通しだ。',
    [['100億ドル', 100 * OKU]],
    [{ key: 'Amazon → OpenAI : investment' }],
  ],
  [
    '日本製鉄はUSスチールを141億ドルで買収する。',
    [['141億ドル', 141 * OKU]],
    [{ key: 'Nippon Steel → U.S. Steel : acquisition', minConf: 0.9 }],
  ],
  [
    '日経新聞によると、ソフトバンクGはOpenAIに225億ドルを追加出資した。',
    [['225億ドル', 225 * OKU]],
    [{ key: 'SoftBank Group → OpenAI : investment', src: 'Nikkei', note: null }],
  ],
  [
    '「The Information」の報道によると、アマゾンはOpenAIに少なくとも100億ドルを投資する方向で交渉している。',
    [['少なくとも100億ドル', 100 * OKU, 'USD', 'at_least']],
    [{ key: 'Amazon → OpenAI : investment', src: 'The Information' }],
  ],
  [
    'ロイター通信によると、マイクロソフトはOpenAIの株式約27%を保有する。',
    [['約27%', 27, '%', 'about']],
    [{ key: 'Microsoft → OpenAI : stake', src: 'Reuters', note: null }],
  ],
  [
    '三菱UFJはインドの銀行に約6000億円を出資する方向で調整している。',
    [['約6000億円', 6000 * OKU, 'JPY', 'about']],
    [{ key: 'Mitsubishi UFJ Financial Group → - : investment' }],
  ],
  [
    '11月初旬の契約では、OpenAIがAWSに380億ドルを支払う。',
    [['380億ドル', 380 * OKU]],
    [{ key: 'OpenAI → Amazon : contract_value', asOf: '2025-11' }],
  ],
  [
    '関係者によると、ソフトバンクは出資資金の一部を三菱UFJなどからのつなぎ融資85億ドルで賄った。',
    [['85億ドル', 85 * OKU]],
    [{ key: 'Mitsubishi UFJ Financial Group → SoftBank Group : loan' }],
  ],
  [
    'ソフトバンクグループはOpenAIへの追加出資を完了した。同社の出資総額は約347億ドルとなった。',
    [['約347億ドル', 347 * OKU, 'USD', 'about']],
    [{ key: 'SoftBank Group → OpenAI : investment', part: 'total' }],
  ],
  [
    'ソフトバンクグループは5日、OpenAIへの225億ドルの追加出資を完了した。',
    [['225億ドル', 225 * OKU]],
    [{ key: 'SoftBank Group → OpenAI : investment', part: 'tranche', asOf: '2026-03-05' }],
  ],
  // valuations, market caps, funding rounds
  [
    'OpenAIの評価額は5000億ドルに達した。',
    [['5000億ドル', 5000 * OKU]],
    [{ key: 'OpenAI → - : valuation', minConf: 0.9 }],
  ],
  [
    'NVIDIAの時価総額は一時5兆ドルを超えた。',
    [['5兆ドル', 5 * CHO, 'USD', 'more_than']],
    [{ key: 'Nvidia → - : market_cap' }],
  ],
  [
    'ブルームバーグが報じたところでは、xAIは評価額2000億ドルで100億ドルを調達する。',
    [
      ['2000億ドル', 2000 * OKU],
      ['100億ドル', 100 * OKU],
    ],
    [
      { key: 'xAI → - : valuation', src: 'Bloomberg' },
      { key: 'xAI → - : funding_round', src: 'Bloomberg' },
    ],
  ],
  [
    'OpenAIは2027年に約900億ドルの資金調達を計画している。',
    [['約900億ドル', 900 * OKU, 'USD', 'about']],
    [{ key: 'OpenAI → - : funding_round', note: 'target: 2027', asOf: '2026-03-10' }],
  ],
  // earnings
  [
    'トヨタ自動車の2025年4〜6月期の営業利益は1兆1661億円だった。',
    [['1兆1661億円', 1.1661 * CHO, 'JPY']],
    [{ key: 'Toyota → - : operating_profit' }],
  ],
  [
    '楽天グループの最終赤字は1624億円だった。',
    [['1624億円', 1624 * OKU, 'JPY']],
    [{ key: 'Rakuten → - : loss' }],
  ],
  [
    'OpenAIの年換算売上高は200億ドルに達した。',
    [['200億ドル', 200 * OKU]],
    [{ key: 'OpenAI → - : revenue', note: 'annualized' }],
  ],
  ['パナソニックの純利益は前年比20%増加した。', [['20%', 20, '%']], [{ key: 'Panasonic → - : profit' }]],
  ['テスラの株価は5%下落した。', [['5%', 5, '%']], [{ key: 'Tesla → - : price' }]],
  [
    '先月、ソニーグループは自社株買いに2500億円を充てると発表した。',
    [['2500億円', 2500 * OKU, 'JPY']],
    [{ key: 'Sony → - : buyback', asOf: '2026-02' }],
  ],
  [
    'アリババは今後3年間で3800億元をAIインフラに投じる計画だ。',
    [['3800億元', 3800 * OKU, 'CNY']],
    [{ key: 'Alibaba → - : spending', note: '今後3年間' }],
  ],
  // governments and agencies
  [
    '日銀は政策金利を0.75%に引き上げた。',
    [['0.75%', 0.75, '%']],
    [{ key: 'Bank of Japan → - : interest_rate' }],
  ],
  [
    '財務省は2026年度予算案を122兆円で編成した。',
    [['122兆円', 122 * CHO, 'JPY']],
    [{ key: 'Japanese government → - : budget' }],
  ],
  [
    '経済産業省はラピダスに対して8025億円の追加支援を決めた。',
    [['8025億円', 8025 * OKU, 'JPY']],
    [{ key: 'Japanese government → Rapidus : subsidy' }],
  ],
  // conditions, dates, coordination
  [
    'もしOpenAIが上場すれば、アマゾンは追加で350億ドルを投資する。',
    [['350億ドル', 350 * OKU]],
    [{ key: 'Amazon → - : investment', note: 'OpenAIが上場すれば', part: 'tranche' }],
  ],
  [
    '昨年9月、NVIDIAはOpenAIに1000億ドルを投資する意向を示した。',
    [['1000億ドル', 1000 * OKU]],
    [{ key: 'Nvidia → OpenAI : investment', asOf: '2025-09' }],
  ],
  [
    '2024年9月30日時点で、アマゾンの現金は669億ドルだった。',
    [['669億ドル', 669 * OKU]],
    [{ key: 'Amazon → - : cash', asOf: '2024-09-30' }],
  ],
  [
    'アマゾン(Amazon)はOpenAIに100億ドルを投資する。',
    [['100億ドル', 100 * OKU]],
    [{ key: 'Amazon → OpenAI : investment' }],
  ],
  [
    'NVIDIAは1000億ドルを投資する意向(交換条件としてOpenAIが10GW規模のシステムを導入する)を示した。',
    [['1000億ドル', 1000 * OKU]],
    [{ key: 'Nvidia → - : investment', note: '交換条件としてOpenAIが10GW規模のシステムを導入する' }],
  ],
  [
    'OpenAIのサム・アルトマンCEOは、アマゾンから100億ドルの出資を受けると述べた。',
    [['100億ドル', 100 * OKU]],
    [{ key: 'Amazon → OpenAI : investment' }],
  ],
];

describe('Japanese claims', () => {
  for (const row of rows) it(row[0], () => checkRow('ja', row));

  it('keeps coordinated parties of a contract together', () => {
    checkRow('ja', [
      'マイクロソフトとOpenAIは2500億ドル規模のクラウド契約を結んだ。',
      [['2500億ドル', 2500 * OKU]],
      [{ key: 'OpenAI → Microsoft : contract_value' }],
    ]);
  });
});
