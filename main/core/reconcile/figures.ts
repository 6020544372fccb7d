/**
 * Groups the reports of one key into figures: values that can all hold at once. Outliers are set
 * aside first (a value ≥100× off the rest is a typo, not a figure) and parts that add up to
 * another figure (15B + 35B tranches of 50B) are marked as its components.
 */
import { asOfRange, dayRange, definitionOf, independenceGroup, reportDay, sameMoment } from './claim-facts';
import { DEFAULT_OUTLIER_RATIO, DEFAULT_WINDOW_DAYS, valueRatio } from './conflicts';
import { claimShape, EXACT_TOLERANCE, intersect, intersects, isEmpty, pointTolerance } from './interval';
import type { Definition, Figure, NormalisedClaim } from './types';

export interface FigureOptions {
  readonly windowDays?: number;
  readonly outlierRatio?: number;
}

export interface KeyFigures {
  readonly figures: Figure[];
  readonly outliers: Array<{ readonly claim: NormalisedClaim; readonly reason: string }>;
}

function median(xs: ReadonlyArray<number>): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Claims ≥ `ratio` times off the median of the others. With a single other claim there is no
 * majority to judge by, so only a claim the extractor already found implausible is set aside.
 */
export function findOutliers(
  claims: ReadonlyArray<NormalisedClaim>,
  ratio = DEFAULT_OUTLIER_RATIO,
): Array<{ readonly claim: NormalisedClaim; readonly reason: string }> {
  const out: Array<{ claim: NormalisedClaim; reason: string }> = [];
  claims.forEach((c, i) => {
    const others = claims.filter((_, j) => j !== i).map((o) => o.reference);
    if (others.length === 0) return;
    const m = median(others);
    const off = valueRatio(c.reference, m);
    const flagged = c.claim.flags.some((f) => f.startsWith('implausible'));
    if (off >= ratio && (others.length >= 2 || flagged)) {
      const direction = c.reference < m ? 'smaller' : 'larger';
      out.push({
        claim: c,
        reason: `${Math.round(off).toLocaleString('en')}× ${direction} than the other reports (median ${m}): likely a missing or extra scale word${flagged ? '; the extractor also found it implausible' : ''}`,
      });
    }
  });
  return out;
}

function lowerMedian(xs: ReadonlyArray<number>): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
}

interface Draft {
  members: NormalisedClaim[];
  interval: Figure['interval'];
  shape: Figure['shape'];
}

function nearBound(draft: Draft, bound: number): boolean {
  return (
    draft.shape !== 'ceiling' &&
    draft.shape !== 'floor' &&
    valueRatio(representative(draft.members), bound) <= 1.1
  );
}

/** The member written most precisely; ties go to the value most members give. */
function representative(members: ReadonlyArray<NormalisedClaim>): number {
  const points = members.filter((m) => claimShape(m.claim.qualifier) === 'point');
  if (points.length === 0) {
    const ranges = members.filter((m) => m.claim.qualifier === 'range');
    return ranges.length ? ranges[0]!.reference : members[0]!.reference;
  }
  const count = (v: number) => points.filter((p) => valueRatio(p.reference, v) <= 1.0005).length;
  const sorted = [...points].sort(
    (a, b) => pointTolerance(a.claim) - pointTolerance(b.claim) || count(b.reference) - count(a.reference),
  );
  return sorted[0]!.reference;
}

function majority<T>(values: ReadonlyArray<T | null>): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

function figureDefinition(members: ReadonlyArray<NormalisedClaim>): Definition {
  const defs = members.map((m) => definitionOf(m.claim));
  return {
    basis: majority(defs.map((d) => d.basis)),
    part: majority(defs.map((d) => d.part)),
    commitment: majority(defs.map((d) => d.commitment)),
    period: majority(defs.map((d) => d.period)),
    target: majority(defs.map((d) => d.target)),
  };
}

/**
 * Values within rounding of each other are one figure when reported at the same moment; at
 * different moments only when they are within 1% (a restatement, or a preliminary figure refined):
 * "8300억 달러" in January and "$840 billion" in February overlap by rounding but are two figures.
 */
function sameFigureInTime(d: Draft, c: NormalisedClaim, windowDays: number): boolean {
  if (valueRatio(representative(d.members), c.reference) <= 1 + EXACT_TOLERANCE) return true;
  const at = asOfRange(c.claim);
  return d.members.some((m) => sameMoment(asOfRange(m.claim), at, windowDays));
}

/** The shape most members give: a figure written mostly as "up to 50B" is a ceiling. */
function majorityShape(members: ReadonlyArray<NormalisedClaim>): Figure['shape'] {
  return majority(members.map((m) => claimShape(m.claim.qualifier))) ?? 'point';
}

