/**
 * One amount around a numeral: prefix unit, the numeral, suffix unit, and minor units that
 * continue it ("3 dollars 50 cents", "2222円13銭", "五元三角"). No qualifiers, ranges or
 * restatements here — scanner.ts composes those.
 */
import { arabicDigitValue, isAsciiLetter, isHangulSyllable, isSpace, matchesAt, skipSpaces } from './chars';
import { type Dec, decAdd, decShift, decToNumber } from './decimal';
import { parseEnglishNumeral } from './englishNumerals';
import { type Approx, type Numeral, parseNumeral } from './numerals';
import { mayConnect } from './ranges';
import { matchWesternScale } from './scaleWords';
import { YUAN } from './unitLexicon';
import { matchPrefixUnit } from './prefixUnits';
import { matchSuffixUnit, suffixUnitStartsAt } from './suffixUnits';
import type { LangSource, UnitMatch } from './unitMatch';

export interface Amount {
  /** Start including a prefix unit ("$", "US$", "人民币"). */
  readonly start: number;
  /** End including the suffix unit and any minor-unit continuation. */
  readonly end: number;
  readonly value: Dec;
  readonly unit: string | null;
  readonly alternatives: ReadonlyArray<string> | undefined;
  readonly approx: Approx | null;
  readonly hasScale: boolean;
  readonly leadExp: number;
  /** The numeral is a bare digit run or word numeral without scale ("10" in "$10-20 billion"). */
  readonly plain: boolean;
  readonly prefixed: boolean;
}

const PERCENT_OF = '百分之';
/** Connectors between a main and a minor unit: "13 dollars and 45 cents", "545ドルと5セント", "两美元又三美分". */
const MINOR_CONNECTORS = ['and', 'と', '又', '와', '과', '零'];
/** Currencies whose hundredth is called a cent. */
const CENT_CURRENCIES = new Set(['USD', 'EUR', 'CAD', 'AUD', 'HKD', 'TWD', 'SGD', 'NZD', 'MXN']);

export function numeralAt(text: string, pos: number, lang: LangSource): Numeral | null {
  if (isAsciiLetter(text.charCodeAt(pos))) {
    const en = parseEnglishNumeral(text, pos);
    if (!en) return null;
    return {
      value: en.value,
      start: pos,
      end: en.end,
      approx: null,
      hasScale: en.hasScale,
      leadExp: en.leadExp,
      bareDigitChar: false,
      dotted: false,
    };
  }
  return parseNumeral(text, pos, { mode: 'money', elliptic: lang, unitAt: suffixUnitStartsAt });
}

/** "in 2020 dollars" (constant dollars) and "2019 won" (the verb) are years, not money. */
function looksLikeYearBeforeWord(text: string, num: Numeral, suffix: UnitMatch): boolean {
  if (!suffix.latinWord || num.hasScale || num.end - num.start !== 4) return false;
  const v = decToNumber(num.value);
  if (!Number.isInteger(v) || v < 1800 || v > 2199) return false;
  if (suffix.unit === 'KRW' || suffix.unit === 'GBP') return true;
  let p = num.start;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  return matchesAt(text, p - 2, 'in') && !isAsciiLetter(text.charCodeAt(p - 3));
}

function followedByDigit(text: string, pos: number, allowSpace: boolean): boolean {
  const p = allowSpace ? skipSpaces(text, pos, 1) : pos;
  return arabicDigitValue(text.charCodeAt(p)) >= 0;
}

/** "1 $ 10 dollars": the symbol opens the next amount, which names its currency in words. */
function startsWordedAmount(text: string, symbol: UnitMatch, lang: LangSource): boolean {
  const p = skipSpaces(text, symbol.end, 1);
  if (p === symbol.end || arabicDigitValue(text.charCodeAt(p)) < 0) return false;
  const next = numeralAt(text, p, lang);
  if (!next) return false;
  const unit = matchSuffixUnit(text, next.end, lang);
  return unit !== null && !unit.symbolOrCode && !unit.minor && unit.unit === symbol.unit;
}

