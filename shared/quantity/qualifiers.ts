/**
 * Qualifier words around an amount: "up to $50 billion", "최대 500억 달러", "少なくとも100億ドル",
 * "80억 달러 이상", "5000億ドルを超え", "300亿美元左右". Prefixes are matched backwards from the amount,
 * suffixes forwards from its end; both become part of the quantity's span.
 */
import { isAsciiLetter, isHangulSyllable, lowerAscii, matchesAt, skipSpaces, skipSpacesBack } from './chars';
import type { Qualifier, QuantityLang } from './types';
import type { LangSource } from './unitMatch';

interface QualifierWord {
  readonly text: string; // Latin words lower-case
  readonly q: Qualifier;
  /** Languages whose reading this is (以上: at_least in Japanese, more_than in Chinese). */
  readonly langs?: ReadonlyArray<QuantityLang>;
  /** Must touch the amount without a space (Korean "1조원대", English "-plus"). */
  readonly attached?: boolean;
}

type Group = readonly [qualifier: Qualifier, words: string, extra?: Partial<QualifierWord>];
const ZH: ReadonlyArray<QuantityLang> = ['zh'];
const NOT_ZH: ReadonlyArray<QuantityLang> = ['ja', 'ko', 'en'];

function words(groups: ReadonlyArray<Group>): QualifierWord[] {
  return groups
    .flatMap(([q, list, extra]) => list.split('|').map((text) => ({ text, q, ...extra })))
    .sort((a, b) => b.text.length - a.text.length);
}

/** Before the amount; '|' separates words (several contain spaces). */
const PREFIXES = words([
  // English
  ['up_to', 'up to|as much as|as high as|as large as|at most|no more than|a maximum of|maximum of'],
  [
    'about',
    'about|around|approximately|approx.|roughly|nearly|almost|some|an estimated|estimated|close to|circa',
  ],
  ['at_least', 'at least|no less than|not less than|a minimum of|minimum of'],
  ['more_than', 'more than|over|above|exceeding|in excess of|north of|upward of|upwards of|greater than'],
  ['more_than', 'just over|well over'],
  ['less_than', 'less than|under|below|fewer than|just under|south of'],
  // Korean
  ['up_to', '최대|최고|많게는'],
  ['about', '약|대략|거의|얼추|근'],
  ['at_least', '최소|적어도|최저|줄잡아'],
  // Japanese
  ['up_to', '最大で|最大|最高で|上限'],
  ['about', 'およそ|凡そ|ほぼ|概ね'],
  ['at_least', '少なくとも|最低でも|最低'],
  // Chinese (and Han forms shared with Japanese)
  ['up_to', '最高|高达|高達|多达|多達|最多|至多'],
  ['about', '大约|大約|大概|约合|約合|将近|將近|接近|约|約|近'],
  ['at_least', '至少|不少于|不少於|不低于|不低於|最少'],
  ['more_than', '超过|超過|多于|多於|高于|高於|逾|超'],
  ['less_than', '不到|少于|少於|低于|低於|不足|未满|未滿'],
  // Symbols
  ['about', '~|～'],
]);

/** After the amount. */
const SUFFIXES = words([
  // English
  ['at_least', 'or more'],
  ['about', 'or so'],
  ['up_to', 'or less'],
  ['more_than', '-plus', { attached: true }],
  // Korean (with the object particle where the verb takes one: "500억 달러를 넘어")
  ['at_least', '이상'],
  ['up_to', '이하|이내'],
  ['less_than', '미만|를 밑도는|을 밑도는'],
  [
    'more_than',
    '초과|넘게|넘는|를 넘어|을 넘어|를 넘는|을 넘는|이 넘는|가 넘는|를 웃도는|을 웃도는|를 상회|을 상회',
  ],
  ['about', '남짓|가량|정도|안팎|내외|에 육박'],
  ['about', '대', { attached: true }], // "1000억원대"
  // Japanese
  ['more_than', 'を超える|を超え|を超す|を上回る|超え|超|余り|あまり'],
  ['less_than', 'を下回る|未満|足らず'],
  ['about', '強|弱|程度|前後|ほど|近く|くらい|ぐらい'],
  // Same characters, different readings: 以上 is "at least" in Japanese, "more than" in Chinese.
  ['at_least', '以上', { langs: NOT_ZH }],
  ['up_to', '以下', { langs: NOT_ZH }],
  ['more_than', '以上', { langs: ZH }],
  ['less_than', '以下', { langs: ZH }],
  // Chinese
  ['about', '左右|上下'],
  ['more_than', '有余|有餘|多|余|餘|出头|出頭'],
  ['less_than', '不到'],
]);

