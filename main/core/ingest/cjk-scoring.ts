/**
 * Scoring candidate CJK decodings of the same bytes, for texts too short for jschardet.
 *
 * Each legacy CJK charset orders its repertoire so that the first block holds the characters
 * in everyday use (KS X 1001 Hangul, JIS level-1 kanji + kana, GB2312 level 1, Big5 frequent
 * characters). Decoding those byte ranges with TextDecoder yields, per charset, the set of
 * "expected" characters. Wrong decodings of the same bytes land mostly outside that set
 * (rare hanzi, PUA, half-width kana, bopomofo…). No hand-written character table is involved:
 * the sets come from the standards' own layout.
 */
import type { CjkCharset } from './charset-labels';

interface ByteRange {
  readonly lead: readonly [number, number];
  readonly trail: readonly [number, number];
}

// Lead/trail byte ranges of the "common" block of each charset (punctuation rows included).
const COMMON_RANGES: Readonly<Record<CjkCharset, ReadonlyArray<ByteRange>>> = {
  'euc-kr': [
    { lead: [0xa1, 0xa1], trail: [0xa1, 0xfe] }, // punctuation
    { lead: [0xb0, 0xc8], trail: [0xa1, 0xfe] }, // 2,350 Hangul syllables
  ],
  shift_jis: [
    { lead: [0x81, 0x81], trail: [0x40, 0xac] }, // punctuation
    { lead: [0x82, 0x83], trail: [0x40, 0xfc] }, // digits, latin, hiragana, katakana
    { lead: [0x88, 0x98], trail: [0x40, 0xfc] }, // JIS level-1 kanji
  ],
  gb18030: [
    { lead: [0xa1, 0xa1], trail: [0xa1, 0xfe] }, // punctuation
    { lead: [0xa3, 0xa3], trail: [0xa1, 0xfe] }, // full-width forms
    { lead: [0xb0, 0xd7], trail: [0xa1, 0xfe] }, // GB2312 level 1
  ],
  big5: [
    { lead: [0xa1, 0xa1], trail: [0x40, 0xfe] }, // punctuation
    { lead: [0xa4, 0xc6], trail: [0x40, 0xfe] }, // frequently used characters
  ],
};

const commonSets = new Map<CjkCharset, Set<number>>();

function commonSet(charset: CjkCharset): Set<number> {
  let set = commonSets.get(charset);
  if (set) return set;
  set = new Set<number>();
  const decoder = new TextDecoder(charset);
  for (const range of COMMON_RANGES[charset]) {
    for (let lead = range.lead[0]; lead <= range.lead[1]; lead++) {
      for (let trail = range.trail[0]; trail <= range.trail[1]; trail++) {
        const text = decoder.decode(new Uint8Array([lead, trail]));
        const cp = text.codePointAt(0);
        if (text.length === 1 && cp !== undefined && cp !== 0xfffd && cp > 0x7f) set.add(cp);
      }
    }
  }
  commonSets.set(charset, set);
  return set;
}

const HAN = /\p{Script=Han}/u;

/**
 * Share (0..1) of the non-ASCII characters that fall in the charset's common block.
 * Korean text separates words with spaces; read as Chinese or Japanese it becomes hanzi
 * separated by spaces, which those languages do not write — that pattern is penalised.
 */
export function scoreCjkDecoding(text: string, charset: CjkCharset): number {
  const common = commonSet(charset);
  let nonAscii = 0;
  let hits = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    nonAscii += 1;
    if (cp === 0xfffd) return 0;
    // Any Hangul syllable is Korean script: CP949 adds 8,822 syllables beyond the common block.
    if (common.has(cp) || (charset === 'euc-kr' && cp >= 0xac00 && cp <= 0xd7a3)) hits += 1;
  }
  if (nonAscii === 0) return 0;
  let score = hits / nonAscii;
  if (charset !== 'euc-kr') {
    const spacedHan = countSpacedHan(text);
    if (spacedHan > 0) score *= Math.max(0, 1 - (4 * spacedHan) / nonAscii);
  }
  return score;
}

function countSpacedHan(text: string): number {
  let count = 0;
  for (let i = 1; i + 1 < text.length; i++) {
    if (text[i] === ' ' && HAN.test(text[i - 1] ?? '') && HAN.test(text[i + 1] ?? '')) count += 1;
  }
  return count;
}
