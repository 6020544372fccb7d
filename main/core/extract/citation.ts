/**
 * Cited source: an outlet named in the sentence together with a reporting word ("CNBC에 따르면",
 * "디인포메이션은 … 보도했다", "according to Reuters", "ロイターが報じた", "「The Information」の報道に
 * よると", "据彭博报道"). The outlet nearest to a reporting word wins. Paragraph-level
 * inheritance is done by the caller.
 */
import type { Mention } from './lexicon-matcher';
import { isLatinWordChar, type LangFamily } from './text-scripts';

const CUES: Record<LangFamily, readonly string[]> = {
  ko: ['따르면', '보도', '전했', '인용', '보고서', '소식통'],
  ja: ['によると', 'によれば', '報道', '報じ', '伝え', '伝わ'],
  zh: ['据', '據', '报道', '報導', '报导', '援引', '消息', '称', '稱', '指出'],
  en: [
    'according to',
    'reported',
    'reports',
    'report',
    'reporting',
    'citing',
    'cited',
    'said',
    'says',
    'told',
    'wrote',
    'writes',
  ],
};

function cuePositions(sentence: string, lang: LangFamily): number[] {
  const out: number[] = [];
  const hay = lang === 'en' ? sentence.toLowerCase() : sentence;
  for (const w of CUES[lang]) {
    for (let i = hay.indexOf(w); i >= 0; i = hay.indexOf(w, i + 1)) {
      if (lang === 'en') {
        const b = i === 0 ? 32 : hay.charCodeAt(i - 1);
        const a = i + w.length < hay.length ? hay.charCodeAt(i + w.length) : 32;
        if (isLatinWordChar(b) || isLatinWordChar(a)) continue;
      }
      out.push(i, i + w.length);
    }
  }
  return out;
}

/**
 * Entity id of the outlet cited in the sentence text[from, to), or null.
 * `outlets`: outlet mentions inside the sentence (absolute positions).
 */
export function citedOutlet(
  text: string,
  from: number,
  to: number,
  outlets: readonly Mention[],
  lang: LangFamily,
): string | null {
  if (outlets.length === 0) return null;
  const sentence = text.slice(from, to);
  // Reporting words of the article's language, plus English ones (English quotes in CJK articles).
  const cues =
    lang === 'en'
      ? cuePositions(sentence, 'en')
      : [...cuePositions(sentence, lang), ...cuePositions(sentence, 'en')];
  if (cues.length === 0) return null;
  let best: string | null = null;
  let bestDist = Infinity;
  for (const o of outlets) {
    const s = o.start - from;
    const e = o.end - from;
    for (const p of cues) {
      const d = p < s ? s - p : p > e ? p - e : 0;
      if (d < bestDist) {
        bestDist = d;
        best = o.id;
      }
    }
  }
  return best;
}
