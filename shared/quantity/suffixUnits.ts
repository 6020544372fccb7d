/**
 * The unit after a numeral: "500억 달러", "15%", "7.7兆円", "10 €", "115USD", "12-cent", "三块钱".
 */
import { isAsciiLetter, isHan, isHangulSyllable, lowerAscii, matchesAt, skipSpaces } from './chars';
import {
  CURRENCY_CODES,
  KOREAN_TAIL_SYLLABLES,
  PREFIX_SYMBOLS,
  SUFFIX_WORDS,
  type UnitWord,
  YUAN,
  YUAN_WORD_TAILS,
} from './unitLexicon';
import { isLowerRun, isUpperRun, type LangSource, resolveUnit, type UnitMatch } from './unitMatch';

/** Suffix words indexed by their first code unit (lower-cased), longest first. */
const SUFFIX_INDEX = new Map<number, UnitWord[]>();
for (const entry of SUFFIX_WORDS) {
  const key = lowerAscii(entry.text.charCodeAt(0));
  const list = SUFFIX_INDEX.get(key) ?? [];
  list.push(entry);
  SUFFIX_INDEX.set(key, list);
}

const CODE_SET = new Set(CURRENCY_CODES);
const KUAI_TAILS = new Set([0x94b1, 0x9322]); // 钱 錢

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

/** The lexicon entry starting at q, or null. */
function suffixEntryAt(text: string, q: number, continuation: boolean): UnitWord | null {
  const list = SUFFIX_INDEX.get(lowerAscii(text.charCodeAt(q)));
  if (!list) return null;
  for (const entry of list) {
    if (entry.continuationOnly && !continuation) continue;
    if (!matchesAt(text, q, entry.text)) continue;
    if (!wordFits(text, entry, q, q + entry.text.length)) continue;
    return entry;
  }
  return null;
}

function suffixStart(text: string, pos: number): number {
  const q = skipSpaces(text, pos, 3);
  if (q === pos && text.charCodeAt(q) === 0x2d && isAsciiLetter(text.charCodeAt(q + 1))) return q + 1;
  return q;
}

/** Does a unit word or symbol start right after pos? (No resolution: used inside numeral parsing.) */
export function suffixUnitStartsAt(text: string, pos: number): boolean {
  return suffixEntryAt(text, suffixStart(text, pos), false) !== null;
}

/**
 * The unit word or symbol after a numeral ending at pos (up to three spaces between; "12-cent",
 * "one-yen" with a hyphen). `continuation` also admits 角/毛/分, which are money only after 元.
 */
export function matchSuffixUnit(
  text: string,
  pos: number,
  lang: LangSource,
  continuation = false,
): UnitMatch | null {
  const q = suffixStart(text, pos);
  const entry = suffixEntryAt(text, q, continuation);
  if (!entry) return null;
  let end = q + entry.text.length;
  if (entry.unit === YUAN && KUAI_TAILS.has(text.charCodeAt(end))) end++; // 三块钱
  const resolved = resolveUnit(entry.unit, text, q, lang);
  const latin = isAsciiLetter(entry.text.charCodeAt(0));
  const isCode =
    latin && entry.text.length <= 4 && !entry.minor && entry.text !== 'won' && entry.text !== 'yen';
  return {
    unit: resolved.unit,
    alternatives: resolved.alternatives,
    exp: entry.exp ?? 0,
    minor: entry.minor === true,
    start: q,
    end,
    symbolOrCode: isCode || PREFIX_SYMBOLS.has(text.charCodeAt(q)),
    latinWord: latin && !isCode,
    family: entry.unit,
  };
}
