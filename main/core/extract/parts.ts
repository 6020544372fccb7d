/**
 * Tranches and totals. "총 1000억 달러" / "in total" / "合計" / "总计" mark a total; "우선 150억 달러",
 * "350억 달러를 추가", "an additional $35 billion", "首期" mark a tranche. Looked for right next to
 * the amount (a few characters before, or the particle after) inside its clause. The article-level
 * rule (two amounts of one key add up to a third) is in article-pass.ts.
 */
import { isHangul, isLatinWordChar, type LangFamily } from './text-scripts';

export type Part = 'tranche' | 'total';

const TOTAL_BEFORE: Record<LangFamily, readonly string[]> = {
  ko: ['총', '총액', '합계', '모두 합쳐', '전체', '누적'],
  ja: ['合計', '総額', '総計', '計', '全体で', '累計'],
  zh: ['总计', '總計', '共计', '共計', '总额', '總額', '合计', '合計', '总共', '總共', '累计', '累計', '共'],
  en: [
    'in total',
    'a total of',
    'total of',
    'totaling',
    'totalling',
    'combined',
    'altogether',
    'in all',
    'total',
  ],
};
const TOTAL_AFTER: Record<LangFamily, readonly string[]> = {
  ko: ['를 모두', '을 모두'],
  ja: ['に上る', 'にのぼる'],
  zh: [],
  en: ['in total', 'in all', 'altogether', 'combined'],
};
const TRANCHE_BEFORE: Record<LangFamily, readonly string[]> = {
  ko: [
    '우선',
    '먼저',
    '1차',
    '2차',
    '3차',
    '첫',
    '추가로',
    '추가',
    '나머지',
    '잔여',
    '초기',
    '1단계',
    '2단계',
  ],
  ja: [
    'まず',
    '第1弾',
    '第2弾',
    '第一弾',
    '追加で',
    '追加の',
    '追加出資',
    '追加投資',
    '追加',
    '残り',
    '残る',
    '初回',
    '当初',
  ],
  zh: [
    '首期',
    '首批',
    '第一期',
    '第二期',
    '追加投资',
    '追加投資',
    '追加',
    '另外',
    '其余',
    '剩余',
    '额外投资',
    '额外',
    '額外',
  ],
  en: [
    'an initial',
    'initial',
    'first tranche of',
    'an additional',
    'additional',
    'another',
    'a further',
    'further',
    'the remaining',
    'remaining',
  ],
};
const TRANCHE_AFTER: Record<LangFamily, readonly string[]> = {
  ko: ['를 추가', '을 추가', '를 우선', '을 우선', '를 먼저', '을 먼저'],
  ja: ['を追加', 'を上乗せ', 'の追加'],
  zh: [],
  en: ['in a first tranche', 'in the first tranche', 'upfront', 'up front'],
};

// Qualifier words between a part cue and the amount ("우선 약 150억", "an additional up to $5B").
const QUALIFIER_WORDS = [
  '약',
  '최대',
  '최소',
  '대략',
  '무려',
  '約',
  '最大',
  '少なくとも',
  'およそ',
  '约',
  '約',
  '最多',
  '至少',
  '高达',
  '高達',
  'about',
  'up to',
  'around',
  'nearly',
  'roughly',
  'some',
  'approximately',
  'at least',
  'as much as',
  'more than',
  'over',
  '$',
  'us$',
];

const PARTICLES = 'はがもの은는이가도의为是达為達';
function stripParticle(s: string): string {
  return s.length > 1 && PARTICLES.includes(s[s.length - 1]!) ? s.slice(0, -1).trimEnd() : s;
}

function stripQualifiers(s: string): string {
  let out = s;
  for (let changed = true; changed;) {
    changed = false;
    for (const q of QUALIFIER_WORDS)
      if (out.endsWith(q)) {
        out = out.slice(0, -q.length).trimEnd();
        changed = true;
      }
  }
  return out;
}

/** Does `before` (trimmed) end with a cue that is a whole word? */
function endsWithCue(before: string, cues: readonly string[], lang: LangFamily): boolean {
  for (const c of cues) {
    if (!before.endsWith(c)) continue;
    const b = before.length - c.length - 1;
    if (b < 0) return true;
    const prev = before.charCodeAt(b);
    // "전체" must not be the tail of a longer Hangul word, "total" of a longer Latin word.
    if (lang === 'en' && isLatinWordChar(prev)) continue;
    if (lang === 'ko' && isHangul(prev)) continue;
    return true;
  }
  return false;
}

/**
 * `before`: clause text right before the amount (≤ 16 chars); `after`: right after it (≤ 12 chars,
 * past any parenthesised restatement).
 */
export function partOf(before: string, after: string, lang: LangFamily): Part | null {
  // A cue may be the topic right before the amount: "出資総額は約347億ドル", "총액은 1000억 달러".
  const b = stripParticle(stripQualifiers((lang === 'en' ? before.toLowerCase() : before).trimEnd()));
  const a = (lang === 'en' ? after.toLowerCase() : after).trimStart();
  if (endsWithCue(b, TOTAL_BEFORE[lang], lang) || TOTAL_AFTER[lang].some((c) => a.startsWith(c)))
    return 'total';
  if (endsWithCue(b, TRANCHE_BEFORE[lang], lang) || TRANCHE_AFTER[lang].some((c) => a.startsWith(c)))
    return 'tranche';
  return null;
}

// Sentence-opening phrases that make the sentence's amounts totals ("In total, …", "合計で、…").
const TOTAL_LEAD: Record<LangFamily, readonly string[]> = {
  ko: ['모두 합쳐', '다 합쳐', '총합', '통틀어'],
  ja: ['合計で', '総額で', '全体で', '累計で'],
  zh: ['总计', '總計', '合计', '合計', '总共', '總共', '累计', '累計'],
  en: ['in total', 'all told', 'altogether', 'in all', 'combined'],
};

/** 'total' when the sentence opens with a totalling phrase in a clause of its own. */
export function leadPart(firstClause: string, lang: LangFamily): Part | null {
  const t = (lang === 'en' ? firstClause.toLowerCase() : firstClause).trim();
  return TOTAL_LEAD[lang].some((w) => t.startsWith(w) && t.length <= w.length + 2) ? 'total' : null;
}
