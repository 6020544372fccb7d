/**
 * Which language surrounds a position. Decides readings that differ by language: ¥ (JPY in Japanese,
 * CNY in Chinese), 元 (CNY, or TWD in traditional-only Chinese), 以上 (at_least in Japanese, more_than
 * in Chinese), and whether "一万三" means 13000 (Chinese) or 10003 (Japanese).
 * Decided from a small window so mixed-language documents get local answers.
 */
import { isHan, isHangul, isKana } from './chars';
import type { QuantityLang } from './types';

const WINDOW = 40;
/** Sentence ends: 。．！？!? and line breaks. Mixed documents switch language between sentences. */
const SENTENCE_END = new Set([0x3002, 0xff0e, 0xff01, 0xff1f, 0x21, 0x3f, 0x0a]);

function scriptIn(text: string, from: number, to: number): QuantityLang | null {
  let han = 0;
  let hangul = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c < 0x80) continue;
    if (isKana(c)) return 'ja';
    if (isHangul(c)) hangul++;
    else if (isHan(c)) han++;
  }
  if (hangul > 0) return 'ko';
  return han > 0 ? 'zh' : null;
}

export function langAt(text: string, pos: number, forced?: QuantityLang): QuantityLang {
  if (forced) return forced;
  const from = Math.max(0, pos - WINDOW);
  const to = Math.min(text.length, pos + WINDOW);
  // The current sentence first; the wider window only when the sentence shows no script at all.
  let s = pos;
  while (s > from && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--;
  let e = pos;
  while (e < to && !SENTENCE_END.has(text.charCodeAt(e))) e++;
  return scriptIn(text, s, e) ?? scriptIn(text, from, to) ?? 'en';
}

/**
 * The language at one position, computed on first use: most anchors (years, dates, bare numbers) are
 * rejected before anything needs to know the language.
 */
export class LangProbe {
  private cached: QuantityLang | null;
  constructor(
    private readonly text: string,
    private readonly pos: number,
    forced?: QuantityLang,
  ) {
    this.cached = forced ?? null;
  }
  get(): QuantityLang {
    if (this.cached === null) this.cached = langAt(this.text, this.pos);
    return this.cached;
  }
}

export type ChineseVariant = 'simplified' | 'traditional' | 'unknown';

// Frequent characters that exist in only one of the two scripts (这/這, 国/國 …).
const SIMPLIFIED_ONLY =
  '这们国说时会对发业经过个为来亿币与开关东车长门问间见现实点钱银资产务场报导让应该进还价财际亚欧韩汇额贸营计划统总区广马买卖书学习电脑网络联华两从众优传伟';
const TRADITIONAL_ONLY =
  '這們國說時會對發業經過個為來億幣與開關東車長門問間見現實點錢銀資產務場報導讓應該進還價財際亞歐韓匯額貿營計劃統總區廣馬買賣書學習電腦網絡聯華兩從眾優傳偉臺灣';
const VARIANT = new Uint8Array(0x10000);
for (const ch of SIMPLIFIED_ONLY) VARIANT[ch.charCodeAt(0)] = 1;
for (const ch of TRADITIONAL_ONLY) VARIANT[ch.charCodeAt(0)] = 2;

/**
 * Last answer, per 128-character bucket of the current scan: neighbouring amounts share their
 * surroundings. Keyed by a scan counter rather than the text (comparing long strings costs O(n)).
 */
let scanEpoch = 0;
let variantCache = { epoch: -1, bucket: -1, variant: 'unknown' as ChineseVariant };

/** Called at the start of every scan so cached answers never leak between texts. */
export function beginScan(): void {
  scanEpoch++;
}

/** Simplified or traditional Chinese around pos (a wider window: one telling character decides). */
export function chineseVariantAt(text: string, pos: number): ChineseVariant {
  const bucket = pos >> 7;
  if (variantCache.epoch === scanEpoch && variantCache.bucket === bucket) return variantCache.variant;
  const variant = countVariant(text, (bucket << 7) + 64);
  variantCache = { epoch: scanEpoch, bucket, variant };
  return variant;
}

function countVariant(text: string, pos: number): ChineseVariant {
  const from = Math.max(0, pos - 200);
  const to = Math.min(text.length, pos + 200);
  let simplified = 0;
  let traditional = 0;
  for (let p = from; p < to; p++) {
    const v = VARIANT[text.charCodeAt(p)];
    if (v === 1) simplified++;
    else if (v === 2) traditional++;
  }
  if (simplified > traditional) return 'simplified';
  if (traditional > simplified) return 'traditional';
  return 'unknown';
}
