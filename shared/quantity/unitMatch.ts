/**
 * What a unit lookup returns, and the resolution of the two ambiguous units: 元 (CNY, or TWD in
 * traditional-only Chinese, sometimes USD) and ¥ (JPY in Japanese context, CNY in Chinese context).
 */
import { chineseVariantAt } from './language';
import type { QuantityLang } from './types';
import { YEN_SIGN, YUAN } from './unitLexicon';

/** Anything that can tell the language at the current position when asked. */
export interface LangSource {
  get(): QuantityLang;
}

export interface UnitMatch {
  readonly unit: string;
  readonly alternatives: ReadonlyArray<string> | undefined;
  /** Power of ten for the amount (cents -2, MUSD 6). */
  readonly exp: number;
  readonly minor: boolean;
  readonly start: number;
  readonly end: number;
  /** Symbols and codes can also be the prefix of a following number ("10 $ 30 $", "3 USD50"). */
  readonly symbolOrCode: boolean;
  /** An English word ("dollars", "won"): subject to the year guard. */
  readonly latinWord: boolean;
  /** The placeholder before resolution (元 family, needed to pair 角/分 with 元). */
  readonly family: string;
}

export function isUpperRun(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

export function isLowerRun(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** Resolves 元 and ¥ by language; passes every other unit through. */
export function resolveUnit(
  unit: string,
  text: string,
  pos: number,
  langSource: LangSource,
): { unit: string; alternatives?: ReadonlyArray<string> } {
  if (unit !== YUAN && unit !== YEN_SIGN) return { unit };
  const lang = langSource.get();
  if (unit === YUAN) {
    if (lang !== 'zh') return { unit: 'CNY' };
    // Taiwanese outlets write plain 元 for NT dollars; mainland ones for renminbi. Both (and HK
    // outlets) also use 元 for US dollars, so the other readings are kept as alternatives.
    if (chineseVariantAt(text, pos) === 'traditional')
      return { unit: 'TWD', alternatives: ['CNY', 'HKD', 'USD'] };
    return { unit: 'CNY', alternatives: ['USD', 'TWD', 'HKD'] };
  }
  return lang === 'zh' ? { unit: 'CNY', alternatives: ['JPY'] } : { unit: 'JPY', alternatives: ['CNY'] };
}
