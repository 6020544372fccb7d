/**
 * Words and symbols for the units the scanner knows: currencies (ISO 4217), '%' and 'pp'
 * (percentage points). Data only; matching lives in units.ts.
 */

/** Placeholder units resolved from context by units.ts. */
export const YUAN = '元'; // CNY in simplified Chinese, TWD in traditional-only text, USD sometimes
export const YEN_SIGN = '¥'; // JPY in Japanese context, CNY in Chinese context

export interface UnitWord {
  /** As written; Latin words lowercase (matched case-insensitively at a word boundary). */
  readonly text: string;
  /** ISO 4217 code, '%', 'pp', or YUAN / YEN_SIGN. */
  readonly unit: string;
  /** Power of ten applied to the amount: -2 for cents, 6 for "MUSD". */
  readonly exp?: number;
  /** A minor unit that can follow a main amount: "3 dollars 50 cents", "2222円13銭", "五元三角". */
  readonly minor?: boolean;
  /** Only as a continuation after a main amount (角/毛/分 alone are not money). */
  readonly continuationOnly?: boolean;
  /** One-syllable Korean word (원, 불, 엔): the next syllable must be a particle, not 원칙, 원소. */
  readonly hangulTail?: boolean;
  /** Codes that are also English words (TRY, PEN): only in capitals. */
  readonly upperOnly?: boolean;
}

/** ISO codes recognised next to a number ("USD 200", "115USD", "rmb 10"). */
export const CURRENCY_CODES: ReadonlyArray<string> = (
  'USD EUR JPY KRW CNY CNH RMB GBP HKD TWD NTD INR AUD CAD CHF SGD NZD MXN BRL RUB ZAR THB MYR IDR VND ' +
  'PHP SEK NOK DKK PLN TRY SAR AED ILS NGN EGP PKR LKR BDT CZK HUF KWD QAR ARS CLP COP PEN UAH KZT'
).split(' ');
/** Codes that are also ordinary words or names in lower case: accepted only in capitals. */
export const UPPER_ONLY_CODES = new Set('TRY PEN COP ARS CLP PHP SAR NOK ILS MYR EGP'.split(' '));
/** Non-ISO spellings of codes. */
export const CODE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['RMB', 'CNY'],
  ['CNH', 'CNY'],
  ['NTD', 'TWD'],
]);

/** Finance abbreviations "30 MUSD", "MEUR 120": M = million. */
const MILLION_CODES = 'USD EUR GBP AUD CAD CHF SEK NOK DKK JPY NZD SGD'.split(' ');

type Group = readonly [unit: string, words: string, extra?: Partial<UnitWord>];
const CENTS: Partial<UnitWord> = { exp: -2, minor: true };

