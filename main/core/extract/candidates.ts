/**
 * Organisations the lexicon does not know, proposed for the analyst to confirm: names with a legal
 * form (Inc., Corp., Ltd., 주식회사/㈜, 株式会社, 公司/集团) and capitalised multi-word Latin names,
 * looked for only in sentences that carry an amount. Patterns are bounded (no nested open-ended
 * repetition) and run per sentence, never over the whole article.
 */
import type { Span } from '../../../shared/quantity/types';
import type { Mention } from './lexicon-matcher';
import type { LangFamily } from './text-scripts';

export interface CandidateEntity {
  name: string;
  /** Absolute span of the name in the text it was found in. */
  span: Span;
  reason: 'legal-form' | 'capitalized-name';
}

const EN_LEGAL =
  /\b((?:[A-Z][\w&'.-]{0,20}\s){0,3}[A-Z][\w&'.-]{0,20}),?\s(Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|LLC|PLC|GmbH|AG|Co\.|Holdings|Capital|Partners|Ventures|Technologies|Labs?|Systems|Industries|Robotics|AI)(?![\w])/g;
const EN_CAPS = /\b([A-Z][a-z0-9]{1,20}(?:\s[A-Z][A-Za-z0-9]{1,20}){1,3})\b/g;
/**
 * CJK legal forms: [form, where the name is]. 'before' = the name precedes the form (X株式会社),
 * 'after' = it follows (株式会社X), 'either' = whichever side has a name; 'suffix' = the form is part
 * of the name (X홀딩스, X公司).
 */
type Side = 'before' | 'after' | 'either' | 'suffix';
const CJK_FORMS: Record<'ko' | 'ja' | 'zh', ReadonlyArray<readonly [string, Side]>> = {
  ko: [
    ['주식회사', 'after'],
    ['(주)', 'either'],
    ['㈜', 'either'],
    ['홀딩스', 'suffix'],
    ['캐피털', 'suffix'],
    ['캐피탈', 'suffix'],
    ['파트너스', 'suffix'],
    ['벤처스', 'suffix'],
    ['자산운용', 'suffix'],
  ],
  ja: [
    ['株式会社', 'either'],
    ['(株)', 'either'],
    ['ホールディングス', 'suffix'],
  ],
  zh: [
    ['公司', 'suffix'],
    ['集团', 'suffix'],
    ['集團', 'suffix'],
    ['控股', 'suffix'],
    ['资本', 'suffix'],
    ['資本', 'suffix'],
  ],
};
const KO_PARTICLE_TAIL = '이가은는을를의에와과도';
const NAME_MAX: Record<'ko' | 'ja' | 'zh', number> = { ko: 15, ja: 15, zh: 10 };
const isNameChar = (c: number, lang: 'ko' | 'ja' | 'zh'): boolean =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (lang === 'ko'
    ? c >= 0xac00 && c <= 0xd7a3
    : (c >= 0x4e00 && c <= 0x9fff) || (lang === 'ja' && ((c >= 0x30a0 && c <= 0x30ff) || c === 0x30fc)));
// Chinese function characters: a name cannot run across them (英伟达向深度求索公司 → 深度求索).
const ZH_BREAK = '向对對给給与與和从從由被将將据據在的是了获獲及、以为為於于把拟擬已称稱';
const EN_STOP_FIRST = new Set(
  'The A An In On At According Last This That These Those But And Or If When While After Before Since During For From With By As Its Their Our Mr Ms Mrs Dr Chief Chairman President CEO Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** Chinese has no spaces: a name cannot run across a function character or a known entity. */
function cutChinese(
  sentence: string,
  b: number,
  at: number,
  from: number,
  known: readonly Mention[],
): number {
  let start = b;
  for (let i = at - 1; i >= b; i--)
    if (ZH_BREAK.includes(sentence[i]!)) {
      start = i + 1;
      break;
    }
  for (const k of known) if (k.end - from > start && k.end - from <= at) start = k.end - from;
  return start;
}

export function findCandidates(
  text: string,
  from: number,
  to: number,
  lang: LangFamily,
  known: readonly Mention[],
): CandidateEntity[] {
  const sentence = text.slice(from, to);
  const out: CandidateEntity[] = [];
  const overlapsKnown = (s: number, e: number): boolean => known.some((m) => m.start < e && m.end > s);
  const add = (name: string, start: number, reason: CandidateEntity['reason']): void => {
    const n = name.trim();
    if (n.length < 2) return;
    const s = from + start + name.indexOf(n);
    const e = s + n.length;
    if (overlapsKnown(s, e) || out.some((c) => c.name === n)) return;
    out.push({ name: n, span: [s, e], reason });
  };
  const run = (re: RegExp, each: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) each(m);
  };
  // Latin names can appear in any language's article.
  if (/[A-Z]/.test(sentence))
    run(EN_LEGAL, (m) => {
      const words = m[0].split(/\s/);
      while (words.length > 1 && EN_STOP_FIRST.has(words[0]!)) words.shift();
      const name = words.join(' ');
      add(name, m.index + m[0].length - name.length, 'legal-form');
    });
  if (lang === 'en')
    run(EN_CAPS, (m) => {
      const words = m[1]!.split(' ');
      let skip = 0;
      while (skip < words.length && EN_STOP_FIRST.has(words[skip]!)) skip++;
      const rest = words.slice(skip);
      if (rest.length < 2) return;
      const name = rest.join(' ');
      add(name, m.index + m[0].length - name.length, 'capitalized-name');
    });
  if (lang === 'ko' || lang === 'ja' || lang === 'zh') {
    for (const [form, side] of CJK_FORMS[lang]) {
      for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + form.length)) {
        let b = at;
        while (b > 0 && at - b < NAME_MAX[lang] && isNameChar(sentence.charCodeAt(b - 1), lang)) b--;
        if (lang === 'zh') b = cutChinese(sentence, b, at, from, known);
        let e = at + form.length;
        const afterStart = e < sentence.length && sentence[e] === ' ' ? e + 1 : e;
        e = afterStart;
        while (
          e < sentence.length &&
          e - afterStart < NAME_MAX[lang] &&
          isNameChar(sentence.charCodeAt(e), lang)
        )
          e++;
        const hasBefore = at - b >= 2;
        const hasAfter = e - afterStart >= 2;
        if (side === 'suffix' && hasBefore) add(sentence.slice(b, at + form.length), b, 'legal-form');
        else if ((side === 'before' || side === 'either') && hasBefore)
          add(sentence.slice(b, at), b, 'legal-form');
        else if ((side === 'after' || side === 'either') && hasAfter) {
          // Korean names run into their particle: "주식회사 리벨리온이" → 리벨리온.
          if (lang === 'ko' && e - afterStart > 2 && KO_PARTICLE_TAIL.includes(sentence[e - 1]!)) e--;
          add(sentence.slice(afterStart, e), afterStart, 'legal-form');
        }
      }
    }
  }
  return out;
}
