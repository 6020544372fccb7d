import { describe, it } from 'vitest';
import { expectQuantities, expectRow, none, type Row } from './helpers';

const YUAN_ALT = ['USD', 'TWD', 'HKD'];
const TW_YUAN_ALT = ['CNY', 'HKD', 'USD'];

describe('Chinese money (simplified)', () => {
  const rows: Row[] = [
    ['1,000亿美元', { value: 100000000000, unit: 'USD' }],
    ['300亿美元', { value: 30000000000, unit: 'USD' }],
    ['三千亿美元', { value: 300000000000, unit: 'USD' }],
    ['1200亿美元', { value: 120000000000, unit: 'USD' }],
    ['1.4万亿元', { value: 1400000000000, unit: 'CNY', alt: YUAN_ALT }],
    ['4.78万亿元', { value: 4780000000000, unit: 'CNY', alt: YUAN_ALT }],
    ['36.57亿元', { value: 3657000000, unit: 'CNY', alt: YUAN_ALT }],
    ['1000万元', { value: 10000000, unit: 'CNY', alt: YUAN_ALT }],
    ['15元', { value: 15, unit: 'CNY', alt: YUAN_ALT }],
    ['一千元', { value: 1000, unit: 'CNY', alt: YUAN_ALT }],
    ['十五美元', { value: 15, unit: 'USD' }],
    ['一美元', { value: 1, unit: 'USD' }],
    ['两美元', { value: 2, unit: 'USD' }],
    ['两千四百五十美元', { value: 2450, unit: 'USD' }],
    ['五元三角', { value: 5.3, unit: 'CNY', alt: YUAN_ALT }],
    ['50元6角3分', { value: 50.63, unit: 'CNY', alt: YUAN_ALT }],
    ['两美元又三美分', { value: 2.03, unit: 'USD' }],
    ['三块钱', { value: 3, unit: 'CNY', alt: YUAN_ALT }],
    ['1万亿日元', { value: 1000000000000, unit: 'JPY' }],
    ['100亿韩元', { value: 10000000000, unit: 'KRW' }],
    ['50亿欧元', { value: 5000000000, unit: 'EUR' }],
    ['10亿英镑', { value: 1000000000, unit: 'GBP' }],
    ['1.95港元', { value: 1.95, unit: 'HKD' }],
    ['5306亿台币', { value: 530600000000, unit: 'TWD' }],
    ['100亿人民币', { value: 10000000000, unit: 'CNY' }],
    ['8亿元人民币', { value: 800000000, unit: 'CNY' }],
    ['人民币 50元', { value: 50, unit: 'CNY' }],
    ['人民币1000亿元', { value: 100000000000, unit: 'CNY' }],
    ['１欧元', { value: 1, unit: 'EUR' }],
    ['１．０７５３美元', { value: 1.0753, unit: 'USD' }],
    ['1.0092瑞士法郎', { value: 1.0092, unit: 'CHF' }],
    ['445奈拉', { value: 445, unit: 'NGN' }],
    ['300美圆', { value: 300, unit: 'USD' }],
    ['3.5万亿日圆', { value: 3500000000000, unit: 'JPY' }],
    ['一点五亿美元', { value: 150000000, unit: 'USD' }],
    ['202107211321363588510367 美元', { value: 2.021072113213636e23, unit: 'USD' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'zh'));

  it('reads ￥ as yuan in Chinese text, with yen as the alternative', () =>
    expectQuantities('在下面的价格中选一个，$20，300美圆, ￥300, ok?', [
      { text: '$20', value: 20, unit: 'USD' },
      { text: '300美圆', value: 300, unit: 'USD' },
      { text: '￥300', value: 300, unit: 'CNY', alt: ['JPY'] },
    ]));

  it('finds amounts inside sentences', () => {
    expectQuantities('江苏彩民15元中大乐透1600万 奖池36.57亿', [
      { text: '15元', value: 15, unit: 'CNY', alt: YUAN_ALT },
    ]);
    expectQuantities('这个手机壳花费你五美元和花费我三块', [
      { text: '五美元', value: 5, unit: 'USD' },
      { text: '三块', value: 3, unit: 'CNY', alt: YUAN_ALT },
    ]);
    expectQuantities('4人民币5美元', [
      { text: '4人民币', value: 4, unit: 'CNY' },
      { text: '5美元', value: 5, unit: 'USD' },
    ]);
  });
});

describe('Chinese money (traditional)', () => {
  const rows: Row[] = [
    ['台積電營收1,000億元', { text: '1,000億元', value: 100000000000, unit: 'TWD', alt: TW_YUAN_ALT }],
    ['這筆投資300億美元', { text: '300億美元', value: 30000000000, unit: 'USD' }],
    ['逾300億港元', { value: 30000000000, unit: 'HKD', q: 'more_than' }],
    ['約100億歐元', { value: 10000000000, unit: 'EUR', q: 'about' }],
    ['500億新台幣', { value: 50000000000, unit: 'TWD' }],
    ['5000萬韓元', { value: 50000000, unit: 'KRW' }],
    ['3.5兆日圓', { value: 3500000000000, unit: 'JPY' }],
    ['高達1,200億美元', { value: 120000000000, unit: 'USD', q: 'up_to' }],
    ['兩百億英鎊', { value: 20000000000, unit: 'GBP' }],
    ['壹佰伍拾萬元', { value: 1500000, unit: 'CNY', alt: YUAN_ALT }],
    ['港幣100億元', { value: 10000000000, unit: 'HKD' }],
    ['新台幣500億元', { value: 50000000000, unit: 'TWD' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'zh'));
});

describe('Chinese percentages', () => {
  const rows: Row[] = [
    ['15%', { value: 15, unit: '%' }],
    ['15％', { value: 15, unit: '%' }],
    ['百分之十五', { value: 15, unit: '%' }],
    ['百分之五十五点五七九', { value: 55.579, unit: '%' }],
    ['2个百分点', { value: 2, unit: 'pp' }],
    ['0.5個百分點', { value: 0.5, unit: 'pp' }],
    ['二％', { value: 2, unit: '%' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'zh'));
});

describe('Chinese qualifiers', () => {
  const rows: Row[] = [
    ['最高300亿美元', { value: 30000000000, unit: 'USD', q: 'up_to' }],
    ['高达300亿美元', { value: 30000000000, unit: 'USD', q: 'up_to' }],
    ['多达500亿美元', { value: 50000000000, unit: 'USD', q: 'up_to' }],
    ['约300亿美元', { value: 30000000000, unit: 'USD', q: 'about' }],
    ['大约50亿美元', { value: 5000000000, unit: 'USD', q: 'about' }],
    ['近300亿美元', { value: 30000000000, unit: 'USD', q: 'about' }],
    ['300亿美元左右', { value: 30000000000, unit: 'USD', q: 'about' }],
    ['300亿美元上下', { value: 30000000000, unit: 'USD', q: 'about' }],
    ['至少300亿美元', { value: 30000000000, unit: 'USD', q: 'at_least' }],
    ['不少于100亿美元', { value: 10000000000, unit: 'USD', q: 'at_least' }],
    ['超过300亿美元', { value: 30000000000, unit: 'USD', q: 'more_than' }],
    ['逾300亿美元', { value: 30000000000, unit: 'USD', q: 'more_than' }],
    ['300多亿美元', { value: 30000000000, unit: 'USD', q: 'more_than' }],
    ['十余万美元', { value: 100000, unit: 'USD', q: 'more_than' }],
    ['300亿美元以上', { value: 30000000000, unit: 'USD', q: 'more_than' }],
    ['不到300亿美元', { value: 30000000000, unit: 'USD', q: 'less_than' }],
    ['低于5%', { value: 5, unit: '%', q: 'less_than' }],
    ['5%以下', { value: 5, unit: '%', q: 'less_than' }],
  ];
  for (const row of rows) it(row[0], () => expectRow(row, 'zh'));

  it('最近 is "recently", not 近 = about', () =>
    expectQuantities('最近300亿美元', [{ text: '300亿美元', value: 30000000000, unit: 'USD' }], 'zh'));
  it('合约 is a contract, not 约 = about', () =>
    expectQuantities('合约300亿美元', [{ text: '300亿美元', value: 30000000000, unit: 'USD' }], 'zh'));
});

describe('Chinese ranges and restatements', () => {
  it('10亿至20亿美元', () =>
    expectRow(
      ['10亿至20亿美元', { value: 1000000000, unit: 'USD', q: 'range', low: 1000000000, high: 2000000000 }],
      'zh',
    ));
  it('10到20亿元 (the low end borrows 亿)', () =>
    expectRow(
      [
        '10到20亿元',
        { value: 1000000000, unit: 'CNY', q: 'range', low: 1000000000, high: 2000000000, alt: YUAN_ALT },
      ],
      'zh',
    ));
  it('5%-8%', () => expectRow(['5%-8%', { value: 5, unit: '%', q: 'range', low: 5, high: 8 }], 'zh'));
  it('300亿美元（约2100亿元人民币）', () =>
    expectQuantities('300亿美元（约2100亿元人民币）', [
      {
        text: '300亿美元',
        value: 30000000000,
        unit: 'USD',
        eq: [{ text: '约2100亿元人民币', value: 210000000000, unit: 'CNY', q: 'about' }],
      },
    ]));
});

describe('Chinese non-quantities', () => {
  const texts = [
    '2016年由于并购',
    '１９９１年１月１６日晚巴黎时间２０点',
    '一切准备就绪',
    '五角大楼宣布了作战计划',
    '标准普尔指数下降',
    '一元化管理',
    '二元论',
    '数十亿美元',
    '几百万美元',
    '我有20个比特币',
    '订单号 A202107211321363588510367 可用作',
    '这个岛屿远离大陆',
    '人民币兑美元7.1',
  ];
  for (const t of texts) it(t, () => none(t, 'zh'));
});
