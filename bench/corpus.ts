/**
 * A deterministic generator of article batches for the benchmark: templates written for the bench
 * in four languages, filled with varied companies, amounts, qualifiers and dates from a seeded PRNG.
 */
export interface BenchArticle {
  readonly name: string;
  readonly lang: 'en' | 'ko' | 'ja' | 'zh';
  readonly body: string;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = {
  en: [
    'Amazon',
    'OpenAI',
    'Nvidia',
    'SoftBank',
    'Microsoft',
    'Anthropic',
    'Google',
    'Oracle',
    'Samsung Electronics',
    'TSMC',
  ],
  ko: [
    '아마존',
    '오픈AI',
    '엔비디아',
    '소프트뱅크',
    '마이크로소프트',
    '앤트로픽',
    '구글',
    '오라클',
    '삼성전자',
    'TSMC',
  ],
  ja: [
    'アマゾン',
    'オープンAI',
    'エヌビディア',
    'ソフトバンク',
    'マイクロソフト',
    'アンソロピック',
    'グーグル',
    'オラクル',
    'サムスン電子',
    'TSMC',
  ],
  zh: ['亚马逊', 'OpenAI', '英伟达', '软银', '微软', 'Anthropic', '谷歌', '甲骨文', '三星电子', '台积电'],
} as const;

type Lang = keyof typeof COMPANIES;
type Pick = <T>(xs: ReadonlyArray<T>) => T;

const AMOUNT = {
  en: (n: number, q: number) =>
    [`$${n} billion`, `up to $${n} billion`, `at least $${n}bn`, `about US$${n} billion`][q]!,
  ko: (n: number, q: number) =>
    [
      `${n * 10}억 달러`,
      `최대 ${n * 10}억 달러(약 ${Math.round(n * 1.4)}조원)`,
      `${n * 10}억 달러 이상`,
      `약 ${n * 10}억 달러`,
    ][q]!,
  ja: (n: number, q: number) =>
    [
      `${n * 10}億ドル`,
      `最大${n * 10}億ドル(約${(n * 0.15).toFixed(1)}兆円)`,
      `少なくとも${n * 10}億ドル`,
      `約${n * 10}億ドル`,
    ][q]!,
  zh: (n: number, q: number) =>
    [
      `${n * 10}亿美元`,
      `高达${n * 10}亿美元（约${n * 70}亿元人民币）`,
      `至少${n * 10}亿美元`,
      `约${n * 10}亿美元`,
    ][q]!,
} as const;

const SENTENCES: Record<
  Lang,
  ReadonlyArray<(a: string, b: string, amt: string, pct: number, day: string) => string>
> = {
  en: [
    (a, b, amt) => `${a} is in talks to invest ${amt} in ${b}, according to people familiar with the matter.`,
    (a, b, amt) => `The deal would value ${b} at ${amt}, a sharp rise from its last funding round.`,
    (a, _b, amt, pct) => `${a} said quarterly revenue rose ${pct}% to ${amt}, beating analyst estimates.`,
    (a, b, _amt, pct, day) => `On ${day}, ${a} confirmed it would take a ${pct}% stake in ${b}.`,
    (a, b) => `Analysts said the partnership between ${a} and ${b} could reshape the cloud market for years.`,
  ],
  ko: [
    (a, b, amt) => `${a}이 ${b}에 ${amt}를 투자하는 방안을 협상 중인 것으로 전해졌다.`,
    (a, _b, amt) => `업계에서는 ${a}의 기업가치가 ${amt}에 이를 것으로 보고 있다.`,
    (a, _b, amt, pct) => `${a}의 분기 매출은 전년 대비 ${pct}% 늘어난 ${amt}를 기록했다.`,
    (a, b, _amt, pct, day) => `${a}은 ${day} ${b} 지분 ${pct}%를 확보했다고 밝혔다.`,
    (a, b) => `전문가들은 ${a}와 ${b}의 협력이 클라우드 시장 판도를 바꿀 수 있다고 분석했다.`,
  ],
  ja: [
    (a, b, amt) => `${a}が${b}に${amt}を出資する方向で交渉していることが分かった。`,
    (_a, b, amt) => `関係者によると、${b}の評価額は${amt}に達する見通しだ。`,
    (a, _b, amt, pct) => `${a}の四半期売上高は前年比${pct}%増の${amt}となった。`,
    (a, b, _amt, pct, day) => `${a}は${day}、${b}の株式${pct}%を取得すると発表した。`,
    (a, b) => `市場では${a}と${b}の提携がクラウド市場の勢力図を塗り替えるとの見方が広がっている。`,
  ],
  zh: [
    (a, b, amt) => `据知情人士透露，${a}正洽谈向${b}投资${amt}。`,
    (_a, b, amt) => `该交易对${b}的估值为${amt}，较上一轮融资大幅上升。`,
    (a, _b, amt, pct) => `${a}季度营收同比增长${pct}%，达到${amt}。`,
    (a, b, _amt, pct, day) => `${a}于${day}宣布将收购${b}${pct}%的股份。`,
    (a, b) => `分析人士认为，${a}与${b}的合作可能改变云计算市场格局。`,
  ],
};

// Sentences without amounts: real reports carry one amount in every few sentences, not in each.
const FILLER: Record<Lang, ReadonlyArray<(a: string, b: string) => string>> = {
  en: [
    (a, b) => `People close to the talks said ${a} and ${b} had not yet agreed on the final terms.`,
    (a) => `A spokesperson for ${a} declined to comment on the report.`,
    (a, b) => `The companies have worked together on cloud infrastructure since ${b} first approached ${a}.`,
    () => `Regulators in several jurisdictions are expected to review the arrangement before it closes.`,
    (a) => `Shares of ${a} were little changed in early trading after the news.`,
  ],
  ko: [
    (a, b) => `협상에 정통한 관계자는 ${a}와 ${b}가 아직 최종 조건에 합의하지 않았다고 전했다.`,
    (a) => `${a} 측은 해당 보도에 대해 언급을 거부했다.`,
    (a, b) => `두 회사는 ${b}가 ${a}에 처음 제안한 이후 클라우드 인프라 분야에서 협력해 왔다.`,
    () => `여러 나라의 규제 당국이 거래 완료 전에 이번 계약을 심사할 것으로 예상된다.`,
    (a) => `소식이 전해진 뒤 ${a} 주가는 장 초반 큰 변동이 없었다.`,
  ],
  ja: [
    (a, b) => `交渉に詳しい関係者によると、${a}と${b}はまだ最終条件で合意していない。`,
    (a) => `${a}の広報担当者は報道についてコメントを控えた。`,
    (a, b) => `両社は${b}が${a}に最初に打診して以来、クラウド基盤で協力してきた。`,
    () => `複数の国の規制当局が、完了前にこの取り決めを審査する見通しだ。`,
    (a) => `報道を受けて、${a}の株価は取引開始直後ほぼ横ばいで推移した。`,
  ],
  zh: [
    (a, b) => `知情人士表示，${a}与${b}尚未就最终条款达成一致。`,
    (a) => `${a}发言人拒绝就相关报道置评。`,
    (a, b) => `自${b}首次接洽${a}以来，两家公司一直在云基础设施领域合作。`,
    () => `预计多个司法辖区的监管机构将在交易完成前对该安排进行审查。`,
    (a) => `消息传出后，${a}股价在早盘交易中基本持平。`,
  ],
};

const DAY = {
  en: (m: number, d: number) =>
    `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${d}`,
  ko: (m: number, d: number) => `${m}월 ${d}일`,
  ja: (m: number, d: number) => `${m}月${d}日`,
  zh: (m: number, d: number) => `${m}月${d}日`,
} as const;

function paragraph(lang: Lang, pick: Pick, rnd: () => number): string {
  const names = COMPANIES[lang];
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    const a = pick(names);
    let b = pick(names);
    if (b === a) b = names[(names.indexOf(a as never) + 1) % names.length]!;
    const amt = AMOUNT[lang](5 + Math.floor(rnd() * 995), Math.floor(rnd() * 4));
    const day = DAY[lang](1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    // About one sentence in three carries an amount or a percentage, as in wire copy.
    if (i === 0) out.push(pick(SENTENCES[lang])(a, b, amt, 1 + Math.floor(rnd() * 60), day));
    else out.push(pick(FILLER[lang])(a, b));
  }
  return out.join(lang === 'en' ? ' ' : ' ');
}

/** `count` articles of ~3–4 KB each (~10 amounts), a quarter per language, identical for the same seed. */
export function generateArticles(count: number, seed = 42): BenchArticle[] {
  const rnd = mulberry32(seed);
  const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)]!;
  const langs: Lang[] = ['en', 'ko', 'ja', 'zh'];
  const out: BenchArticle[] = [];
  for (let i = 0; i < count; i++) {
    const lang = langs[i % 4]!;
    const month = 1 + (i % 12);
    const date = `2025-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const title = paragraph(lang, pick, rnd).split(/[.。]/)[0]!.slice(0, 80);
    const paragraphs = Array.from({ length: lang === 'en' ? 8 : 10 }, () => paragraph(lang, pick, rnd));
    // A serial number keeps every article distinct, as real batches are.
    const body = ` date ${date}\n${title}\n\n${paragraphs.join('\n\n')}\n\n(ref ${seed}-${i})\n`;
    out.push({ name: `${lang}-${String(i).padStart(6, '0')}.txt`, lang, body });
  }
  return out;
}
