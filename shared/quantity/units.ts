/**
 * Finding a unit next to a numeral: the currency or percent word after it ("500억 달러", "15%",
 * "7.7兆円", "10 €") and the symbol or code before it ("$38bn", "US$ 10 billion", "HK$", "USD 200").
 * Ambiguous units (元, ¥) are resolved from the surrounding language.
 */
import {
  isAsciiAlnum,
  isAsciiLetter,
  isHan,
  isHangulSyllable,
  lowerAscii,
  matchesAt,
  skipSpaces,
  skipSpacesBack,
} from './chars';
import { chineseVariantAt } from './language';
import type { QuantityLang } from './types';
import {
  CODE_ALIASES,
  CURRENCY_CODES,
  DOLLAR_PREFIXES,
  KOREAN_TAIL_SYLLABLES,
  PREFIX_MILLION_CODES,
  PREFIX_SYMBOLS,
  PREFIX_WORDS,
  SUFFIX_WORDS,
  UPPER_ONLY_CODES,
  type UnitWord,
  YEN_PREFIXES,
  YEN_SIGN,
  YUAN,
  YUAN_WORD_TAILS,
} from './unitLexicon';

export interface UnitMatch {
  readonly unit: string;
  readonly alternatives?: ReadonlyArray<string>;
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

/** Suffix words indexed by their first code unit (lower-cased), longest first. */
const SUFFIX_INDEX = new Map<number, UnitWord[]>();
for (const entry of SUFFIX_WORDS) {
  const key = lowerAscii(entry.text.charCodeAt(0));
  const list = SUFFIX_INDEX.get(key) ?? [];
  list.push(entry);
  SUFFIX_INDEX.set(key, list);
}
for (const list of SUFFIX_INDEX.values()) list.sort((a, b) => b.text.length - a.text.length);

const CODE_SET = new Set(CURRENCY_CODES);
const KUAI_TAILS = new Set([0x94b1, 0x9322]); // 钱 錢

function isUpperRun(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

function isLowerRun(text: string, from: number, to: number): boolean {
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
  lang: QuantityLang,
): { unit: string; alternatives?: ReadonlyArray<string> } {
  if (unit === YUAN) {
    if (lang !== 'zh') return { unit: 'CNY' };
    // Taiwanese outlets write plain 元 for NT dollars; mainland ones for renminbi. Both (and HK
    // outlets) also use 元 for US dollars, so the other readings are kept as alternatives.
    if (chineseVariantAt(text, pos) === 'traditional') return { unit: 'TWD', alternatives: ['CNY', 'HKD', 'USD'] };
    return { unit: 'CNY', alternatives: ['USD', 'TWD', 'HKD'] };
  }
  if (unit === YEN_SIGN) {
    return lang === 'zh' ? { unit: 'CNY', alternatives: ['JPY'] } : { unit: 'JPY', alternatives: ['CNY'] };
  }
  return { unit };
}

function wordFits(text: string, entry: UnitWord, start: number, end: number): boolean {
  const first = entry.text.charCodeAt(0);
  const next = end < text.length ? text.charCodeAt(end) : 0;
  if (isAsciiLetter(first)) {
    if (isAsciiLetter(next)) return false;
    if (entry.upperOnly && !isUpperRun(text, start, end)) return false;
    if (entry.text.length === 3 && CODE_SET.has(entry.text.toUpperCase())) {
      // Codes in capitals or lower case ("usd"), not title case ("Eur…" is a word).
      if (!isUpperRun(text, start, end) && !isLowerRun(text, start, end)) return false;
    }
    return true;
  }
  if (entry.hangulTail && isHangulSyllable(next) && !KOREAN_TAIL_SYLLABLES.has(next)) return false;
  if (entry.unit === YUAN && !entry.minor) {
    if (YUAN_WORD_TAILS.has(next)) return false;
    if ((first === 0x5757 || first === 0x584a) && isHan(next) && !KUAI_TAILS.has(next)) return false; // 块 塊
  }
  return true;
}

/**
 * The unit word or symbol after a numeral ending at pos (up to three spaces between; "12-cent",
 * "one-yen" with a hyphen). `continuation` also admits 角/毛/分, which are money only after 元.
 */
export function matchSuffixUnit(
  text: string,
  pos: number,
  lang: QuantityLang,
  continuation = false,
): UnitMatch | null {
  let q = skipSpaces(text, pos, 3);
  if (q === pos && text.charCodeAt(q) === 0x2d && isAsciiLetter(text.charCodeAt(q + 1))) q++;
  const list = SUFFIX_INDEX.get(lowerAscii(text.charCodeAt(q)));
  if (!list) return null;
  for (const entry of list) {
    if (entry.continuationOnly && !continuation) continue;
    if (!matchesAt(text, q, entry.text)) continue;
    let end = q + entry.text.length;
    if (!wordFits(text, entry, q, end)) continue;
    if (KUAI_TAILS.has(text.charCodeAt(end)) && entry.unit === YUAN) end++; // 三块钱
    const resolved = resolveUnit(entry.unit, text, q, lang);
    const latin = isAsciiLetter(entry.text.charCodeAt(0));
    const isCode = latin && entry.text.length <= 4 && !entry.minor && entry.text !== 'won' && entry.text !== 'yen';
    return {
      unit: resolved.unit,
      ...(resolved.alternatives ? { alternatives: resolved.alternatives } : {}),
      exp: entry.exp ?? 0,
      minor: entry.minor === true,
      start: q,
      end,
      symbolOrCode: isCode || PREFIX_SYMBOLS.has(text.charCodeAt(q)),
      latinWord: latin && !isCode,
      family: entry.unit,
    };
  }
  return null;
}

function codeUnit(text: string, from: number, to: number): { unit: string; exp: number } | null {
  const len = to - from;
  const upper = isUpperRun(text, from, to);
  const lower = isLowerRun(text, from, to);
  if (!upper && !lower) return null;
  const word = text.slice(from, to).toUpperCase();
  if (len === 3 && CODE_SET.has(word) && (upper || !UPPER_ONLY_CODES.has(word))) {
    return { unit: CODE_ALIASES.get(word) ?? word, exp: 0 };
  }
  if (len === 4 && PREFIX_MILLION_CODES.has(word.toLowerCase())) return { unit: word.slice(1), exp: 6 };
  if (word === 'RS') return { unit: 'INR', exp: 0 };
  return null;
}

/** Letters (and dots) ending at `to`, as a lower-case word, if they form a whole token. */
function letterWordBefore(text: string, to: number, floor: number): [number, string] | null {
  let ws = to;
  while (ws > floor && (isAsciiLetter(text.charCodeAt(ws - 1)) || text.charCodeAt(ws - 1) === 0x2e)) ws--;
  while (ws < to && text.charCodeAt(ws) === 0x2e) ws++; // a sentence's full stop is not part of "u.s."
  if (ws === to || (ws > 0 && isAsciiAlnum(text.charCodeAt(ws - 1)))) return null;
  let word = '';
  for (let p = ws; p < to; p++) word += String.fromCharCode(lowerAscii(text.charCodeAt(p)));
  return [ws, word];
}

/** The currency symbol, code or word right before a numeral starting at numStart. */
export function matchPrefixUnit(
  text: string,
  numStart: number,
  floor: number,
  lang: QuantityLang,
): UnitMatch | null {
  const p = skipSpacesBack(text, numStart, 2, floor);
  if (p <= floor) return null;
  const c = text.charCodeAt(p - 1);
  const base = { exp: 0, minor: false, end: p, symbolOrCode: true, latinWord: false };
  const symbol = PREFIX_SYMBOLS.get(c);
  if (symbol !== undefined) {
    if (c === 0x5c && (lang !== 'ja' || p !== numStart)) return null;
    let start = p - 1;
    let unit = symbol;
    if (c === 0x24 || c === 0xff04 || c === 0xa5 || c === 0xffe5) {
      // "US$", "HK$", "c $ 16.4 million", "CN¥": letters glued to the symbol or one space before it.
      const q = skipSpacesBack(text, start, 1, floor);
      const before = letterWordBefore(text, q, floor);
      const map = c === 0x24 || c === 0xff04 ? DOLLAR_PREFIXES : YEN_PREFIXES;
      const mapped = before ? map.get(before[1]) : undefined;
      if (before && mapped && (q === start || before[1].length <= 4)) {
        unit = mapped;
        start = before[0];
      }
    }
    const resolved = resolveUnit(unit, text, start, lang);
    return { ...base, ...resolved, start, family: unit };
  }
  if (isAsciiLetter(c) || c === 0x2e) {
    const to = c === 0x2e ? p - 1 : p;
    const before = letterWordBefore(text, to, floor);
    if (!before) return null;
    const code = codeUnit(text, before[0], to);
    if (!code || (c === 0x2e && code.unit !== 'INR')) return null; // "Rs. 500", but not "in USD. 100"

    return { ...base, unit: code.unit, exp: code.exp, start: before[0], family: code.unit };
  }
  if (isHan(c)) {
    for (const entry of PREFIX_WORDS) {
      const start = p - entry.text.length;
      if (start >= floor && text.startsWith(entry.text, start)) {
        return { ...base, unit: entry.unit, start, symbolOrCode: false, family: entry.unit };
      }
    }
  }
  return null;
}
