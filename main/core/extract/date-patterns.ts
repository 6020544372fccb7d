/**
 * Date expressions in one sentence, per language family: absolute dates, relative ones (지난해 9월,
 * 先月, last month, on Thursday), years, quarters. Patterns are linear and only tried when the
 * sentence contains one of their hint words. Resolution against the article date is in as-of.ts.
 */
import type { LangFamily } from './text-scripts';

/** A date expression found in a sentence; fields are null when the text does not say them. */
export interface Found {
  start: number;
  end: number;
  kind: 'date' | 'year' | 'quarter';
  /** "since 2019", "2019년부터", "2019年以降": a starting point, not the period itself. */
  since?: boolean;
  y: number | null;
  yRel: number | null;
  m: number | null;
  mRel: number | null;
  d: number | null;
  dRel: number | null;
  q: number | null;
}

const REL_YEAR: Record<string, number> = {
  지난해: -1,
  '지난 해': -1,
  작년: -1,
  올해: 0,
  금년: 0,
  내년: 1,
  昨年: -1,
  去年: -1,
  前年: -1,
  今年: 0,
  本年: 0,
  来年: 1,
  來年: 1,
  明年: 1,
  last: -1,
  this: 0,
  next: 1,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORD: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
};
const REL_Y = '(지난해|지난 해|작년|올해|금년|내년|昨年|去年|前年|今年|本年|来年|來年|明年)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

type Maker = (m: RegExpExecArray) => Omit<Found, 'start' | 'end'> | null;
/** A pattern, its reading, and words one of which the sentence must contain for it to be tried. */
type Pattern = [RegExp, Maker, readonly string[] | null];
const base = { y: null, yRel: null, m: null, mRel: null, d: null, dRel: null, q: null } as const;
const num = (s: string | undefined): number | null => (s === undefined ? null : +s);
const year = (s: string | undefined): number | null => {
  const y = num(s);
  return y !== null && y >= 1990 && y <= 2100 ? y : null;
};

