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

const w = (text: string, unit: string, extra: Partial<UnitWord> = {}): UnitWord => ({ text, unit, ...extra });

/** ISO codes recognised next to a number ("USD 200", "115USD", "rmb 10"). */
export const CURRENCY_CODES: ReadonlyArray<string> = [
  'USD', 'EUR', 'JPY', 'KRW', 'CNY', 'CNH', 'RMB', 'GBP', 'HKD', 'TWD', 'NTD', 'INR', 'AUD', 'CAD', 'CHF',
  'SGD', 'NZD', 'MXN', 'BRL', 'RUB', 'ZAR', 'THB', 'MYR', 'IDR', 'VND', 'PHP', 'SEK', 'NOK', 'DKK', 'PLN',
  'TRY', 'SAR', 'AED', 'ILS', 'NGN', 'EGP', 'PKR', 'LKR', 'BDT', 'CZK', 'HUF', 'KWD', 'QAR', 'ARS', 'CLP',
  'COP', 'PEN', 'UAH', 'KZT',
];
/** Lower-case codes that are ordinary words or names: accepted only in capitals. */
export const UPPER_ONLY_CODES = new Set(['TRY', 'PEN', 'COP', 'ARS', 'CLP', 'PHP', 'SAR', 'NOK', 'ILS', 'MYR', 'EGP']);
/** Non-ISO spellings of codes. */
export const CODE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['RMB', 'CNY'],
  ['CNH', 'CNY'],
  ['NTD', 'TWD'],
]);

