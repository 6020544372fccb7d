/**
 * Qualifier words around an amount: "up to $50 billion", "최대 500억 달러", "少なくとも100億ドル",
 * "80억 달러 이상", "5000億ドルを超え", "300亿美元左右". Prefixes are matched backwards from the amount,
 * suffixes forwards from its end; both become part of the quantity's span.
 */
import { isAsciiLetter, isHangulSyllable, matchesAt, skipSpaces, skipSpacesBack } from './chars';
import type { Qualifier, QuantityLang } from './types';

interface QualifierWord {
  readonly text: string; // Latin words lower-case
  readonly q: Qualifier;
  /** Languages whose reading this is (以上: at_least in Japanese, more_than in Chinese). */
  readonly langs?: ReadonlyArray<QuantityLang>;
  /** Must touch the amount without a space (Korean "1조원대", English "-plus"). */
  readonly attached?: boolean;
}

const q = (text: string, qual: Qualifier, extra: Partial<QualifierWord> = {}): QualifierWord => ({
  text,
  q: qual,
  ...extra,
});
const ZH: ReadonlyArray<QuantityLang> = ['zh'];
const NOT_ZH: ReadonlyArray<QuantityLang> = ['ja', 'ko', 'en'];

const PREFIXES: QualifierWord[] = [
  // English
  q('up to', 'up_to'), q('as much as', 'up_to'), q('as high as', 'up_to'), q('as large as', 'up_to'),
  q('at most', 'up_to'), q('no more than', 'up_to'), q('a maximum of', 'up_to'), q('maximum of', 'up_to'),
  q('about', 'about'), q('around', 'about'), q('approximately', 'about'), q('approx.', 'about'),
  q('roughly', 'about'), q('nearly', 'about'), q('almost', 'about'), q('some', 'about'),
  q('an estimated', 'about'), q('estimated', 'about'), q('close to', 'about'), q('circa', 'about'),
  q('at least', 'at_least'), q('no less than', 'at_least'), q('not less than', 'at_least'),
  q('a minimum of', 'at_least'), q('minimum of', 'at_least'),
  q('more than', 'more_than'), q('over', 'more_than'), q('above', 'more_than'), q('exceeding', 'more_than'),
  q('in excess of', 'more_than'), q('north of', 'more_than'), q('upward of', 'more_than'),
  q('upwards of', 'more_than'), q('greater than', 'more_than'), q('just over', 'more_than'),
  q('well over', 'more_than'),
  q('less than', 'less_than'), q('under', 'less_than'), q('below', 'less_than'), q('fewer than', 'less_than'),
  q('just under', 'less_than'), q('south of', 'less_than'),
  // Korean
  q('최대', 'up_to'), q('최고', 'up_to'), q('많게는', 'up_to'), q('약', 'about'), q('대략', 'about'),
  q('거의', 'about'), q('얼추', 'about'), q('근', 'about'), q('최소', 'at_least'), q('적어도', 'at_least'),
  q('최저', 'at_least'), q('줄잡아', 'at_least'),
  // Japanese
  q('最大で', 'up_to'), q('最大', 'up_to'), q('最高で', 'up_to'), q('上限', 'up_to'), q('およそ', 'about'),
  q('凡そ', 'about'), q('ほぼ', 'about'), q('概ね', 'about'), q('少なくとも', 'at_least'),
  q('最低でも', 'at_least'), q('最低', 'at_least'),
  // Chinese (and shared Han forms)
  q('最高', 'up_to'), q('高达', 'up_to'), q('高達', 'up_to'), q('多达', 'up_to'), q('多達', 'up_to'),
  q('最多', 'up_to'), q('至多', 'up_to'), q('大约', 'about'), q('大約', 'about'), q('大概', 'about'),
  q('约合', 'about'), q('約合', 'about'), q('将近', 'about'), q('將近', 'about'), q('接近', 'about'),
  q('约', 'about'), q('約', 'about'), q('近', 'about'), q('至少', 'at_least'), q('不少于', 'at_least'),
  q('不少於', 'at_least'), q('不低于', 'at_least'), q('不低於', 'at_least'), q('最少', 'at_least'),
  q('超过', 'more_than'), q('超過', 'more_than'), q('多于', 'more_than'), q('多於', 'more_than'),
  q('高于', 'more_than'), q('高於', 'more_than'), q('逾', 'more_than'), q('超', 'more_than'),
  q('不到', 'less_than'), q('少于', 'less_than'), q('少於', 'less_than'), q('低于', 'less_than'),
  q('低於', 'less_than'), q('不足', 'less_than'), q('未满', 'less_than'), q('未滿', 'less_than'),
  // Symbol
  q('~', 'about'), q('～', 'about'),
].sort((a, b) => b.text.length - a.text.length);

