/**
 * Facts about a single claim the reconciliation reasons with: what the number measures (definition),
 * when it holds (as-of day), who says it independently (independence group), and whether the
 * report is primary. Read from the fields the extractor fills (note, part, asOf, citedSource).
 */
import type { Claim } from '../../../shared/model';
import type { Definition, ReconcileClaim } from './types';

const DAY_MS = 86_400_000;

/**
 * Metrics that only grow while a deal is negotiated or money is committed: a later, larger figure
 * is an update of the same deal, not a contradiction of the earlier one.
 */
export const GROWING_METRICS: ReadonlySet<string> = new Set([
  'investment',
  'funding_round',
  'valuation',
  'contract_value',
  'spending',
  'stake',
]);

/** Metrics that are projections by nature. */
const FORECAST_METRICS: ReadonlySet<string> = new Set(['guidance']);

export function definitionOf(claim: Pick<Claim, 'note' | 'part'>): Definition {
  const note = claim.note ?? '';
  const basis = /pre-?money|投前|プレマネー|투자 ?전 기업가치/i.test(note)
    ? 'pre-money'
    : /post-?money|投后|投後|ポストマネー|투자 ?후 기업가치/i.test(note)
      ? 'post-money'
      : null;
  const commitment = /\bpledged?\b|\bcommit(?:ted|ment)\b|약정|約束|承诺/i.test(note)
    ? 'pledged'
    : /\binvested\b|집행|実行済み|已投资/i.test(note)
      ? 'invested'
      : null;
  const part = claim.part === 'tranche' || claim.part === 'total' ? claim.part : null;
  return {
    basis,
    part,
    commitment,
    period: /period:\s*([0-9A-Za-z-]+)/.exec(note)?.[1] ?? null,
    target: /target:\s*(\d{4})/.exec(note)?.[1] ?? null,
  };
}

const DEFINITION_FIELDS = ['basis', 'part', 'commitment', 'period', 'target'] as const;

/** The first definitional difference between two readings ("pre-money vs post-money"), or null. */
export function definitionDifference(a: Definition, b: Definition): string | null {
  for (const field of DEFINITION_FIELDS) {
    const x = a[field];
    const y = b[field];
    if (x !== null && y !== null && x !== y) {
      return field === 'period' || field === 'target' ? `${field} ${x} vs ${y}` : `${x} vs ${y}`;
    }
  }
  return null;
}

export function isForecast(claim: Pick<Claim, 'metric' | 'note'>, definition: Definition): boolean {
  return definition.target !== null || FORECAST_METRICS.has(claim.metric ?? '');
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD…' string, or NaN. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return NaN;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The days a date string covers: one day for 'YYYY-MM-DD', the whole month for 'YYYY-MM', the
 * whole year for 'YYYY'. Null when the string is not a date.
 */
export function dayRange(date: string | null): readonly [number, number] | null {
  if (!date) return null;
  const day = dayNumber(date);
  if (!Number.isNaN(day)) return [day, day];
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const start = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1) / DAY_MS;
    const end = Date.UTC(Number(month[1]), Number(month[2]), 1) / DAY_MS - 1;
    return [start, end];
  }
  const year = /^(\d{4})$/.exec(date);
  if (year)
    return [Date.UTC(Number(year[1]), 0, 1) / DAY_MS, Date.UTC(Number(year[1]) + 1, 0, 1) / DAY_MS - 1];
  return null;
}

/** When the claim's figure holds: its as-of, else the day the article appeared. */
export function asOfRange(claim: Claim): readonly [number, number] | null {
  const range = dayRange(claim.asOf) ?? dayRange(claim.source.publishedAt);
  const published = dayRange(claim.source.publishedAt);
  // "2026-01" in an article of 29 January cannot describe 30 or 31 January yet.
  if (range && published && range[1] > published[0] && range[0] <= published[0])
    return [range[0], published[0]];
  return range;
}

/** The day the report was published (what "recency" is measured by). */
export function reportDay(claim: Claim): number {
  const published = dayRange(claim.source.publishedAt);
  if (published) return published[0];
  return asOfRange(claim)?.[1] ?? NaN;
}

/** A date string for the converter: as-of, else publication, else today is never guessed. */
export function conversionDate(claim: Claim): string | null {
  const range = asOfRange(claim);
  return range ? isoDay(range[0]) : null;
}

/** Two as-of ranges describe the same moment when they come within `windowDays` of each other. */
export function sameMoment(
  a: readonly [number, number] | null,
  b: readonly [number, number] | null,
  windowDays: number,
): boolean {
  if (!a || !b) return true; // undated reports cannot be told apart in time
  return a[0] <= b[1] + windowDays && b[0] <= a[1] + windowDays;
}

/** Outlet names differ in case and spacing across languages' extractors ("The Information"). */
function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The voice a claim speaks with: syndicated copies speak with their original's, reports citing
 * the same original (same citedSource) with that original's, everything else with its own source.
 */
export function independenceGroup(claim: ReconcileClaim): string {
  if (claim.independenceGroup) return `group:${claim.independenceGroup}`;
  if (claim.syndicatedOf) return `source:${claim.syndicatedOf}`;
  if (claim.citedSource) return `cited:${normaliseName(claim.citedSource)}`;
  return `source:${claim.source.id}`;
}

/** The outlet whose reliability is learned: the publishing outlet, else the article itself. */
export function reliabilityHolder(claim: Claim): string {
  return claim.source.outlet ? `outlet:${normaliseName(claim.source.outlet)}` : `source:${claim.source.id}`;
}

/** A report that attributes the figure to another outlet is secondary reporting. */
export function isSecondary(claim: ReconcileClaim): boolean {
  return claim.citedSource !== null || Boolean(claim.syndicatedOf);
}

export function describeClaim(claim: Claim): string {
  const who = claim.source.outlet ?? claim.source.file ?? claim.source.id;
  const when = claim.asOf ?? claim.source.publishedAt?.slice(0, 10) ?? 'undated';
  return `${who} (${when}): "${claim.text}"`;
}
