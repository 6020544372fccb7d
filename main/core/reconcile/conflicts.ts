/**
 * Pairwise conflict detection that understands qualifiers, definitions and time. Two reports
 * conflict only when their intervals cannot both hold at the same as-of date; everything else is
 * agreement, an update (the figure moved on), a different definition, or an outlier.
 */
import {
  asOfRange,
  definitionDifference,
  definitionOf,
  GROWING_METRICS,
  isoDay,
  sameMoment,
} from './claim-facts';
import { formatInterval, intersect, intersects, isEmpty } from './interval';
import type { NormalisedClaim, Relation } from './types';

export interface RelationOptions {
  /** Reports whose as-of dates are this close describe the same moment (default 7 days). */
  readonly windowDays?: number;
  /** A value this many times off the other is a typo (missing or extra scale word), default 100. */
  readonly outlierRatio?: number;
}

export const DEFAULT_WINDOW_DAYS = 7;
export const DEFAULT_OUTLIER_RATIO = 100;

export function valueRatio(a: number, b: number): number {
  if (a <= 0 || b <= 0) return a === b ? 1 : Infinity;
  return Math.max(a, b) / Math.min(a, b);
}

function when(n: NormalisedClaim): string {
  const range = asOfRange(n.claim);
  return range ? isoDay(range[0]) : 'undated';
}

function show(n: NormalisedClaim): string {
  return `"${n.claim.text}"`;
}

/** Orders two claims by as-of (start, then end); undated claims sort first. */
function byTime(a: NormalisedClaim, b: NormalisedClaim): [NormalisedClaim, NormalisedClaim] {
  const ra = asOfRange(a.claim);
  const rb = asOfRange(b.claim);
  if (!ra || !rb) return [a, b];
  return ra[0] < rb[0] || (ra[0] === rb[0] && ra[1] <= rb[1]) ? [a, b] : [b, a];
}

/** How two reports on one key relate. Symmetric except for which claim an update points to. */
export function relateClaims(
  a: NormalisedClaim,
  b: NormalisedClaim,
  options: RelationOptions = {},
): Relation {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const ratio = valueRatio(a.reference, b.reference);
  if (ratio >= (options.outlierRatio ?? DEFAULT_OUTLIER_RATIO)) {
    const [small, large] = a.reference < b.reference ? [a, b] : [b, a];
    return {
      kind: 'outlier',
      reason: `${show(large)} is ${Math.round(ratio).toLocaleString('en')}× ${show(small)}: a missing or extra scale word, not a rival figure`,
    };
  }
  const difference = definitionDifference(definitionOf(a.claim), definitionOf(b.claim));
  if (difference) {
    return { kind: 'different-definition', reason: `different definitions (${difference}), not a conflict` };
  }
  const compatible = intersects(a.interval, b.interval);
  const together = sameMoment(asOfRange(a.claim), asOfRange(b.claim), windowDays);
  if (together && compatible && a.claim.unit !== b.claim.unit) {
    return {
      kind: 'agree',
      reason: `same amount restated in another currency (${a.claim.unit} ${show(a)} vs ${b.claim.unit} ${show(b)}, within rounding at the rate used)`,
    };
  }
  if (together) {
    if (compatible) {
      return { kind: 'agree', reason: `both can hold: ${formatInterval(intersect(a.interval, b.interval))}` };
    }
    return {
      kind: 'conflict',
      reason: `cannot both hold around ${when(a)}: ${show(a)} ${formatInterval(a.interval)} vs ${show(b)} ${formatInterval(b.interval)}`,
    };
  }
  const [early, late] = byTime(a, b);
  const metric = late.claim.metric ?? early.claim.metric ?? '';
  const closeValues = valueRatio(early.reference, late.reference) <= 1.005;
  if (compatible && closeValues) {
    return { kind: 'agree', reason: `the same figure repeated later (${when(early)} → ${when(late)})` };
  }
  if (GROWING_METRICS.has(metric) && late.reference > early.reference) {
    return {
      kind: 'update',
      reason: `later and larger: ${metric} figures grow as a deal progresses (${show(early)} on ${when(early)} → ${show(late)} on ${when(late)})`,
      newerClaimId: late.claim.id,
    };
  }
  if (!compatible) {
    return {
      kind: 'update',
      reason: `the figure changed between ${when(early)} and ${when(late)} (${show(early)} → ${show(late)})`,
      newerClaimId: late.claim.id,
    };
  }
  return {
    kind: 'agree',
    reason: `consistent over time: both allow ${formatInterval(intersect(a.interval, b.interval))}`,
  };
}

export interface PairRelation {
  readonly a: NormalisedClaim;
  readonly b: NormalisedClaim;
  readonly relation: Relation;
}

/**
 * Every pair of reports on one key that does not simply agree, for the Compare grid. Pairs from
 * the same article are skipped: an article listing a prior-year figure next to this year's is
 * not contradicting itself.
 */
export function detectConflicts(
  claims: ReadonlyArray<NormalisedClaim>,
  options: RelationOptions = {},
): PairRelation[] {
  const out: PairRelation[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      if (a.claim.source.id === b.claim.source.id) continue;
      const relation = relateClaims(a, b, options);
      if (relation.kind !== 'agree') out.push({ a, b, relation });
    }
  }
  return out;
}

/** True when a set of intervals can all hold at once. */
export function jointlyPossible(claims: ReadonlyArray<NormalisedClaim>): boolean {
  let acc = claims[0]?.interval;
  for (const c of claims.slice(1)) {
    if (!acc) break;
    acc = intersect(acc, c.interval);
  }
  return acc ? !isEmpty(acc) : true;
}
