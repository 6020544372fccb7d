/**
 * As-of date of an amount: the article date, unless the sentence dates the fact itself
 * ("지난해 9월", "今年10月", "11月初旬", "in October", "2024年9月30日時点で", "12月16日").
 * Relative expressions resolve against the article date; a month without a year is the most
 * recent such month on or before the article date.
 *
 * Decision for forward-looking periods ("2027년에는", "by 2030", a date after the article):
 * the as-of stays the article date (the date the figure was reported as planned) and the target
 * period goes into the note as "target: 2027". A past year or quarter without a month
 * ("지난해 매출", "Q3") keeps the article date too, with "period: 2025" / "period: 2025-Q3".
 */
import type { LangFamily } from './text-scripts';

export interface DateParts {
  y: number;
  m: number;
  d: number;
}

interface Found {
  start: number;
  end: number;
  kind: 'date' | 'year' | 'quarter';
  y: number | null;
  yRel: number | null;
  m: number | null;
  mRel: number | null;
  d: number | null;
  dRel: number | null;
  q: number | null;
}

export function parseArticleDate(s: string | null): DateParts | null {
  if (!s) return null;
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s.trim());
  if (!m) return null;
  const d = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= 31 ? d : null;
}

const REL_YEAR: Record<string, number> = {
  지난해: -1, '지난 해': -1, 작년: -1, 올해: 0, 금년: 0, 내년: 1, 昨年: -1, 去年: -1, 前年: -1, 今年: 0, 本年: 0, 来年: 1, 來年: 1, 明年: 1,
  last: -1, this: 0, next: 1,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, 一: 1, 二: 2, 三: 3, 四: 4 };
const REL_Y = '(지난해|지난 해|작년|올해|금년|내년|昨年|去年|前年|今年|本年|来年|來年|明年)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

type Maker = (m: RegExpExecArray) => Omit<Found, 'start' | 'end'> | null;
const base = { y: null, yRel: null, m: null, mRel: null, d: null, dRel: null, q: null } as const;
const num = (s: string | undefined): number | null => (s === undefined ? null : +s);
const year = (s: string | undefined): number | null => {
  const y = num(s);
  return y !== null && y >= 1990 && y <= 2100 ? y : null;
};