const SUFFIXES: QualifierWord[] = [
  // English
  q('or more', 'at_least'), q('or so', 'about'), q('or less', 'up_to'), q('-plus', 'more_than', { attached: true }),
  // Korean (with the object particle where the verb needs one: "500억 달러를 넘어")
  q('이상', 'at_least'), q('이하', 'up_to'), q('미만', 'less_than'), q('초과', 'more_than'), q('넘게', 'more_than'),
  q('넘는', 'more_than'), q('남짓', 'about'), q('가량', 'about'), q('정도', 'about'), q('안팎', 'about'),
  q('내외', 'about'), q('이내', 'up_to'), q('대', 'about', { attached: true }),
  q('를 넘어', 'more_than'), q('을 넘어', 'more_than'), q('를 넘는', 'more_than'), q('을 넘는', 'more_than'),
  q('이 넘는', 'more_than'), q('가 넘는', 'more_than'), q('를 웃도는', 'more_than'), q('을 웃도는', 'more_than'),
  q('를 상회', 'more_than'), q('을 상회', 'more_than'), q('를 밑도는', 'less_than'), q('을 밑도는', 'less_than'),
  q('에 육박', 'about'),
  // Japanese
  q('を超える', 'more_than'), q('を超え', 'more_than'), q('を超す', 'more_than'), q('を上回る', 'more_than'),
  q('超え', 'more_than'), q('超', 'more_than'), q('余り', 'more_than'), q('あまり', 'more_than'),
  q('を下回る', 'less_than'), q('未満', 'less_than'), q('足らず', 'less_than'), q('強', 'about'), q('弱', 'about'),
  q('程度', 'about'), q('前後', 'about'), q('ほど', 'about'), q('近く', 'about'), q('くらい', 'about'),
  q('ぐらい', 'about'),
  // Japanese/Korean vs Chinese readings of the same characters
  q('以上', 'at_least', { langs: NOT_ZH }), q('以下', 'up_to', { langs: NOT_ZH }),
  q('以上', 'more_than', { langs: ZH }), q('以下', 'less_than', { langs: ZH }),
  // Chinese
  q('左右', 'about'), q('上下', 'about'), q('有余', 'more_than'), q('有餘', 'more_than'), q('多', 'more_than'),
  q('余', 'more_than'), q('餘', 'more_than'), q('出头', 'more_than'), q('出頭', 'more_than'), q('不到', 'less_than'),
].sort((a, b) => b.text.length - a.text.length);

/** Characters before 約/约 that make it part of a word: 契約 (contract), 予約, 节约, 条约 … */
const YUE_WORD_HEADS = new Set([...'契予節节条條公制規规签簽合違违履解集要婚盟協协特口誓密成預预和'].map((c) => c.charCodeAt(0)));
/** Characters before 近 that make it part of a word: 最近 (recently), 附近, 接近 is its own entry. */
const JIN_WORD_HEADS = new Set([...'最附亲親远遠邻鄰逼靠贴貼'].map((c) => c.charCodeAt(0)));

export interface QualifierMatch {
  readonly q: Qualifier;
  readonly start: number;
  readonly end: number;
}

function isLatinWord(text: string): boolean {
  return isAsciiLetter(text.charCodeAt(0));
}

/** A qualifier ending right before `pos` (spaces allowed between), not reaching below `floor`. */
export function matchPrefixQualifier(
  text: string,
  pos: number,
  floor: number,
  lang: QuantityLang,
): QualifierMatch | null {
  const p = skipSpacesBack(text, pos, 2, floor);
  for (const word of PREFIXES) {
    const start = p - word.text.length;
    if (start < floor || !matchesAt(text, start, word.text)) continue;
    if (word.langs && !word.langs.includes(lang)) continue;
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
export function matchSuffixQualifier(text: string, pos: number, lang: QuantityLang): QualifierMatch | null {
  const start = skipSpaces(text, pos, 1);
  for (const word of SUFFIXES) {
    if (word.attached && start !== pos) continue;
    if (!matchesAt(text, start, word.text)) continue;
    if (word.langs && !word.langs.includes(lang)) continue;
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