/** Unit words by unit; '|' separates spellings (several contain spaces). Longest match wins. */
const GROUPS: ReadonlyArray<Group> = [
  // Percentages and percentage points.
  [
    'pp',
    '%p|％p|%포인트|％포인트|% 포인트|퍼센트포인트|퍼센트 포인트|%ポイント|％ポイント|パーセントポイント',
  ],
  ['pp', '个百分点|個百分點|个百分點|個百分点|百分点|百分點|percentage points|percentage point'],
  ['%', '%|％|パーセント|퍼센트|percent|per cent|pct'],
  ['%', '프로', { hangulTail: true }],

  // English.
  ['USD', 'u.s. dollars|u.s. dollar|us dollars|us dollar|american dollars|dollars|dollar|bucks|us$'],
  ['HKD', 'hong kong dollars|hk dollars|hk$'],
  ['TWD', 'new taiwan dollars|taiwan dollars|nt dollars|nt$'],
  ['CAD', 'canadian dollars|canadian dollar'],
  ['AUD', 'australian dollars|australian dollar'],
  ['SGD', 'singapore dollars'],
  ['NZD', 'new zealand dollars'],
  ['EUR', 'euros|euro'],
  ['JPY', 'japanese yen|yen'],
  ['KRW', 'south korean won|korean won|won'],
  ['CNY', 'chinese yuan|yuan|renminbi|kuai'],
  ['GBP', 'pounds sterling|british pounds|pounds|pound|sterling'],
  ['CHF', 'swiss francs|swiss franc|francs|franc'],
  ['INR', 'indian rupees|rupees|rupee'],
  ['LKR', 'sri lankan rupees'],
  ['PKR', 'pakistani rupees'],
  ['RUB', 'roubles|rubles'],
  ['MXN', 'mexican pesos|pesos'],
  ['TRY', 'turkish lira|lira'],
  ['BRL', 'reais'],
  ['ZAR', 'rand'],
  ['THB', 'baht'],
  ['MYR', 'ringgit'],
  ['IDR', 'rupiah'],
  ['VND', 'dong'],
  ['NGN', 'naira'],
  ['ESP', 'pesetas'],
  ['FIM', 'finnish markka|markka'],
  ['NLG', 'dutch guilders|guilders'],
  ['CRC', 'colones'],
  ['GEL', 'lari'],
  ['LAK', 'kip'],
  ['USD', 'cents|cent', CENTS],
  ['GBP', 'pence|pennies|penny', CENTS],

  // Korean.
  ['USD', '미국 달러|미 달러|미화|달러화|달러'],
  ['USD', '불', { hangulTail: true }],
  ['HKD', '홍콩 달러|홍콩달러'],
  ['CAD', '캐나다 달러|캐나다달러'],
  ['AUD', '호주 달러|호주달러'],
  ['TWD', '대만 달러|대만달러'],
  ['SGD', '싱가포르 달러'],
  ['NZD', '뉴질랜드 달러'],
  ['KRW', '원화'],
  ['KRW', '원', { hangulTail: true }],
  ['JPY', '엔화'],
  ['JPY', '엔', { hangulTail: true }],
  ['CNY', '위안화|중국 위안|위안'],
  ['EUR', '유로화|유로'],
  ['GBP', '파운드'],
  ['CHF', '스위스 프랑|프랑'],
  ['INR', '루피'],
  ['RUB', '루블'],
  ['MXN', '페소'],
  ['THB', '바트'],
  ['MYR', '링깃'],
  ['IDR', '루피아'],
  ['TRY', '리라'],
  ['NGN', '나이라'],
  ['CRC', '콜론'],
  ['GEL', '라리'],
  ['LAK', '킵', { hangulTail: true }],
  ['ESP', '페세타'],
  ['FIM', '핀란드 마르카'],
  ['NLG', '네덜란드 휠던'],
  ['USD', '센트', CENTS],
  ['GBP', '펜스|페니', CENTS],

  // Japanese.
  ['USD', '米ドル|ドル'],
  ['JPY', '円'],
  ['CNY', '人民元'],
  ['EUR', 'ユーロ'],
  ['GBP', '英ポンド|ポンド'],
  ['KRW', 'ウォン'],
  ['HKD', '香港ドル'],
  ['TWD', 'ニュー台湾ドル|新台湾ドル|台湾ドル'],
  ['AUD', '豪ドル|オーストラリアドル'],
  ['CAD', 'カナダドル'],
  ['SGD', 'シンガポールドル'],
  ['NZD', 'nzドル|ニュージーランドドル'],
  ['CHF', 'スイスフラン|スイス・フラン|フラン'],
  ['INR', 'ルピー'],
  ['RUB', 'ルーブル'],
  ['MXN', 'ペソ'],
  ['THB', 'バーツ'],
  ['MYR', 'リンギット'],
  ['IDR', 'ルピア'],
  ['TRY', 'トルコリラ|リラ'],
  ['BRL', 'レアル'],
  ['NGN', 'ナイラ'],
  ['PAB', 'パナマ・バルボア|バルボア'],
  ['USD', 'セント', CENTS],
  ['JPY', '銭', CENTS],

  // Chinese, simplified and traditional.
  ['USD', '美元|美金|美圆|美圓'],
  ['CNY', '元人民币|元人民幣|人民币|人民幣'],
  ['JPY', '日元|日圆|日圓'],
  ['KRW', '韩元|韓元|韩圆|韓圓'],
  ['EUR', '欧元|歐元'],
  ['GBP', '英镑|英鎊'],
  ['HKD', '港元|港币|港幣'],
  ['TWD', '新台币|新台幣|新臺幣|台币|台幣|臺幣'],
  ['AUD', '澳元|澳币|澳幣'],
  ['CAD', '加元|加币|加幣'],
  ['SGD', '新加坡元'],
  ['CHF', '瑞士法郎|法郎'],
  ['INR', '卢比|盧比'],
  ['RUB', '卢布|盧布'],
  ['THB', '泰铢|泰銖'],
  ['NGN', '奈拉'],
  ['MXN', '比索'],
  ['MYR', '林吉特'],
  ['IDR', '印尼盾'],
  ['VND', '越南盾'],
  ['TRY', '里拉'],
  ['USD', '美分', CENTS],
  [YUAN, '元|圆|圓|块|塊'],
  [YUAN, '角|毛', { exp: -1, minor: true, continuationOnly: true }],
  [YUAN, '分', { exp: -2, minor: true, continuationOnly: true }],

  // Symbols written after the number ("10 €", "100₾").
  ['USD', '$'],
  ['EUR', '€'],
  ['GBP', '£'],
  [YEN_SIGN, '¥|￥'],
  ['KRW', '₩|￦'],
  ['INR', '₹'],
  ['RUB', '₽'],
  ['TRY', '₺'],
  ['VND', '₫'],
  ['PHP', '₱'],
  ['ILS', '₪'],
  ['THB', '฿'],
  ['CRC', '₡'],
  ['GEL', '₾'],
  ['LAK', '₭'],
  ['NGN', '₦'],
  ['UAH', '₴'],
  ['KZT', '₸'],
  ['LKR', 'ரூ'],
  ['USD', '¢', CENTS],
];