/** Reads "50 cents", "13銭", "三角" after a main amount whose unit family is `family`. */
function readMinor(text: string, pos: number, unit: string, family: string, lang: LangSource) {
  let p = skipSpaces(text, pos, 2);
  for (const conn of MINOR_CONNECTORS) {
    if (matchesAt(text, p, conn) && !(conn === 'and' && isAsciiLetter(text.charCodeAt(p + 3)))) {
      p = skipSpaces(text, p + conn.length, 2);
      break;
    }
  }
  const num = numeralAt(text, p, lang);
  if (!num || num.hasScale || num.dotted) return null;
  const minor = matchSuffixUnit(text, num.end, lang, true);
  if (!minor || !minor.minor) return null;
  const fits =
    minor.family === family ||
    (family === YUAN && minor.family === YUAN) ||
    minor.unit === unit ||
    (minor.family === 'USD' && minor.exp === -2 && CENT_CURRENCIES.has(unit));
  if (!fits) return null;
  return { value: decShift(num.value, minor.exp), end: minor.end };
}

/** Reads the amount whose numeral starts at numStart; `floor` bounds the backward look for a prefix. */
export function readAmount(
  text: string,
  numStart: number,
  floor: number,
  lang: LangSource,
  keepUnitless: boolean,
): Amount | null {
  if (text.startsWith(PERCENT_OF, numStart)) {
    // 百分之十五 = 15%
    const num = numeralAt(text, numStart + PERCENT_OF.length, lang);
    if (!num || num.dotted) return null;
    return {
      start: numStart,
      end: num.end,
      value: num.value,
      unit: '%',
      alternatives: undefined,
      approx: num.approx,
      hasScale: false,
      leadExp: 0,
      plain: true,
      prefixed: true,
    };
  }
  const num = numeralAt(text, numStart, lang);
  if (!num || num.dotted) return null;
  // A lone Sino-Korean digit is almost always a word: 이 (this), 일 (work), 사 (company).
  if (num.bareDigitChar && isHangulSyllable(text.charCodeAt(numStart))) return null;
  const prefix = matchPrefixUnit(text, numStart, floor, lang);
  // Digits glued to letters are model names and codes (H100, GPT-4o, Trainium3), unless the letters
  // are a currency code ("USD115").
  if (
    !prefix &&
    numStart > 0 &&
    isAsciiLetter(text.charCodeAt(numStart - 1)) &&
    !isAsciiLetter(text.charCodeAt(numStart))
  ) {
    return null;
  }
  let suffix = matchSuffixUnit(text, num.end, lang);
  if (suffix && suffix.symbolOrCode) {
    // A symbol or code glued to the next digits is that number's prefix ("1 $10", "3 USD50"), and
    // after a prefixed amount it starts the next one ("$ 20,000.00 $ 37,305.97", "rmb 10 usd 20").
    if (followedByDigit(text, suffix.end, prefix !== null) || startsWordedAmount(text, suffix, lang))
      suffix = null;
  }
  if (suffix && suffix.minor && prefix) suffix = null;
  // Most anchors end here: a bare number that cannot even open a range ("2024", "H100", "第3").
  if (!prefix && !suffix && !keepUnitless && !mayConnect(text, num.end)) return null;
  if (suffix && looksLikeYearBeforeWord(text, num, suffix)) return null;

  let value = num.value;
  let end = num.end;
  let hasScale = num.hasScale;
  let leadExp = num.leadExp;
  if (
    suffix &&
    (prefix === null || suffix.unit === prefix.unit || suffix.unit === 'USD' || suffix.family === YUAN)
  ) {
    end = suffix.end;
    value = decShift(value, suffix.exp);
    if (suffix.symbolOrCode && !hasScale) {
      // "75 USD million"
      const scale = matchWesternScale(text, end, 'money');
      if (scale) {
        value = decShift(value, scale.exp);
        hasScale = true;
        leadExp = scale.exp;
        end = scale.end;
      }
    }
  } else {
    suffix = null;
  }
  if (prefix) value = decShift(value, prefix.exp);
  const main = prefix ?? suffix;
  const unit = main ? main.unit : null;
  const alternatives = main ? main.alternatives : undefined;

  if (suffix && unit !== '%' && unit !== 'pp') {
    // Minor units continue the amount: "3 dollars 50 cents", "50元6角3分".
    const family = suffix.family;
    for (let k = 0; k < 2; k++) {
      const minor = readMinor(text, end, unit!, family, lang);
      if (!minor) break;
      value = decAdd(value, minor.value);
      end = minor.end;
    }
  }
  return {
    start: prefix ? prefix.start : numStart,
    end,
    value,
    unit,
    alternatives,
    approx: num.approx,
    hasScale,
    leadExp,
    plain: !num.hasScale && !num.bareDigitChar,
    prefixed: prefix !== null,
  };
}
