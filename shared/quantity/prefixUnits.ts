/**
 * The unit before a numeral: "$38bn", "US$ 10 billion", "HK$100", "c $ 16.4 million", "USD 200",
 * "MAUD 60", "Rs. 200 crore", "￥300", "人民币 50元".
 */
import { isAsciiAlnum, isAsciiLetter, isHan, lowerAscii, skipSpacesBack } from './chars';
import {
  CODE_ALIASES,
  CURRENCY_CODES,
  DOLLAR_PREFIXES,
  PREFIX_MILLION_CODES,
  PREFIX_SYMBOLS,
  PREFIX_WORDS,
  UPPER_ONLY_CODES,
  YEN_PREFIXES,
} from './unitLexicon';
import { isLowerRun, isUpperRun, type LangSource, resolveUnit, type UnitMatch } from './unitMatch';

/** Letters packed into an integer (5 bits each, case-folded): allocation-free code lookup. */
function packLetters(text: string, from: number, to: number): number {
  let key = 0;
  for (let p = from; p < to; p++) key = key * 32 + (lowerAscii(text.charCodeAt(p)) - 0x60);
  return key;
}
function packWord(word: string): number {
  return packLetters(word, 0, word.length);
}
const CODE_KEYS: ReadonlyMap<number, string> = new Map(CURRENCY_CODES.map((c) => [packWord(c), c]));
const MILLION_CODE_KEYS: ReadonlyMap<number, string> = new Map(
  [...PREFIX_MILLION_CODES].map((c) => [packWord(c), c.slice(1).toUpperCase()]),
);
const DOLLAR_PREFIX_KEYS: ReadonlyMap<number, string> = new Map(
  [...DOLLAR_PREFIXES].filter(([w]) => /^[a-z]+$/.test(w)).map(([w, u]) => [packWord(w), u]),
);
const YEN_PREFIX_KEYS: ReadonlyMap<number, string> = new Map(
  [...YEN_PREFIXES].map(([w, u]) => [packWord(w), u]),
);
const RS_KEY = packWord('rs');

function codeUnit(text: string, from: number, to: number): { unit: string; exp: number } | null {
  const len = to - from;
  if (len < 2 || len > 4) return null;
  const key = packLetters(text, from, to);
  if (len === 2) return key === RS_KEY ? { unit: 'INR', exp: 0 } : null; // "Rs 500", "Rs. 200 crore"
  const upper = isUpperRun(text, from, to);
  if (!upper && !isLowerRun(text, from, to)) return null;
  if (len === 3) {
    const code = CODE_KEYS.get(key);
    if (!code || (!upper && UPPER_ONLY_CODES.has(code))) return null;
    return { unit: CODE_ALIASES.get(code) ?? code, exp: 0 };
  }
  const million = MILLION_CODE_KEYS.get(key);
  return million ? { unit: million, exp: 6 } : null;
}

/** Start of the ASCII-letter token ending at `to` (dots allowed inside: "u.s"), or -1. */
function letterTokenStart(text: string, to: number, floor: number): number {
  let ws = to;
  while (
    ws > floor &&
    to - ws < 8 &&
    (isAsciiLetter(text.charCodeAt(ws - 1)) || text.charCodeAt(ws - 1) === 0x2e)
  )
    ws--;
  while (ws < to && text.charCodeAt(ws) === 0x2e) ws++; // a sentence's full stop is not part of "u.s."
  if (ws === to || (ws > 0 && (isAsciiAlnum(text.charCodeAt(ws - 1)) || text.charCodeAt(ws - 1) === 0x2e)))
    return -1;
  return ws;
}

/** "US$", "u.s $", "HK$", "c $": the currency a letter prefix gives to "$" (or "¥"). */
function symbolPrefix(text: string, ws: number, to: number, dollar: boolean): string | undefined {
  let dotted = false;
  for (let p = ws; p < to; p++) if (text.charCodeAt(p) === 0x2e) dotted = true;
  if (dotted) {
    const w = text.slice(ws, to).toLowerCase();
    return dollar ? DOLLAR_PREFIXES.get(w) : undefined;
  }
  if (to - ws > 6) return undefined;
  const key = packLetters(text, ws, to);
  return dollar ? DOLLAR_PREFIX_KEYS.get(key) : YEN_PREFIX_KEYS.get(key);
}

/** The currency symbol, code or word right before a numeral starting at numStart. */
export function matchPrefixUnit(
  text: string,
  numStart: number,
  floor: number,
  lang: LangSource,
): UnitMatch | null {
  const p = skipSpacesBack(text, numStart, 2, floor);
  if (p <= floor) return null;
  const c = text.charCodeAt(p - 1);
  if (c < 0x80 ? isAsciiLetter(c) || c === 0x2e : false) {
    const to = c === 0x2e ? p - 1 : p;
    const ws = letterTokenStart(text, to, floor);
    if (ws < 0) return null;
    const code = codeUnit(text, ws, to);
    if (!code || (c === 0x2e && code.unit !== 'INR')) return null; // "Rs. 500", but not "in USD. 100"
    return prefixMatch(code.unit, undefined, code.exp, ws, p, code.unit, true);
  }
  const symbol = PREFIX_SYMBOLS.get(c);
  if (symbol !== undefined) {
    if (c === 0x5c && (p !== numStart || lang.get() !== 'ja')) return null;
    let start = p - 1;
    let unit = symbol;
    if (c === 0x24 || c === 0xff04 || c === 0xa5 || c === 0xffe5) {
      // "US$", "HK$", "c $ 16.4 million", "CN¥": letters glued to the symbol or one space before it.
      const q = skipSpacesBack(text, start, 1, floor);
      const ws = q > floor ? letterTokenStart(text, q, floor) : -1;
      if (ws >= 0) {
        const mapped = symbolPrefix(text, ws, q, c === 0x24 || c === 0xff04);
        // A single letter counts only glued to the symbol ("C$", "A$"): across a space it is an
        // article, a possessive or a label ("a $5 fee", "Series C $200 million").
        if (mapped && !(q !== start && q - ws === 1)) {
          unit = mapped;
          start = ws;
        }
      }
    }
    const resolved = resolveUnit(unit, text, start, lang);
    return prefixMatch(resolved.unit, resolved.alternatives, 0, start, p, unit, true);
  }
  if (isHan(c)) {
    for (const entry of PREFIX_WORDS) {
      const start = p - entry.text.length;
      if (start >= floor && text.startsWith(entry.text, start)) {
        return prefixMatch(entry.unit, undefined, 0, start, p, entry.unit, false);
      }
    }
  }
  return null;
}

function prefixMatch(
  unit: string,
  alternatives: ReadonlyArray<string> | undefined,
  exp: number,
  start: number,
  end: number,
  family: string,
  symbolOrCode: boolean,
): UnitMatch {
  return { unit, alternatives, exp, minor: false, start, end, symbolOrCode, latinWord: false, family };
}