// Ordered: earlier patterns win where matches overlap. All are linear (no nested quantifiers).
const CJK_PATTERNS: Array<[RegExp, Maker]> = [
  [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g, (m) => ({ ...base, kind: 'date', y: year(m[1]), m: num(m[2]), d: num(m[3]) })],
  [/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?/g, (m) => ({ ...base, kind: 'date', y: year(m[1]), m: num(m[2]), d: num(m[3]) })],
  [new RegExp(`${REL_Y}\\s*(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日일])?`, 'g'), (m) => ({ ...base, kind: 'date', yRel: REL_YEAR[m[1]!] ?? 0, m: num(m[2]), d: num(m[3]) })],
  [/(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g, (m) => ({ ...base, kind: 'date', m: num(m[1]), d: num(m[2]) })],
  [/(?<![\d.])(\d{1,2})\s*[月월](?!\s*\d|期)/g, (m) => ({ ...base, kind: 'date', m: num(m[1]) })],
  [/(?<![\d月월.])(\d{1,2})\s*[日일](?![간間당あ])/g, (m) => ({ ...base, kind: 'date', d: num(m[1]) })],
  [/(지난달|지난 달|전월|先月|上个月|上個月|上月)/g, () => ({ ...base, kind: 'date', mRel: -1 })],
  [/(이번 달|이달|今月|本月|当月)/g, () => ({ ...base, kind: 'date', mRel: 0 })],
  [/(어제|昨日|昨天)/g, () => ({ ...base, kind: 'date', dRel: -1 })],
  [/(지난주|지난 주|先週|上周|上週)/g, () => ({ ...base, kind: 'date', dRel: -7 })],
  [/(?:(\d{4})\s*[年년]?\s*|(올해|금년|今年|本年|내년|来年|明年|지난해|작년|昨年|去年)\s*)?(?:([1-4])\s*분기|第?([1-4一二三四])\s*(?:四半期|季度))/g,
    (m) => ({ ...base, kind: 'quarter', y: year(m[1]), yRel: m[2] ? REL_YEAR[m[2]] ?? 0 : null, q: ORD[m[4] ?? ''] ?? num(m[3] ?? m[4]) })],
  [/(?<!\d)(\d{4})\s*[年년](?!\s*\d{1,2}\s*[月월])/g, (m) => (year(m[1]) === null ? null : { ...base, kind: 'year', y: year(m[1]) })],
  [/(지난해|작년|昨年|去年|前年|내년|来年|來年|明年)/g, (m) => ({ ...base, kind: 'year', yRel: REL_YEAR[m[1]!] ?? 0 })],
];

const EN_MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const monthIndex = (s: string): number => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
const EN_PATTERNS: Array<[RegExp, Maker]> = [
  [/(\d{4})-(\d{1,2})-(\d{1,2})/g, (m) => ({ ...base, kind: 'date', y: year(m[1]), m: num(m[2]), d: num(m[3]) })],
  [new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g'), (m) => ({ ...base, kind: 'date', m: monthIndex(m[1]!), d: num(m[2]), y: year(m[3]) })],
  [new RegExp(`\\b(?:(in|since|by|until|through|during|last|this|next|early|late|mid-|end of|end-)\\s*)?${EN_MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'g'), (m) => {
    if (m[2] === 'May' && !m[1] && !m[3]) return null; // "may" the verb
    return { ...base, kind: 'date', m: monthIndex(m[2]!), y: year(m[3]), yRel: m[1] === 'next' ? 1 : null };
  }],
  [/\b(last|this|next) (month|week)\b/gi, (m) => {
    const r = REL_YEAR[m[1]!.toLowerCase()] ?? 0;
    return m[2]!.toLowerCase() === 'month' ? { ...base, kind: 'date', mRel: r } : { ...base, kind: 'date', dRel: 7 * r };
  }],
  [/\byesterday\b/gi, () => ({ ...base, kind: 'date', dRel: -1 })],
  [/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (m) => ({ ...base, kind: 'date', dRel: -100 - WEEKDAYS.indexOf(m[1]!.toLowerCase()) })],
  [/\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (\d{4}))?|\bQ([1-4])(?:\s*(\d{4}))?\b/gi, (m) => ({ ...base, kind: 'quarter', q: ORD[(m[1] ?? '').toLowerCase()] ?? num(m[3]), y: year(m[2] ?? m[4]) })],
  [/\b(?:in|by|since|for|during|through|until|fiscal|FY)\s*(\d{4})\b/g, (m) => (year(m[1]) === null ? null : { ...base, kind: 'year', y: year(m[1]) })],
  [/\b(last|next) year\b/gi, (m) => ({ ...base, kind: 'year', yRel: REL_YEAR[m[1]!.toLowerCase()] ?? 0 })],
];

export function findDates(sentence: string, lang: LangFamily): Found[] {
  const out: Found[] = [];
  const patterns = lang === 'en' ? EN_PATTERNS : CJK_PATTERNS;
  for (const [re, make] of patterns) {
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

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (d: DateParts): string => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
const ym = (y: number, m: number): string => `${y}-${pad(m)}`;

function shiftDays(a: DateParts, days: number): DateParts {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Resolves one date expression to 'YYYY-MM-DD' / 'YYYY-MM', or null when it needs an article date it lacks. */
function resolveDate(f: Found, a: DateParts | null): string | null {
  if (f.dRel !== null) {
    if (!a) return null;
    if (f.dRel <= -100) {
      const wd = -100 - f.dRel;
      const cur = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
      return ymd(shiftDays(a, -((cur - wd + 7) % 7)));
    }
    return ymd(shiftDays(a, f.dRel));
  }
  if (f.mRel !== null) {
    if (!a) return null;
    const t = a.y * 12 + (a.m - 1) + f.mRel;
    return ym(Math.floor(t / 12), (t % 12) + 1);
  }
  let y = f.y ?? (f.yRel !== null && a ? a.y + f.yRel : null);
  let m = f.m;
  const d = f.d;
  if (m === null) {
    // A bare day of month: this month, or last month if that day has not come yet.
    if (!a || d === null || d < 1 || d > 31) return null;
    if (d <= a.d) return ymd({ y: a.y, m: a.m, d });
    const prev = a.m === 1 ? { y: a.y - 1, m: 12 } : { y: a.y, m: a.m - 1 };
    return ymd({ ...prev, d });
  }
  if (m < 1 || m > 12) return null;
  if (y === null) {
    if (!a) return null;
    y = a.y;
    if (m > a.m || (m === a.m && d !== null && d > a.d)) y -= 1; // most recent such month
  }
  if (d !== null && (d < 1 || d > 31)) return ym(y, m);
  return d === null ? ym(y, m) : ymd({ y, m, d });
}

export interface AsOf {
  asOf: string | null;
  notes: string[];
}

/**
 * `dates` from findDates(sentence); `amountPos` relative to the sentence; `sameClause(pos)` says
 * whether a sentence-relative position is in the amount's clause.
 */
export function resolveAsOf(dates: readonly Found[], amountPos: number, sameClause: (pos: number) => boolean, article: DateParts | null): AsOf {
  const notes: string[] = [];
  const articleDate = article ? ymd(article) : null;
  let best: Found | null = null;
  let bestCost = Infinity;
  for (const f of dates) {
    const dist = Math.abs((f.start < amountPos ? f.end : f.start) - amountPos);
    if (f.kind !== 'date') {
      if (!sameClause(f.start)) continue;
      const y = f.y ?? (f.yRel !== null && article ? article.y + f.yRel : null);
      if (y === null) continue;
      const label = f.kind === 'quarter' && f.q !== null ? `${y}-Q${f.q}` : `${y}`;
      if (article && y > article.y) notes.push(`target: ${label}`);
      else if (!article || y < article.y || f.kind === 'quarter') notes.push(`period: ${label}`);
      continue;
    }
    const cost = dist + (sameClause(f.start) ? 0 : 60);
    if (cost < bestCost) {
      bestCost = cost;
      best = f;
    }
  }
  const resolved = best ? resolveDate(best, article) : null;
  if (resolved === null) return { asOf: articleDate, notes };
  if (articleDate !== null && resolved.slice(0, 10) > articleDate.slice(0, resolved.length)) {
    notes.push(`target: ${resolved}`);
    return { asOf: articleDate, notes };
  }
  return { asOf: resolved, notes };
}