function cluster(claims: ReadonlyArray<NormalisedClaim>, windowDays: number): Draft[] {
  const drafts: Draft[] = [];
  const points = claims.filter(
    (c) => claimShape(c.claim.qualifier) === 'point' || c.claim.qualifier === 'range',
  );
  const bounds = claims.filter((c) => !points.includes(c));
  for (const c of [...points].sort((a, b) => a.reference - b.reference)) {
    const home = drafts
      .filter((d) => intersects(d.interval, c.interval) && sameFigureInTime(d, c, windowDays))
      .sort(
        (x, y) =>
          valueRatio(representative(x.members), c.reference) -
          valueRatio(representative(y.members), c.reference),
      )[0];
    if (home) {
      home.members.push(c);
      home.interval = intersect(home.interval, c.interval);
      if (claimShape(c.claim.qualifier) === 'point') home.shape = 'point';
    } else {
      drafts.push({ members: [c], interval: c.interval, shape: claimShape(c.claim.qualifier) });
    }
  }
  // A ceiling or floor joins the point figure at its bound ("up to 830B" with "830B"), else the
  // other bounds at the same level, else it stands as a figure of its own.
  for (const c of [...bounds].sort((a, b) => a.reference - b.reference)) {
    const shape = claimShape(c.claim.qualifier);
    const home =
      drafts.find((d) => nearBound(d, c.reference) && intersects(d.interval, c.interval)) ??
      drafts.find(
        (d) =>
          d.shape === shape &&
          valueRatio(representative(d.members), c.reference) <= 1.01 &&
          intersects(d.interval, c.interval),
      );
    if (home) {
      home.members.push(c);
      home.interval = intersect(home.interval, c.interval);
    } else {
      drafts.push({ members: [c], interval: c.interval, shape });
    }
  }
  return drafts;
}

function figureAsOf(members: ReadonlyArray<NormalisedClaim>, value: number): string | null {
  const holders = members.filter((m) => valueRatio(m.reference, value) <= 1.00005);
  const dated = (holders.length ? holders : members)
    .map((m) => m.claim.asOf ?? m.claim.source.publishedAt?.slice(0, 10) ?? null)
    .filter((d): d is string => d !== null)
    // Full dates before month-only ones, then earliest first.
    .sort((a, b) => b.length - a.length || (dayRange(a)?.[0] ?? 0) - (dayRange(b)?.[0] ?? 0));
  return dated[0] ?? null;
}

function toFigure(key: string, index: number, draft: Draft): Figure {
  const d = { ...draft, shape: majorityShape(draft.members) };
  const value =
    d.shape === 'ceiling'
      ? d.interval.high
      : d.shape === 'floor'
        ? d.interval.low
        : representative(d.members);
  const ranges = d.members
    .map((m) => asOfRange(m.claim))
    .filter((r): r is readonly [number, number] => r !== null);
  const days = d.members.map((m) => reportDay(m.claim)).filter((n) => !Number.isNaN(n));
  // The start is a median, not the earliest: one report misdating a figure (a March as-of on
  // September's news) must not move the whole figure back in time. The end is the latest mention.
  const firstDay = ranges.length ? lowerMedian(ranges.map((r) => r[0])) : lowerMedian(days);
  const lastDay = Math.max(firstDay, ...(ranges.length ? ranges.map((r) => r[1]) : days));
  return {
    id: `${key}#${index}`,
    key,
    members: d.members,
    interval: d.interval,
    value,
    low: d.shape === 'range' ? d.interval.low : d.shape === 'floor' ? value : null,
    high: d.shape === 'range' ? d.interval.high : d.shape === 'ceiling' ? value : null,
    shape: d.shape,
    definition: figureDefinition(d.members),
    firstDay,
    lastDay,
    asOf: figureAsOf(d.members, value),
    groups: [...new Set(d.members.map((m) => independenceGroup(m.claim)))],
    componentOf: null,
  };
}

/** Marks a + b = c (within 2%) among figures of the same moment: a and b are parts of c. */
function markComponents(figures: Figure[], windowDays: number): Figure[] {
  const parts = new Map<string, string>();
  const points = figures.filter((f) => f.shape === 'point');
  for (const total of figures) {
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        if (a === total || b === total || valueRatio(a.value + b.value, total.value) > 1.02) continue;
        // A total is reported at least as widely as its parts; otherwise the "sum" is a coincidence.
        if (total.groups.length < Math.max(a.groups.length, b.groups.length)) continue;
        const span = [total.firstDay, total.lastDay] as const;
        if (
          !sameMoment([a.firstDay, a.lastDay], span, windowDays) ||
          !sameMoment([b.firstDay, b.lastDay], span, windowDays)
        )
          continue;
        parts.set(a.id, total.id);
        parts.set(b.id, total.id);
      }
    }
  }
  return figures.map((f) => (parts.has(f.id) ? { ...f, componentOf: parts.get(f.id)! } : f));
}

/** The figures of one key, in time order, with the outliers set aside. */
export function buildFigures(
  key: string,
  claims: ReadonlyArray<NormalisedClaim>,
  options: FigureOptions = {},
): KeyFigures {
  const outliers = findOutliers(claims, options.outlierRatio);
  const kept = claims.filter((c) => !outliers.some((o) => o.claim === c) && !isEmpty(c.interval));
  const drafts = cluster(kept, options.windowDays ?? DEFAULT_WINDOW_DAYS);
  const figures = drafts
    .map((d, i) => toFigure(key, i, d))
    .sort((a, b) => a.firstDay - b.firstDay || a.value - b.value)
    .map((f, i) => ({ ...f, id: `${key}#${i}` }));
  return { figures: markComponents(figures, options.windowDays ?? DEFAULT_WINDOW_DAYS), outliers };
}
