/** Korean sentences (article date 2026-03-10), hand-made quantities: grammar → claims. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers';

const B = 1e8; // 억
const JO = 1e12; // 조

const rows: Row[] = [
  // deals and investments
  [
    '소프트뱅크는 오픈AI에 400억 달러를 투자하기로 했다.',
    [['400억 달러', 400 * B]],
    [{ key: 'SoftBank Group → OpenAI : investment', minConf: 0.9 }],
  ],
  [
    '엔비디아가 오픈AI에 최대 1000억 달러를 투자한다.',
    [['최대 1000억 달러', 1000 * B, 'USD', 'up_to']],
    [{ key: 'Nvidia → OpenAI : investment' }],
  ],
  [
    '오픈AI에 대한 마이크로소프트의 누적 투자액은 130억 달러다.',
    [['130억 달러', 130 * B]],
    [{ key: 'Microsoft → OpenAI : investment' }],
  ],
  [
    '앤트로픽은 아마존으로부터 40억 달러를 투자받았다.',
    [['40억 달러', 40 * B]],
    [{ key: 'Amazon → Anthropic : investment', minConf: 0.9 }],
  ],
  [
    '오픈AI는 지난달 소프트뱅크로부터 225억 달러를 받았다.',
    [['225억 달러', 225 * B]],
    [{ key: 'SoftBank Group → OpenAI : ?', asOf: '2026-02' }],
  ],
  [
    '일본제철은 US스틸을 141억 달러에 인수한다.',
    [['141억 달러', 141 * B]],
    [{ key: 'Nippon Steel → U.S. Steel : acquisition', minConf: 0.9 }],
  ],
  [
    'LG에너지솔루션은 GM과 5조원 규모의 배터리 공급 계약을 맺었다.',
    [['5조원', 5 * JO, 'KRW']],
    [{ key: 'LG Energy Solution → General Motors : contract_value' }],
  ],
  [
    '블룸버그통신에 따르면 마이크로소프트는 오픈AI 지분 27%를 보유하게 된다.',
    [['27%', 27, '%']],
    [{ key: 'Microsoft → OpenAI : stake', src: 'Bloomberg', note: null }],
  ],
  [
    'CNBC에 따르면 엔비디아는 오픈AI에 최대 300억 달러를 투자하는 방안을 논의 중이다.',
    [['최대 300억 달러', 300 * B, 'USD', 'up_to']],
    [{ key: 'Nvidia → OpenAI : investment', src: 'CNBC', note: null }],
  ],
  [
    '로이터는 소식통을 인용해 알리바바가 AI 인프라에 3800억 위안을 투자한다고 보도했다.',
    [['3800억 위안', 3800 * B, 'CNY']],
    [{ key: 'Alibaba → - : investment', src: 'Reuters' }],
  ],
  // valuations, market caps, funding rounds
  [
    '오픈AI의 기업가치는 5000억 달러로 평가됐다.',
    [['5000억 달러', 5000 * B]],
    [{ key: 'OpenAI → - : valuation', minConf: 0.9 }],
  ],
  [
    '엔비디아의 시가총액은 5조 달러를 넘어섰다.',
    [['5조 달러', 5 * JO, 'USD', 'more_than']],
    [{ key: 'Nvidia → - : market_cap' }],
  ],
  [
    '오픈AI가 추진하는 이번 자금 조달은 총 1000억 달러 규모다.',
    [['1000억 달러', 1000 * B]],
    [{ key: 'OpenAI → - : funding_round', part: 'total' }],
  ],
  [
    '오픈AI는 400억 달러 규모의 자금 조달을 마무리했다. 이번 라운드의 투자 전 기업가치는 3000억 달러다.',
    [
      ['400억 달러', 400 * B],
      ['3000억 달러', 3000 * B],
    ],
    [{ key: 'OpenAI → - : funding_round' }, { key: 'OpenAI → - : valuation', note: 'pre-money' }],
  ],
  // earnings
  [
    '삼성전자는 올해 1분기 매출 79조원을 기록했다.',
    [['79조원', 79 * JO, 'KRW']],
    [{ key: 'Samsung Electronics → - : revenue', note: 'period: 2026-Q1' }],
  ],
  [
    '삼성전자는 지난해 4분기 매출 79조원, 영업이익 6조5000억원을 기록했다.',
    [
      ['79조원', 79 * JO, 'KRW'],
      ['6조5000억원', 6.5 * JO, 'KRW'],
    ],
    [
      { key: 'Samsung Electronics → - : revenue', note: 'period: 2025-Q4' },
      { key: 'Samsung Electronics → - : operating_profit', note: 'period: 2025-Q4' },
    ],
  ],
  [
    'SK하이닉스의 지난해 영업이익은 23조4673억원이었다.',
    [['23조4673억원', 23.4673 * JO, 'KRW']],
    [{ key: 'SK hynix → - : operating_profit', note: 'period: 2025' }],
  ],
  [
    '카카오의 3분기 순이익은 1800억원으로 집계됐다.',
    [['1800억원', 1800 * B, 'KRW']],
    [{ key: 'Kakao → - : profit', note: 'period: 2025-Q3' }],
  ],
  [
    '네이버 매출은 10조원을 돌파했다.',
    [['10조원', 10 * JO, 'KRW', 'more_than']],
    [{ key: 'Naver → - : revenue' }],
  ],
  ['테슬라 주가는 5% 하락했다.', [['5%', 5, '%']], [{ key: 'Tesla → - : price' }]],
  [
    '메타는 올해 설비투자에 최대 720억 달러를 쓸 계획이다.',
    [['최대 720억 달러', 720 * B, 'USD', 'up_to']],
    [{ key: 'Meta → - : spending' }],
  ],
  // governments and agencies
  [
    '한국은행은 기준금리를 2.5%로 동결했다.',
    [['2.5%', 2.5, '%']],
    [{ key: 'Bank of Korea → - : interest_rate' }],
  ],
  [
    '기획재정부는 내년 예산안을 728조원 규모로 편성했다.',
    [['728조원', 728 * JO, 'KRW']],
    [
      {
        key: 'Korean government → - : budget',
        note: 'target: 2027',
        asOf: '2026-03-10',
      },
    ],
  ],
  [
    '미국 상무부는 인텔에 보조금 78억6000만 달러를 지급한다.',
    [['78억6000만 달러', 78.6 * B]],
    [{ key: 'US government → Intel : subsidy' }],
  ],
  [
    '산업통상자원부는 삼성전자에 보조금 4조원을 지원하기로 했다.',
    [['4조원', 4 * JO, 'KRW']],
    [{ key: 'Korean government → Samsung Electronics : subsidy' }],
  ],
  [
    '공정위는 구글에 과징금 2000억원을 부과했다.',
    [['2000억원', 2000 * B, 'KRW']],
    [{ key: 'Korea Fair Trade Commission → Google : fine' }],
  ],
  // conditions, periods, dates, tranches
  [
    '아마존은 오픈AI가 상장할 경우 350억 달러를 추가로 투자한다.',
    [['350억 달러', 350 * B]],
    [{ key: 'Amazon → - : investment', note: '오픈AI가 상장할 경우', part: 'tranche' }],
  ],
  [
    '아마존이 우선 150억 달러를 투자하고, 오픈AI가 상장하면 350억 달러를 추가 집행한다.',
    [
      ['150억 달러', 150 * B],
      ['350억 달러', 350 * B],
    ],
    [
      { key: 'Amazon → - : investment', part: 'tranche', note: null },
      { key: 'Amazon → - : investment', part: 'tranche', note: '오픈AI가 상장하면' },
    ],
  ],
  [
    '현대차그룹은 향후 4년간 미국에 210억 달러를 투자한다.',
    [['210억 달러', 210 * B]],
    [{ key: 'Hyundai Motor Group → - : investment', note: '향후 4년간' }],
  ],
  [
    '지난해 9월 엔비디아는 오픈AI에 1000억 달러를 투자하겠다고 발표했다.',
    [['1000억 달러', 1000 * B]],
    [{ key: 'Nvidia → OpenAI : investment', asOf: '2025-09' }],
  ],
  [
    '엔비디아는 5일 오픈AI에 200억 달러를 투자했다.',
    [['200억 달러', 200 * B]],
    [{ key: 'Nvidia → OpenAI : investment', asOf: '2026-03-05' }],
  ],
  [
    '오픈AI는 AWS와 손을 잡았다. 양사는 지난 26일 380억 달러 규모의 클라우드 계약을 체결했다.',
    [['380억 달러', 380 * B]],
    [{ key: 'OpenAI → Amazon : contract_value', asOf: '2026-02-26' }],
  ],
  [
    '엔비디아 CEO 젠슨 황은 오픈AI에 1000억 달러를 투자하겠다고 말했다.',
    [['1000억 달러', 1000 * B]],
    [{ key: 'Nvidia → OpenAI : investment' }],
  ],
];

describe('Korean claims', () => {
  for (const row of rows) it(row[0], () => checkRow('ko', row));
});
