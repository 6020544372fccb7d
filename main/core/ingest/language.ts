/**
 * Language of an article: script first (exact and fast for CJK), franc for the rest.
 *
 * franc alone mislabels short English as Scots or Low German, so it is restricted to
 * languages that news batches realistically contain, and English — by far the most common
 * non-CJK language here — is recognised first by its function words (also much faster
 * than franc: it matters at 2,000 articles/s).
 */
import { franc } from 'franc';

/** ISO 639-3 (franc) → ISO 639-1, for the languages franc may answer. */
const FRANC_LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  tur: 'tr',
  vie: 'vi',
  ind: 'id',
  tha: 'th',
  arb: 'ar',
  heb: 'he',
  hin: 'hi',
  swe: 'sv',
  dan: 'da',
  nob: 'nb',
  fin: 'fi',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  ell: 'el',
  bul: 'bg',
  cat: 'ca',
  zlm: 'ms',
  pes: 'fa',
  ben: 'bn',
  tgl: 'tl',
};
const FRANC_ONLY = Object.keys(FRANC_LANGUAGES);

const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'that',
  'is',
  'was',
  'for',
  'with',
  'said',
  'its',
  'has',
  'have',
  'from',
  'which',
  'this',
  'will',
  'would',
  'are',
  'were',
  'by',
  'on',
]);

/** Below this many letters a guess is noise. */
const MIN_LETTERS = 12;
const SAMPLE = 2000;

export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters += 1;
      continue;
    }
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
      hangul += 1;
    else if ((c >= 0x3041 && c <= 0x309f) || (c >= 0x30a0 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9d))
      kana += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
      han += 1;
    else if (/\p{L}/u.test(sample[i] ?? '')) letters += 1;
  }
  const cjk = hangul + kana + han;
  // One CJK character carries about as much as a short word: weigh them so mixed text
  // ("OpenAI에 500억 달러") is judged by its CJK part.
  if (cjk >= 2 && cjk * 3 >= letters * 0.3) {
    if (hangul >= kana && hangul * 5 >= cjk) return 'ko';
    if (kana > 0 && kana * 20 >= cjk) return 'ja';
    if (hangul > 0 && hangul >= kana) return 'ko';
    return 'zh';
  }
  if (letters + cjk < MIN_LETTERS) return null;
  if (looksEnglish(sample)) return 'en';
  const code = franc(sample.slice(0, 1000), { only: FRANC_ONLY, minLength: 20 });
  return FRANC_LANGUAGES[code] ?? null;
}

function looksEnglish(sample: string): boolean {
  const words = sample
    .slice(0, 1000)
    .toLowerCase()
    .match(/[a-z']+/g);
  if (!words || words.length < 4) return false;
  let hits = 0;
  for (const word of words) if (ENGLISH_WORDS.has(word)) hits += 1;
  return hits >= 2 && hits / words.length >= 0.1;
}

/** 'ko-KR' → 'ko', 'zh-Hant-TW' → 'zh', 'English' → 'en'; null when not a language tag. */
export function normalizeLanguageTag(value: string | null | undefined): string | null {
  if (!value) return null;
  const tag = value.trim().toLowerCase().replace(/_/g, '-');
  const names: Record<string, string> = {
    english: 'en',
    korean: 'ko',
    japanese: 'ja',
    chinese: 'zh',
    french: 'fr',
    german: 'de',
    spanish: 'es',
  };
  if (names[tag]) return names[tag] ?? null;
  const primary = tag.split('-')[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (/^[a-z]{3}$/.test(primary))
    return (
      FRANC_LANGUAGES[primary] ??
      (primary === 'kor'
        ? 'ko'
        : primary === 'jpn'
          ? 'ja'
          : primary === 'zho' || primary === 'cmn'
            ? 'zh'
            : null)
    );
  return null;
}
