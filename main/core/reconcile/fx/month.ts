/** Month arithmetic on 'YYYY-MM' keys; rates are looked up per calendar month of the date as written. */
const MONTH = /^(\d{4})-(\d{2})/;

/**
 * 'YYYY-MM' of a date given as 'YYYY-MM', 'YYYY-MM-DD' or an ISO date-time. The local date as
 * written is kept ("2026-02-28T23:00:00+09:00" is February): the journalist converted on that day.
 */
export function monthOf(date: string): string | null {
  const m = MONTH.exec(date.trim());
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${m[2]}` : null;
}

/** Months since year 0, so two months can be compared by distance. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthDistance(a: string, b: string): number {
  return Math.abs(monthIndex(a) - monthIndex(b));
}