/** Characters before 約/约 that make it part of a word: 契約 (contract), 予約, 节约, 条约 … */
const YUE_WORD_HEADS = new Set(
  [...'契予節节条條公制規规签簽合違违履解集要婚盟協协特口誓密成預预和'].map((c) => c.charCodeAt(0)),
);
/** Characters before 近 that make it part of a word: 最近 (recently), 附近, 接近 is its own entry. */
const JIN_WORD_HEADS = new Set([...'最附亲親远遠邻鄰逼靠贴貼'].map((c) => c.charCodeAt(0)));

export interface QualifierMatch {
  readonly q: Qualifier;
  readonly start: number;
  readonly end: number;
}

function index(words: QualifierWord[], keyAt: (w: string) => number): Map<number, QualifierWord[]> {
  const map = new Map<number, QualifierWord[]>();
  for (const word of words) {
    const key = lowerAscii(keyAt(word.text));
    const list = map.get(key) ?? [];
    list.push(word);
    map.set(key, list);
  }
  return map;
}
/** Prefixes by their last character (they are matched backwards), suffixes by their first. */
const PREFIX_INDEX = index(PREFIXES, (w) => w.charCodeAt(w.length - 1));
const SUFFIX_INDEX = index(SUFFIXES, (w) => w.charCodeAt(0));

function isLatinWord(text: string): boolean {
  return isAsciiLetter(text.charCodeAt(0));
}

/** A qualifier ending right before `pos` (spaces allowed between), not reaching below `floor`. */
export function matchPrefixQualifier(
  text: string,
  pos: number,
  floor: number,
  lang: LangSource,
): QualifierMatch | null {
  const p = skipSpacesBack(text, pos, 2, floor);
  if (p <= floor) return null;
  const list = PREFIX_INDEX.get(lowerAscii(text.charCodeAt(p - 1)));
  if (!list) return null;
  for (const word of list) {
    const start = p - word.text.length;
    if (start < floor || !matchesAt(text, start, word.text)) continue;
    if (word.langs && !word.langs.includes(lang.get())) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (isLatinWord(word.text)) {
      if (isAsciiLetter(before) || p === pos) continue; // whole word, and a space before the amount
    } else if (isHangulSyllable(word.text.charCodeAt(0))) {
      if (isHangulSyllable(before)) continue; // 계약 is not 약, 부근 is not 근
    } else if (word.text === '約' || word.text === '约') {
      if (YUE_WORD_HEADS.has(before)) continue;
    } else if (word.text === '近') {
      if (JIN_WORD_HEADS.has(before)) continue;
    }
    return { q: word.q, start, end: pos };
  }
  return null;
}

/** A qualifier starting at `pos` (after at most one space), right after the amount. */
export function matchSuffixQualifier(text: string, pos: number, lang: LangSource): QualifierMatch | null {
  const start = skipSpaces(text, pos, 1);
  const list = SUFFIX_INDEX.get(lowerAscii(text.charCodeAt(start)));
  if (!list) return null;
  for (const word of list) {
    if (word.attached && start !== pos) continue;
    if (!matchesAt(text, start, word.text)) continue;
    if (word.langs && !word.langs.includes(lang.get())) continue;
    const end = start + word.text.length;
    if (isLatinWord(word.text) && end < text.length && isAsciiLetter(text.charCodeAt(end))) continue;
    return { q: word.q, start: pos, end };
  }
  return null;
}

/** Is `word` (lower-case Latin) the word right before pos? Returns its start or -1. */
export function wordBefore(text: string, pos: number, floor: number, word: string): number {
  const p = skipSpacesBack(text, pos, 2, floor);
  const start = p - word.length;
  if (p === pos || start < floor || !matchesAt(text, start, word)) return -1;
  if (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) return -1;
  return start;
}
