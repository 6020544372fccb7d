/**
 * Which language surrounds a position. Decides readings that differ by language: ¥ (JPY in Japanese,
 * CNY in Chinese), 元 (CNY, or TWD in traditional-only Chinese), 以上 (at_least in Japanese, more_than
 * in Chinese), and whether "一万三" means 13000 (Chinese) or 10003 (Japanese).
 * Decided from a small window so mixed-language documents get local answers.
 */
import { isHan, isHangul, isKana } from './chars';
import type { QuantityLang } from './types';

const WINDOW = 40;

export function langAt(text: string, pos: number, forced?: QuantityLang): QuantityLang {
  if (forced) return forced;
  const from = Math.max(0, pos - WINDOW);
  const to = Math.min(text.length, pos + WINDOW);
  let han = 0;
  let hangul = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c < 0x80) {
      continue;
    } else if (isKana(c)) {
      return 'ja';
    } else if (isHangul(c)) {
      hangul++;
    } else if (isHan(c)) {
      han++;
    }
  }
  if (hangul > 0) return 'ko';
  if (han > 0) return 'zh';
  return 'en';
}

export type ChineseVariant = 'simplified' | 'traditional' | 'unknown';

// Frequent characters that exist in only one of the two scripts (这/這, 国/國 …).
const SIMPLIFIED_ONLY = '这们国说时会对发业经过个为来亿币与开关东车长门问间见现实点钱银资产务场报导让应该进还价财际亚欧韩汇额贸营计划统总区广马买卖书学习电脑网络联华两从众优传伟';
const TRADITIONAL_ONLY = '這們國說時會對發業經過個為來億幣與開關東車長門問間見現實點錢銀資產務場報導讓應該進還價財際亞歐韓匯額貿營計劃統總區廣馬買賣書學習電腦網絡聯華兩從眾優傳偉臺灣';
const VARIANT = new Uint8Array(0x10000);
for (const ch of SIMPLIFIED_ONLY) VARIANT[ch.charCodeAt(0)] = 1;
for (const ch of TRADITIONAL_ONLY) VARIANT[ch.charCodeAt(0)] = 2;

/** Simplified or traditional Chinese around pos (a wider window: one telling character decides). */
export function chineseVariantAt(text: string, pos: number): ChineseVariant {
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
