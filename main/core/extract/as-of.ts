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
import { findDates, type Found } from './date-patterns';

export { findDates };

export interface DateParts {
  y: number;
  m: number;
  d: number;
}

export function parseArticleDate(s: string | null): DateParts | null {
  if (!s) return null;
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s.trim());
  if (!m) return null;
  const d = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= 31 ? d : null;
}

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
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
  const m = f.m;
  const d = f.d;
  if (m === null) {
    // A bare day of month: this month, or last month if that day has not come yet.
    if (!a || d === null || d < 1 || d > 31) return null;
    if (d <= a.d) return ymd({ y: a.y, m: a.m, d });
    const prev = a.m === 1 ? { y: a.y - 1, m: 12 } : { y: a.y, m: a.m - 1 };
    return d <= daysIn(prev.y, prev.m) ? ymd({ ...prev, d }) : null;
  }
  if (m < 1 || m > 12) return null;
  if (y === null) {
    if (!a) return null;
    y = a.y;
    if (m > a.m || (m === a.m && d !== null && d > a.d)) y -= 1; // most recent such month
  }
  if (d === null || d < 1 || d > daysIn(y, m)) return ym(y, m);
  return ymd({ y, m, d });
}

/** A quarter without a year ("第三季度", "Q3") is the most recent such quarter. */
function quarterYear(f: Found, a: DateParts | null): number | null {
  if (f.kind !== 'quarter' || f.q === null || !a) return null;
  return f.q <= Math.ceil(a.m / 3) ? a.y : a.y - 1;
}

export interface AsOf {
  asOf: string | null;
  notes: string[];
}

/**
 * `dates` from findDates(sentence); `amountPos` relative to the sentence; `sameClause(pos)` says
 * whether a sentence-relative position is in the amount's clause.
 */
export function resolveAsOf(
  dates: readonly Found[],
  amountPos: number,
  sameClause: (pos: number) => boolean,
  article: DateParts | null,
): AsOf {
  const notes: string[] = [];
  const articleDate = article ? ymd(article) : null;
  let best: Found | null = null;
  let bestCost = Infinity;
  // Years and quarters qualify the amounts of their clause; failing that, the nearest one before
  // the amount covers it ("지난해 4분기 매출 79조원, 영업이익 6조5000억원").
  const periods = dates.filter((f) => f.kind !== 'date');
  const own = periods.filter((f) => sameClause(f.start));
  const preceding = periods.filter((f) => f.end <= amountPos).at(-1);
  for (const f of own.length > 0 ? own : preceding ? [preceding] : []) {
    const y = f.y ?? (f.yRel !== null && article ? article.y + f.yRel : quarterYear(f, article));
    if (y === null) continue;
    const label = f.kind === 'quarter' && f.q !== null ? `${y}-Q${f.q}` : `${y}`;
    if (f.since) notes.push(`since ${label}`);
    else if (article && y > article.y) notes.push(`target: ${label}`);
    else if (!article || y < article.y || f.kind === 'quarter') notes.push(`period: ${label}`);
  }
  for (const f of dates) {
    if (f.kind !== 'date') continue;
    const dist = Math.abs((f.start < amountPos ? f.end : f.start) - amountPos);
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