export const SUFFIX_WORDS: ReadonlyArray<UnitWord> = [
  ...GROUPS.flatMap(([unit, words, extra]) => words.split('|').map((text) => ({ text, unit, ...extra }))),
  ...CURRENCY_CODES.map((code) => ({
    text: code.toLowerCase(),
    unit: CODE_ALIASES.get(code) ?? code,
    upperOnly: UPPER_ONLY_CODES.has(code),
  })),
  ...MILLION_CODES.map((code) => ({ text: `m${code.toLowerCase()}`, unit: code, exp: 6 })),
];

const charKeyed = (pairs: string): Map<number, string> =>
  new Map(pairs.split(' ').map((pair) => [pair.charCodeAt(0), pair.slice(1)]));

/**
 * Currency symbols written before the number, by code unit. "\" is the yen sign as Shift-JIS renders
 * it; it is accepted in Japanese context only.
 */
export const PREFIX_SYMBOLS: ReadonlyMap<number, string> = charKeyed(
  `$USD €EUR £GBP ¥${YEN_SIGN} ￥${YEN_SIGN} ₩KRW ￦KRW ₹INR ₽RUB ₺TRY ₫VND ₱PHP ₪ILS ฿THB ₡CRC ₾GEL ₭LAK ` +
    '₦NGN ₴UAH ₸KZT ＄USD \\JPY',
);

const wordKeyed = (groups: string): Map<string, string> =>
  new Map(
    groups.split(' ').flatMap((group) => {
      const [unit, words] = group.split('=') as [string, string];
      return words.split(',').map((word) => [word, unit] as [string, string]);
    }),
  );

/** Letters written before "$": "US$", "HK$", "NT$", "A$", "C$", "S$", "c $ 16.4 million". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = wordKeyed(
  'USD=us,u.s.,u.s,usd HKD=hk,hkd TWD=nt,ntd,twd AUD=a,au,aud CAD=c,ca,can,cad SGD=s,sg,sgd NZD=nz,nzd ' +
    'MXN=mx,mex,mxn BRL=r,brl',
);

/** Letters written before "¥": "CN¥", "JP¥", "RMB¥". */
export const YEN_PREFIXES: ReadonlyMap<string, string> = wordKeyed('CNY=cn,rmb,cny JPY=jp,jpy');

/**
 * Words written before the number: "人民币 50元", "港幣100億元", "新台幣500億元". ("Rs 500" is handled
 * with the codes.) Only currency names that news writes as prefixes: "美元" before a number is
 * usually the other side of a rate ("人民币兑美元7.1").
 */
export const PREFIX_WORDS: ReadonlyArray<UnitWord> = [
  ...['人民币', '人民幣', '人民元'].map((text) => ({ text, unit: 'CNY' })),
  ...['港币', '港幣', '港元'].map((text) => ({ text, unit: 'HKD' })),
  ...['新台币', '新台幣', '新臺幣', '台币', '台幣', '臺幣'].map((text) => ({ text, unit: 'TWD' })),
].sort((a, b) => b.text.length - a.text.length);

/** Codes before the number also take the "M" = million form: "MAUD 60". */
export const PREFIX_MILLION_CODES: ReadonlySet<string> = new Set(
  MILLION_CODES.map((c) => `m${c.toLowerCase()}`),
);

const codeSet = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)));

/** Syllables that may follow a one-syllable Korean currency word: particles and qualifier starts. */
export const KOREAN_TAIL_SYLLABLES = codeSet(
  '을를이가은는의에로으와과도만씩짜어까부당정안내남미초넘상규여대선랑',
);

/** Characters after 元 that make it a word, not the currency: 元素, 二元论, 元年, 元宇宙… */
export const YUAN_WORD_TAILS = codeSet('论論化素次函组組件性式宇年旦首帅帥老气氣凶宵朝代');
