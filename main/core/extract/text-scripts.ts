/**
 * Character classes and language families, on char codes (no regex with the `u` flag: the
 * extraction path must stay fast, see PITFALLS.md).
 */

/** The grammars the claim builder knows. Traditional and Simplified Chinese share one grammar. */
export type LangFamily = 'en' | 'ko' | 'ja' | 'zh';

export const isHangul = (c: number): boolean =>
  (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
export const isKana = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f);
export const isHan = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
export const isCjk = (c: number): boolean => isHangul(c) || isKana(c) || isHan(c);
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Letters and digits that form Latin words (ASCII, fullwidth, Latin-1/Extended letters). */
export function isLatinWordChar(c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || isDigit(c);
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

export const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 10 || c === 13;

/** 'ko-KR' → ko, 'zh-Hant' → zh, 'ja' → ja, 'en-US' → en; anything else → null. */
export function langFamily(lang: string | null | undefined): LangFamily | null {
  if (!lang) return null;
  const l = lang.toLowerCase();
  if (l.startsWith('ko') || l === 'kor') return 'ko';
  if (l.startsWith('ja') || l === 'jpn') return 'ja';
  if (l.startsWith('zh') || l === 'cmn' || l === 'zho') return 'zh';
  if (l.startsWith('en') || l === 'eng') return 'en';
  return null;
}

/**
 * Guesses the grammar of text[start, end) from its script: any kana → ja, Hangul → ko, Han → zh,
 * else en. `fallback` decides Han-only text (a Japanese sentence without kana is rare but exists).
 */
export function detectLang(
  text: string,
  start = 0,
  end = text.length,
  fallback: LangFamily | null = null,
): LangFamily {
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let latin = 0;
  // Sampling caps the cost on very long inputs; the script mix of the first 4k chars is enough.
  const stop = Math.min(end, start + 4000);
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (isAsciiLetter(c)) latin++;
    } else if (isHangul(c)) hangul++;
    else if (isKana(c)) kana++;
    else if (isHan(c)) han++;
  }
  if (kana > 0 && kana * 20 >= hangul) return 'ja';
  if (hangul > 0 && hangul * 4 >= latin / 4) return 'ko';
  if (han > 0) return fallback === 'ja' ? 'ja' : han * 2 >= latin / 4 ? 'zh' : (fallback ?? 'en');
  return 'en';
}
