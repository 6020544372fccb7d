/** Chinese sentences, Simplified and Traditional (article date 2026-03-10), hand-made quantities. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers';

const YI = 1e8; // 亿/億
const WANYI = 1e12; // 万亿

const rows: Row[] = [
  // deals and investments
  [
    '据彭博社报道，软银将向OpenAI投资至多400亿美元。',
    [['至多400亿美元', 400 * YI, 'USD', 'up_to']],
    [{ key: 'SoftBank Group → OpenAI : investment', src: 'Bloomberg', minConf: 0.9 }],
  ],
  [
    '英伟达宣布对OpenAI投资1000亿美元。',
    [['1000亿美元', 1000 * YI]],
    [{ key: 'Nvidia → OpenAI : investment' }],
  ],
  [
    'Anthropic获得亚马逊40亿美元投资。',
    [['40亿美元', 40 * YI]],
    [{ key: 'Amazon → Anthropic : investment' }],
  ],
  [
    '日本制铁以141亿美元收购美国钢铁。',
    [['141亿美元', 141 * YI]],
    [{ key: 'Nippon Steel → U.S. Steel : acquisition', minConf: 0.9 }],
  ],
  ['微软持有OpenAI约27%的股份。', [['约27%', 27, '%', 'about']], [{ key: 'Microsoft → OpenAI : stake' }]],
  [
    '比亚迪与特斯拉签署了价值50亿美元的电池供应合同。',
    [['50亿美元', 50 * YI]],
    [{ key: 'BYD → Tesla : contract_value' }],
  ],
  [
    '宁德时代计划在匈牙利投资73亿欧元建设电池工厂。',
    [['73亿欧元', 73 * YI, 'EUR']],
    [{ key: 'CATL → - : investment' }],
  ],
  [
    '上个月，软银向OpenAI追加投资225亿美元。',
    [['225亿美元', 225 * YI]],
    [{ key: 'SoftBank Group → OpenAI : investment', asOf: '2026-02', part: 'tranche' }],
  ],
  [
    '去年9月，英伟达宣布向OpenAI投资1000亿美元。',
    [['1000亿美元', 1000 * YI]],
    [{ key: 'Nvidia → OpenAI : investment', asOf: '2025-09' }],
  ],
  [
    '如果OpenAI上市，亚马逊将追加投资350亿美元。',
    [['350亿美元', 350 * YI]],
    [{ key: 'Amazon → - : investment', note: '如果OpenAI上市', part: 'tranche' }],
  ],
  [
    '阿里巴巴将在未来三年投入3800亿元建设云和AI基础设施。',
    [['3800亿元', 3800 * YI, 'CNY']],
    [{ key: 'Alibaba → - : investment', note: '未来三年' }],
  ],
  // valuations, market caps, funding rounds
  [
    'OpenAI的估值已达5000亿美元。',
    [['5000亿美元', 5000 * YI]],
    [{ key: 'OpenAI → - : valuation', minConf: 0.9 }],
  ],
  [
    '英伟达市值突破5万亿美元。',
    [['5万亿美元', 5 * WANYI, 'USD', 'more_than']],
    [{ key: 'Nvidia → - : market_cap' }],
  ],
  [
    '月之暗面完成新一轮融资，金额超过5亿美元，由腾讯领投。',
    [['超过5亿美元', 5 * YI, 'USD', 'more_than']],
    [{ key: 'Moonshot AI → - : funding_round' }],
  ],
  [
    '据财新报道，深度求索正在以约30亿美元估值融资。',
    [['约30亿美元', 30 * YI, 'USD', 'about']],
    [{ key: 'DeepSeek → - : valuation', src: 'Caixin' }],
  ],
  // earnings
  [
    '小米集团2025年营收达到4000亿元。',
    [['4000亿元', 4000 * YI, 'CNY']],
    [{ key: 'Xiaomi → - : revenue', note: 'period: 2025' }],
  ],
  [
    '腾讯第三季度净利润为632亿元。',
    [['632亿元', 632 * YI, 'CNY']],
    [{ key: 'Tencent → - : profit', note: 'period: 2025-Q3' }],
  ],
  [
    '华为去年净利润为626亿元。',
    [['626亿元', 626 * YI, 'CNY']],
    [{ key: 'Huawei → - : profit', note: 'period: 2025' }],
  ],
  [
    '苹果公司第四财季营收为1025亿美元，同比增长8%。',
    [
      ['1025亿美元', 1025 * YI],
      ['8%', 8, '%'],
    ],
    [{ key: 'Apple → - : revenue' }, { key: 'Apple → - : revenue' }],
  ],
  ['特斯拉股价下跌5%。', [['5%', 5, '%']], [{ key: 'Tesla → - : price' }]],
  [
    '据路透社报道，字节跳动今年计划在AI基础设施上支出1600亿元。',
    [['1600亿元', 1600 * YI, 'CNY']],
    [{ key: 'ByteDance → - : spending', src: 'Reuters' }],
  ],
  // governments and agencies
  [
    '中国人民银行将一年期贷款市场报价利率下调至3.0%。',
    [['3.0%', 3, '%']],
    [{ key: "People's Bank of China → - : interest_rate" }],
  ],
  [
    '美国商务部向英特尔提供78.6亿美元补贴。',
    [['78.6亿美元', 78.6 * YI]],
    [{ key: 'US government → Intel : subsidy' }],
  ],
  [
    '欧盟委员会对谷歌处以29.5亿欧元罚款。',
    [['29.5亿欧元', 29.5 * YI, 'EUR']],
    [{ key: 'European Commission → Google : fine' }],
  ],
  [
    '日本政府通过了总额122万亿日元的2026财年预算案。',
    [['122万亿日元', 122 * WANYI, 'JPY']],
    [{ key: 'Japanese government → - : budget', part: 'total' }],
  ],
  // Traditional Chinese
  [
    '據彭博社報導，台積電將在美國追加投資1000億美元。',
    [['1000億美元', 1000 * YI]],
    [{ key: 'TSMC → - : investment', src: 'Bloomberg', part: 'tranche' }],
  ],
  ['騰訊第三季營收為1928億元。', [['1928億元', 1928 * YI, 'CNY']], [{ key: 'Tencent → - : revenue' }]],
  ['輝達對OpenAI投資1000億美元。', [['1000億美元', 1000 * YI]], [{ key: 'Nvidia → OpenAI : investment' }]],
];

describe('Chinese claims', () => {
  for (const row of rows) it(row[0], () => checkRow('zh', row));
  it('reads Traditional Chinese articles tagged zh-Hant', () => checkRow('zh-Hant', rows[rows.length - 1]!));
});
