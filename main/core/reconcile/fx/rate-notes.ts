/**
 * Explicit exchange-rate notes inside a quote: "1ドル=153円換算", "1달러당 1,400원", "1美元兑7.1元",
 * "$1 = ¥153", "153 yen to the dollar", "원·달러 환율 1,430원". shared/quantity reads amounts, not
 * rates, so this small parser lives here. It runs on one quote at a time: short input, bounded
 * patterns, no backtracking over whole articles.
 */
export interface RateNote {
  /** 1 `base` = `rate` `quote`. */
  readonly base: string;
  readonly quote: string;
  readonly rate: number;
  readonly text: string;
  readonly span: readonly [number, number];
}

/** Currency words and symbols; '¥' is resolved by magnitude (see resolveYen). */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['달러', 'USD'],
  ['ドル', 'USD'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['$', 'USD'],
  ['JPY', 'JPY'],
  ['円', 'JPY'],
  ['엔', 'JPY'],
  ['日元', 'JPY'],
  ['日圓', 'JPY'],
  ['日圆', 'JPY'],
  ['yen', 'JPY'],
  ['KRW', 'KRW'],
  ['원', 'KRW'],
  ['ウォン', 'KRW'],
  ['韩元', 'KRW'],
  ['韓元', 'KRW'],
  ['won', 'KRW'],
  ['₩', 'KRW'],
  ['CNY', 'CNY'],
  ['RMB', 'CNY'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['人民元', 'CNY'],
  ['元', 'CNY'],
  ['위안', 'CNY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['EUR', 'EUR'],
  ['欧元', 'EUR'],
  ['歐元', 'EUR'],
  ['유로', 'EUR'],
  ['ユーロ', 'EUR'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['€', 'EUR'],
  ['GBP', 'GBP'],
  ['英镑', 'GBP'],
  ['英鎊', 'GBP'],
  ['파운드', 'GBP'],
  ['ポンド', 'GBP'],
  ['pounds', 'GBP'],
  ['pound', 'GBP'],
  ['£', 'GBP'],
  ['TWD', 'TWD'],
  ['NT$', 'TWD'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['台币', 'TWD'],
  ['台幣', 'TWD'],
  ['대만달러', 'TWD'],
  ['台湾ドル', 'TWD'],
  ['HKD', 'HKD'],
  ['HK$', 'HKD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['홍콩달러', 'HKD'],
  ['香港ドル', 'HKD'],
  ['INR', 'INR'],
  ['₹', 'INR'],
  ['rupees', 'INR'],
  ['SGD', 'SGD'],
  ['S$', 'SGD'],
  ['AUD', 'AUD'],
  ['A$', 'AUD'],
  ['CAD', 'CAD'],
  ['C$', 'CAD'],
  ['CHF', 'CHF'],
  ['¥', '¥'],
  ['￥', '¥'],
];
const CODE = new Map(WORDS.map(([w, c]) => [w.toLowerCase(), c]));
const esc = (s: string): string => s.replace(/[$.*+?^(){}|[\]\\]/g, '\\$&');
// Longest first, so 台湾ドル wins over ドル and NT$ over $ at the same position.
const CUR = `(${[...WORDS.map(([w]) => w)]
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|')})`;
const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const APPROX = '(?:(?:약|約|约|about|around|roughly|approximately)\\s*)?';
const ONE = '(?<![\\d.,])1(?:\\.0+)?';
const SEP = '(?:=|:|당|兑换|兑|兌換|兌|约合|約合|合|is|equals?|buys)';

/** Each pattern names which groups hold base, number, quote (1-based). */
interface Form {
  readonly re: RegExp;
  readonly base: number;
  readonly num: number;
  readonly quote: number;
  readonly quoteAlt?: number;
}
const FORMS: ReadonlyArray<Form> = [
  // 1ドル=153円, 1달러당 1,400원, 1美元兑7.1元, 1 dollar = 153 yen, 1 USD = 1,400 KRW
  {
    re: new RegExp(`${ONE}\\s*${CUR}\\s*${SEP}?\\s*${APPROX}${NUM}\\s*${CUR}`, 'gi'),
    base: 1,
    num: 2,
    quote: 3,
  },
  // $1 = ¥153, US$1 = ₩1,400, $1 = 153 yen
  {
    re: new RegExp(`${CUR}\\s*${ONE}\\s*${SEP}\\s*${APPROX}(?:${CUR}\\s*${NUM}|${NUM}\\s*${CUR})`, 'gi'),
    base: 1,
    quote: 2,
    num: 3,
    quoteAlt: 5,
  },
  // 달러당 1,400원 (no leading 1)
  { re: new RegExp(`${CUR}당\\s*${APPROX}${NUM}\\s*${CUR}`, 'gi'), base: 1, num: 2, quote: 3 },
  // 153 yen to the dollar, 1,400 won per dollar
  {
    re: new RegExp(
      `${NUM}\\s*${CUR}\\s*(?:to|per|against)\\s+(?:the\\s+|a\\s+|one\\s+)?(?:US\\s+)?${CUR}`,
      'gi',
    ),
    num: 1,
    quote: 2,
    base: 3,
  },
  // 원·달러 환율 1,430원: the unit after the number is the quote currency, the other one the base.
  {
    re: new RegExp(
      `${CUR}\\s*[·ㆍ/・]\\s*${CUR}\\s*(?:환율|為替|汇率|匯率)\\s*(?:은|는|이|が|は|为|為)?\\s*${APPROX}${NUM}\\s*${CUR}`,
      'gi',
    ),
    base: 0,
    num: 3,
    quote: 4,
  },
];

/** Fullwidth ASCII (１ドル＝１５３円) to ASCII, one code unit for one, so spans still index the quote. */
function halfwidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** ¥ is yen or yuan; against the dollar no yuan rate has been near 30, no yen rate below it. */
function resolveYen(code: string, other: string, perOther: number): string {
  if (code !== '¥') return code;
  return other === 'USD' && perOther < 30 ? 'CNY' : 'JPY';
}

export function parseRateNotes(quote: string): RateNote[] {
  const text = halfwidth(quote);
  const notes: RateNote[] = [];
  const taken: Array<readonly [number, number]> = [];
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m; m = form.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const note = toNote(m, form, quote.slice(start, end), [start, end]);
      if (note) {
        notes.push(note);
        taken.push([start, end]);
      }
    }
  }
  return notes.sort((a, b) => a.span[0] - b.span[0]);
}

function toNote(
  m: RegExpExecArray,
  form: Form,
  text: string,
  span: readonly [number, number],
): RateNote | null {
  const rawNum = m[form.num] ?? (form.quoteAlt !== undefined ? m[form.quoteAlt - 1] : undefined);
  const quoteWord = m[form.quote] ?? (form.quoteAlt !== undefined ? m[form.quoteAlt] : undefined);
  if (rawNum === undefined || quoteWord === undefined) return null;
  const rate = Number(rawNum.replace(/,/g, ''));
  let quoteCode = CODE.get(quoteWord.toLowerCase());
  let baseCode: string | undefined;
  if (form.base === 0) {
    // Pair form: of the two currencies named, the one that is not the number's unit is the base.
    const a = CODE.get(m[1]!.toLowerCase());
    const b = CODE.get(m[2]!.toLowerCase());
    baseCode = a === quoteCode ? b : b === quoteCode ? a : undefined;
  } else {
    baseCode = CODE.get(m[form.base]!.toLowerCase());
  }
  if (!baseCode || !quoteCode || !(rate > 0) || !Number.isFinite(rate)) return null;
  quoteCode = resolveYen(quoteCode, baseCode, rate);
  baseCode = resolveYen(baseCode, quoteCode, 1 / rate);
  if (baseCode === quoteCode) return null;
  return { base: baseCode, quote: quoteCode, rate, text, span };
}

/** A note as units of a currency per USD, or null when neither side is the dollar. */
export function notePerUsd(note: RateNote): { currency: string; perUsd: number } | null {
  if (note.base === 'USD') return { currency: note.quote, perUsd: note.rate };
  if (note.quote === 'USD') return { currency: note.base, perUsd: 1 / note.rate };
  return null;
}