/** Finance abbreviations "30 MUSD", "MEUR 120": M = million. */
const MILLION_CODES = ['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'NZD', 'SGD'];

export const SUFFIX_WORDS: ReadonlyArray<UnitWord> = [
  // Percentages and percentage points.
  w('%p', 'pp'), w('％p', 'pp'), w('%포인트', 'pp'), w('％포인트', 'pp'), w('% 포인트', 'pp'),
  w('%ポイント', 'pp'), w('％ポイント', 'pp'), w('パーセントポイント', 'pp'), w('퍼센트포인트', 'pp'),
  w('퍼센트 포인트', 'pp'), w('个百分点', 'pp'), w('個百分點', 'pp'), w('个百分點', 'pp'), w('個百分点', 'pp'),
  w('百分点', 'pp'), w('百分點', 'pp'), w('percentage points', 'pp'), w('percentage point', 'pp'),
  w('%', '%'), w('％', '%'), w('パーセント', '%'), w('퍼센트', '%'), w('프로', '%', { hangulTail: true }),
  w('percent', '%'), w('per cent', '%'), w('pct', '%'),

  // English words.
  w('u.s. dollars', 'USD'), w('u.s. dollar', 'USD'), w('us dollars', 'USD'), w('us dollar', 'USD'),
  w('american dollars', 'USD'), w('dollars', 'USD'), w('dollar', 'USD'), w('bucks', 'USD'),
  w('hong kong dollars', 'HKD'), w('hk dollars', 'HKD'), w('new taiwan dollars', 'TWD'),
  w('taiwan dollars', 'TWD'), w('nt dollars', 'TWD'), w('canadian dollars', 'CAD'), w('canadian dollar', 'CAD'),
  w('australian dollars', 'AUD'), w('australian dollar', 'AUD'), w('singapore dollars', 'SGD'),
  w('new zealand dollars', 'NZD'), w('euros', 'EUR'), w('euro', 'EUR'), w('japanese yen', 'JPY'), w('yen', 'JPY'),
  w('south korean won', 'KRW'), w('korean won', 'KRW'), w('won', 'KRW'), w('chinese yuan', 'CNY'),
  w('yuan', 'CNY'), w('renminbi', 'CNY'), w('kuai', 'CNY'), w('pounds sterling', 'GBP'),
  w('british pounds', 'GBP'), w('pounds', 'GBP'), w('pound', 'GBP'), w('sterling', 'GBP'),
  w('swiss francs', 'CHF'), w('swiss franc', 'CHF'), w('francs', 'CHF'), w('franc', 'CHF'),
  w('indian rupees', 'INR'), w('sri lankan rupees', 'LKR'), w('pakistani rupees', 'PKR'), w('rupees', 'INR'),
  w('rupee', 'INR'), w('roubles', 'RUB'), w('rubles', 'RUB'), w('mexican pesos', 'MXN'), w('pesos', 'MXN'),
  w('reais', 'BRL'), w('rand', 'ZAR'), w('baht', 'THB'), w('ringgit', 'MYR'), w('rupiah', 'IDR'),
  w('dong', 'VND'), w('turkish lira', 'TRY'), w('lira', 'TRY'), w('naira', 'NGN'), w('pesetas', 'ESP'),
  w('finnish markka', 'FIM'), w('markka', 'FIM'), w('dutch guilders', 'NLG'), w('guilders', 'NLG'),
  w('colones', 'CRC'), w('lari', 'GEL'), w('kip', 'LAK'),
  w('cents', 'USD', { exp: -2, minor: true }), w('cent', 'USD', { exp: -2, minor: true }),
  w('pence', 'GBP', { exp: -2, minor: true }), w('pennies', 'GBP', { exp: -2, minor: true }),
  w('penny', 'GBP', { exp: -2, minor: true }),

  // Korean.
  w('미국 달러', 'USD'), w('미 달러', 'USD'), w('미화', 'USD'), w('달러화', 'USD'), w('달러', 'USD'),
  w('불', 'USD', { hangulTail: true }), w('홍콩 달러', 'HKD'), w('홍콩달러', 'HKD'), w('캐나다 달러', 'CAD'),
  w('캐나다달러', 'CAD'), w('호주 달러', 'AUD'), w('호주달러', 'AUD'), w('대만 달러', 'TWD'), w('대만달러', 'TWD'),
  w('싱가포르 달러', 'SGD'), w('뉴질랜드 달러', 'NZD'), w('원화', 'KRW'), w('원', 'KRW', { hangulTail: true }),
  w('엔화', 'JPY'), w('엔', 'JPY', { hangulTail: true }), w('위안화', 'CNY'), w('중국 위안', 'CNY'), w('위안', 'CNY'),
  w('유로화', 'EUR'), w('유로', 'EUR'), w('파운드', 'GBP'), w('스위스 프랑', 'CHF'), w('프랑', 'CHF'),
  w('루피', 'INR'), w('루블', 'RUB'), w('페소', 'MXN'), w('바트', 'THB'), w('링깃', 'MYR'), w('루피아', 'IDR'),
  w('리라', 'TRY'), w('나이라', 'NGN'), w('콜론', 'CRC'), w('라리', 'GEL'), w('킵', 'LAK', { hangulTail: true }),
  w('페세타', 'ESP'), w('핀란드 마르카', 'FIM'), w('네덜란드 휠던', 'NLG'),
  w('센트', 'USD', { exp: -2, minor: true }), w('펜스', 'GBP', { exp: -2, minor: true }),
  w('페니', 'GBP', { exp: -2, minor: true }),

  // Japanese.
  w('米ドル', 'USD'), w('ドル', 'USD'), w('円', 'JPY'), w('人民元', 'CNY'), w('ユーロ', 'EUR'),
  w('英ポンド', 'GBP'), w('ポンド', 'GBP'), w('ウォン', 'KRW'), w('香港ドル', 'HKD'), w('ニュー台湾ドル', 'TWD'),
  w('新台湾ドル', 'TWD'), w('台湾ドル', 'TWD'), w('豪ドル', 'AUD'), w('オーストラリアドル', 'AUD'),
  w('カナダドル', 'CAD'), w('シンガポールドル', 'SGD'), w('nzドル', 'NZD'), w('ニュージーランドドル', 'NZD'),
  w('スイスフラン', 'CHF'), w('スイス・フラン', 'CHF'), w('フラン', 'CHF'), w('ルピー', 'INR'),
  w('ルーブル', 'RUB'), w('ペソ', 'MXN'), w('バーツ', 'THB'), w('リンギット', 'MYR'), w('ルピア', 'IDR'),
  w('トルコリラ', 'TRY'), w('リラ', 'TRY'), w('レアル', 'BRL'), w('ナイラ', 'NGN'),
  w('パナマ・バルボア', 'PAB'), w('バルボア', 'PAB'),
  w('セント', 'USD', { exp: -2, minor: true }), w('銭', 'JPY', { exp: -2, minor: true }),

  // Chinese (simplified and traditional).
  w('美元', 'USD'), w('美金', 'USD'), w('美圆', 'USD'), w('美圓', 'USD'), w('元人民币', 'CNY'),
  w('元人民幣', 'CNY'), w('人民币', 'CNY'), w('人民幣', 'CNY'), w('日元', 'JPY'), w('日圆', 'JPY'), w('日圓', 'JPY'),
  w('韩元', 'KRW'), w('韓元', 'KRW'), w('韩圆', 'KRW'), w('韓圓', 'KRW'), w('欧元', 'EUR'), w('歐元', 'EUR'),
  w('英镑', 'GBP'), w('英鎊', 'GBP'), w('港元', 'HKD'), w('港币', 'HKD'), w('港幣', 'HKD'),
  w('新台币', 'TWD'), w('新台幣', 'TWD'), w('新臺幣', 'TWD'), w('台币', 'TWD'), w('台幣', 'TWD'), w('臺幣', 'TWD'),
  w('澳元', 'AUD'), w('澳币', 'AUD'), w('澳幣', 'AUD'), w('加元', 'CAD'), w('加币', 'CAD'), w('加幣', 'CAD'),
  w('新加坡元', 'SGD'), w('瑞士法郎', 'CHF'), w('法郎', 'CHF'), w('卢比', 'INR'), w('盧比', 'INR'),
  w('卢布', 'RUB'), w('盧布', 'RUB'), w('泰铢', 'THB'), w('泰銖', 'THB'), w('奈拉', 'NGN'), w('比索', 'MXN'),
  w('林吉特', 'MYR'), w('印尼盾', 'IDR'), w('越南盾', 'VND'), w('里拉', 'TRY'),
  w('美分', 'USD', { exp: -2, minor: true }), w('元', YUAN), w('圆', YUAN), w('圓', YUAN), w('块', YUAN),
  w('塊', YUAN), w('角', YUAN, { exp: -1, minor: true, continuationOnly: true }),
  w('毛', YUAN, { exp: -1, minor: true, continuationOnly: true }),
  w('分', YUAN, { exp: -2, minor: true, continuationOnly: true }),

  // Symbols written after the number ("10 €", "100₾").
  w('$', 'USD'), w('€', 'EUR'), w('£', 'GBP'), w('¥', YEN_SIGN), w('￥', YEN_SIGN), w('₩', 'KRW'), w('￦', 'KRW'),
  w('₹', 'INR'), w('₽', 'RUB'), w('₺', 'TRY'), w('₫', 'VND'), w('₱', 'PHP'), w('₪', 'ILS'), w('฿', 'THB'),
  w('₡', 'CRC'), w('₾', 'GEL'), w('₭', 'LAK'), w('₦', 'NGN'), w('₴', 'UAH'), w('₸', 'KZT'), w('ரூ', 'LKR'),
  w('¢', 'USD', { exp: -2, minor: true }),

  ...CURRENCY_CODES.map((code) =>
    w(code.toLowerCase(), CODE_ALIASES.get(code) ?? code, { upperOnly: UPPER_ONLY_CODES.has(code) }),
  ),
  ...MILLION_CODES.map((code) => w(`m${code.toLowerCase()}`, code, { exp: 6 })),
];

/** Currency symbols written before the number, by code unit. */
export const PREFIX_SYMBOLS: ReadonlyMap<number, string> = new Map(
  ([
    ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', YEN_SIGN], ['￥', YEN_SIGN], ['₩', 'KRW'], ['￦', 'KRW'],
    ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'], ['₫', 'VND'], ['₱', 'PHP'], ['₪', 'ILS'], ['฿', 'THB'],
    ['₡', 'CRC'], ['₾', 'GEL'], ['₭', 'LAK'], ['₦', 'NGN'], ['₴', 'UAH'], ['₸', 'KZT'], ['＄', 'USD'],
    ['\\', 'JPY'], // the yen sign as Shift-JIS renders it; accepted in Japanese context only
  ] as const).map(([s, u]) => [s.charCodeAt(0), u]),
);

/** Letters written before "$": "US$", "HK$", "NT$", "A$", "C$", "S$", "c $ 16.4 million". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['u.s', 'USD'], ['usd', 'USD'], ['hk', 'HKD'], ['hkd', 'HKD'],
  ['nt', 'TWD'], ['ntd', 'TWD'], ['twd', 'TWD'], ['a', 'AUD'], ['au', 'AUD'], ['aud', 'AUD'], ['c', 'CAD'],
  ['ca', 'CAD'], ['can', 'CAD'], ['cad', 'CAD'], ['s', 'SGD'], ['sg', 'SGD'], ['sgd', 'SGD'], ['nz', 'NZD'],
  ['nzd', 'NZD'], ['mx', 'MXN'], ['mex', 'MXN'], ['mxn', 'MXN'], ['r', 'BRL'], ['brl', 'BRL'],
]);

/** Letters written before "¥": "CN¥", "JP¥", "RMB¥". */
export const YEN_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['cn', 'CNY'], ['rmb', 'CNY'], ['cny', 'CNY'], ['jp', 'JPY'], ['jpy', 'JPY'],
]);

/** Words written before the number: "Rs 500", "人民币 50元". */
export const PREFIX_WORDS: ReadonlyArray<UnitWord> = [
  w('人民币', 'CNY'), w('人民幣', 'CNY'), w('人民元', 'CNY'), w('rs.', 'INR'), w('rs', 'INR'),
];

/** Codes before the number also take the "M" = million form: "MAUD 60". */
export const PREFIX_MILLION_CODES: ReadonlySet<string> = new Set(MILLION_CODES.map((c) => `m${c.toLowerCase()}`));

/** Syllables that may follow a one-syllable Korean currency word: particles and qualifier starts. */
export const KOREAN_TAIL_SYLLABLES: ReadonlySet<number> = new Set(
  [...'을를이가은는의에로으와과도만씩짜어까부당정안내남미초넘상규여대선랑'].map((ch) => ch.charCodeAt(0)),
);

/** Characters after 元 that make it a word, not the currency: 元素, 二元论, 元年, 元宇宙… */
export const YUAN_WORD_TAILS: ReadonlySet<number> = new Set(
  [...'论論化素次函组組件性式宇年旦首帅帥老气氣凶宵朝代'].map((ch) => ch.charCodeAt(0)),
);