// Ordered: earlier patterns win where matches overlap. All are linear (no nested quantifiers).
const CJK_PATTERNS: Pattern[] = [
  [
    /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g,
    (m) => ({ ...base, kind: 'date', y: year(m[1]), m: num(m[2]), d: num(m[3]) }),
    ['-', '/', '.'],
  ],
  [
    /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?/g,
    (m) => ({ ...base, kind: 'date', y: year(m[1]), m: num(m[2]), d: num(m[3]) }),
    ['年', '년'],
  ],
  [
    new RegExp(`${REL_Y}\\s*(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日일])?`, 'g'),
    (m) => ({ ...base, kind: 'date', yRel: REL_YEAR[m[1]!] ?? 0, m: num(m[2]), d: num(m[3]) }),
    ['年', '해', '작년', '금년', '내년'],
  ],
  [
    /(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
    (m) => ({ ...base, kind: 'date', m: num(m[1]), d: num(m[2]) }),
    ['月', '월'],
  ],
  [
    /(?<![\d.])(\d{1,2})\s*[月월](?!\s*\d|期)/g,
    (m) => ({ ...base, kind: 'date', m: num(m[1]) }),
    ['月', '월'],
  ],
  [
    /(?<![\d月월.])(\d{1,2})\s*[日일](?![간間당あ])/g,
    (m) => ({ ...base, kind: 'date', d: num(m[1]) }),
    ['日', '일'],
  ],
  [
    /(지난달|지난 달|전월|先月|上个月|上個月|上月)/g,
    () => ({ ...base, kind: 'date', mRel: -1 }),
    ['지난', '전월', '先月', '上'],
  ],
  [
    /(이번 달|이달|今月|本月|当月)/g,
    () => ({ ...base, kind: 'date', mRel: 0 }),
    ['이번', '이달', '今月', '本月', '当月'],
  ],
  [/(어제|昨日|昨天)/g, () => ({ ...base, kind: 'date', dRel: -1 }), ['어제', '昨日', '昨天']],
  [
    /(지난주|지난 주|先週|上周|上週)/g,
    () => ({ ...base, kind: 'date', dRel: -7 }),
    ['지난', '先週', '上周', '上週'],
  ],
  [
    /(?:(\d{4})\s*[年년]?\s*|(올해|금년|今年|本年|내년|来年|明年|지난해|작년|昨年|去年)\s*)?(?:([1-4])\s*분기|第?([1-4一二三四])\s*(?:四半期|季度))/g,
    (m) => ({
      ...base,
      kind: 'quarter',
      y: year(m[1]),
      yRel: m[2] ? (REL_YEAR[m[2]] ?? 0) : null,
      q: ORD[m[4] ?? ''] ?? num(m[3] ?? m[4]),
    }),
    ['분기', '四半期', '季度'],
  ],
  [
    /(?<!\d)(\d{4})\s*[年년](?!\s*\d{1,2}\s*[月월])(부터|이후|以降|以来|から|起)?/g,
    (m) => (year(m[1]) === null ? null : { ...base, kind: 'year', y: year(m[1]), since: m[2] !== undefined }),
    ['年', '년'],
  ],
  [
    /(지난해|작년|昨年|去年|前年|내년|来年|來年|明年)/g,
    (m) => ({ ...base, kind: 'year', yRel: REL_YEAR[m[1]!] ?? 0 }),
    ['지난해', '작년', '昨年', '去年', '前年', '내년', '来年', '來年', '明年'],
  ],
];

const EN_MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const monthIndex = (s: string): number => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
const EN_PATTERNS: Pattern[] = [
  [
    /(\d{4})-(\d{1,2})-(\d{1,2})/g,
    (m) => ({ ...base, kind: 'date', y: year(m[1]), m: num(m[2]), d: num(m[3]) }),
    ['-'],
  ],
  [
    new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g'),
    (m) => ({ ...base, kind: 'date', m: monthIndex(m[1]!), d: num(m[2]), y: year(m[3]) }),
    null,
  ],
  [
    new RegExp(
      `\\b(?:(in|since|by|until|through|during|last|this|next|early|late|mid-|end of|end-)\\s*)?${EN_MONTH}(?:,?\\s+(\\d{4}))?\\b`,
      'g',
    ),
    (m) => {
      if (m[2] === 'May' && !m[1] && !m[3]) return null; // "may" the verb
      return { ...base, kind: 'date', m: monthIndex(m[2]!), y: year(m[3]), yRel: m[1] === 'next' ? 1 : null };
    },
    null,
  ],
  [
    /\b(last|this|next) (month|week)\b/gi,
    (m) => {
      const r = REL_YEAR[m[1]!.toLowerCase()] ?? 0;
      return m[2]!.toLowerCase() === 'month'
        ? { ...base, kind: 'date', mRel: r }
        : { ...base, kind: 'date', dRel: 7 * r };
    },
    null,
  ],
  [/\byesterday\b/gi, () => ({ ...base, kind: 'date', dRel: -1 }), null],
  [
    /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    (m) => ({ ...base, kind: 'date', dRel: -100 - WEEKDAYS.indexOf(m[1]!.toLowerCase()) }),
    null,
  ],
  [
    /\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (\d{4}))?|\bQ([1-4])(?:\s*(\d{4}))?\b/gi,
    (m) => ({
      ...base,
      kind: 'quarter',
      q: ORD[(m[1] ?? '').toLowerCase()] ?? num(m[3]),
      y: year(m[2] ?? m[4]),
    }),
    null,
  ],
  [
    /\b(in|by|since|for|during|through|until|fiscal|FY)\s*(\d{4})\b/g,
    (m) => (year(m[2]) === null ? null : { ...base, kind: 'year', y: year(m[2]), since: m[1] === 'since' }),
    null,
  ],
  [
    /\b(last|next) year\b/gi,
    (m) => ({ ...base, kind: 'year', yRel: REL_YEAR[m[1]!.toLowerCase()] ?? 0 }),
    null,
  ],
];

export function findDates(sentence: string, lang: LangFamily): Found[] {
  const out: Found[] = [];
  const patterns = lang === 'en' ? EN_PATTERNS : CJK_PATTERNS;
  for (const [re, make, hints] of patterns) {
    if (hints && !hints.some((h) => sentence.includes(h))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((f) => start < f.end && end > f.start)) continue;
      const f = make(m);
      if (f) out.push({ ...f, start, end });
    }
  }
  return out;
}
