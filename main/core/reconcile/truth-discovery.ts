/**
 * Source reliability learned across all keys of a project, by TruthFinder (Yin, Han & Yu, 2007),
 * adapted to figures.
 *
 * Why TruthFinder and not a simpler vote: reports agree with each other partially (a ceiling is
 * compatible with the value under it, "약 70조원" with 71.6조) and rival figures of the same moment
 * contradict each other. TruthFinder is the method built around exactly that — fact confidence
 * flows from source trust, and "implication" between facts lets similar facts support and rival
 * facts weaken one another — while needing no labelled data and converging in a few rounds.
 * Sums/Hubs-Authorities has no notion of rival facts, and a Bayesian accuracy model (e.g. LTM)
 * needs priors we cannot set from a few dozen keys. Adaptations, each for a reason:
 *  - a fact is a Figure (reports that can all hold at once), not an exact value;
 *  - a voice is an independence group (syndicated copies and reports citing the same original
 *    count once), weighted for primary vs secondary reporting and headline prominence (optionally
 *    recency);
 *  - implication is −1 only between contemporaneous, same-definition figures within 3× of each
 *    other: a prior-year figure or a segment figure sharing the key is not a rival.
 */
import {
  asOfRange,
  definitionDifference,
  independenceGroup,
  isSecondary,
  reliabilityHolder,
  sameMoment,
} from './claim-facts';
import { valueRatio } from './conflicts';
import { intersects } from './interval';
import type { Figure, NormalisedClaim } from './types';

export interface TruthDiscoveryOptions {
  /** Starting trust of every source (TruthFinder's t0). */
  readonly initialTrust?: number;
  /** Dampening factor γ of the logistic fact confidence. */
  readonly dampening?: number;
  /** Weight ρ of implication from rival figures. */
  readonly implicationWeight?: number;
  /**
   * Half-life, in days, of a report's weight behind the key's latest as-of. Off by default: time is
   * handled by supersession (suggest.ts), because decaying every old vote also silences outlets
   * that reported a still-valid figure early and simply did not write again.
   */
  readonly recencyHalfLifeDays?: number;
  readonly windowDays?: number;
  readonly maxIterations?: number;
}

export interface TruthDiscoveryResult {
  /** 0..1 per reliability holder (outlet, or article when the outlet is unknown). */
  readonly trust: ReadonlyMap<string, number>;
  /** 0..1 per figure id. */
  readonly confidence: ReadonlyMap<string, number>;
  /** Adjusted support σ*(f) per figure id: the ranking score. */
  readonly support: ReadonlyMap<string, number>;
  readonly iterations: number;
}

const SECONDARY_WEIGHT = 0.7;
const HEADLINE_WEIGHT = 1.25;
/** Trust is kept below 1 so that −ln(1 − t) stays finite. */
const MAX_TRUST = 0.99;

/** Figures of one moment and definition that cannot both hold and are close enough to be rivals. */
export function areRivals(a: Figure, b: Figure, windowDays: number): boolean {
  if (a.key !== b.key || a.id === b.id || a.componentOf || b.componentOf) return false;
  if (definitionDifference(a.definition, b.definition)) return false;
  // firstDay is the median as-of of the figure's reports: one background mention of an old figure
  // in today's article must not make it today's rival.
  if (!sameMoment([a.firstDay, a.firstDay], [b.firstDay, b.firstDay], windowDays)) return false;
  return !intersects(a.interval, b.interval) && valueRatio(a.value, b.value) < 3;
}

/**
 * The weight of one report as a vote: primary vs secondary, headline, and recency of the figure's
 * as-of — not of the article: September's news repeating March's round as background must not
 * vote for March's figure as the current one.
 */
export function reportWeight(
  claim: NormalisedClaim['claim'],
  latestDay: number,
  halfLifeDays: number,
): number {
  const age = Math.max(0, latestDay - (asOfRange(claim)?.[1] ?? NaN));
  const recency = Number.isFinite(age) ? 0.5 ** (age / halfLifeDays) : 1;
  return (isSecondary(claim) ? SECONDARY_WEIGHT : 1) * (claim.inTitle ? HEADLINE_WEIGHT : 1) * recency;
}

interface Vote {
  readonly holders: ReadonlyArray<string>;
  readonly weight: number;
}

/** One vote per independence group per figure, carrying the group's best weight. */
function votesOf(figure: Figure, latestDay: number, halfLifeDays: number): Vote[] {
  const byGroup = new Map<string, { holders: Set<string>; weight: number }>();
  for (const m of figure.members) {
    const g = independenceGroup(m.claim);
    const entry = byGroup.get(g) ?? { holders: new Set<string>(), weight: 0 };
    entry.holders.add(reliabilityHolder(m.claim));
    entry.weight = Math.max(entry.weight, reportWeight(m.claim, latestDay, halfLifeDays));
    byGroup.set(g, entry);
  }
  return [...byGroup.values()].map((v) => ({ holders: [...v.holders], weight: v.weight }));
}

export function discoverTruth(
  figures: ReadonlyArray<Figure>,
  options: TruthDiscoveryOptions = {},
): TruthDiscoveryResult {
  const gamma = options.dampening ?? 0.3;
  const rho = options.implicationWeight ?? 0.5;
  const halfLife = options.recencyHalfLifeDays ?? Infinity;
  const windowDays = options.windowDays ?? 7;
  const latestByKey = new Map<string, number>();
  for (const f of figures) {
    for (const m of f.members) {
      const d = asOfRange(m.claim)?.[1] ?? NaN;
      if (!Number.isNaN(d)) latestByKey.set(f.key, Math.max(latestByKey.get(f.key) ?? -Infinity, d));
    }
  }
  const votes = new Map(figures.map((f) => [f.id, votesOf(f, latestByKey.get(f.key) ?? NaN, halfLife)]));
  const rivals = new Map(figures.map((f) => [f.id, figures.filter((g) => areRivals(f, g, windowDays))]));
  const trust = new Map<string, number>();
  for (const v of votes.values())
    for (const vote of v) for (const h of vote.holders) trust.set(h, options.initialTrust ?? 0.8);

  const support = new Map<string, number>();
  const confidence = new Map<string, number>();
  let iterations = 0;
  for (; iterations < (options.maxIterations ?? 20); iterations++) {
    const raw = new Map<string, number>();
    for (const f of figures) {
      let sigma = 0;
      for (const vote of votes.get(f.id)!) {
        const t = Math.max(...vote.holders.map((h) => trust.get(h)!));
        sigma += vote.weight * -Math.log(1 - Math.min(t, MAX_TRUST));
      }
      raw.set(f.id, sigma);
    }
    for (const f of figures) {
      const against = rivals.get(f.id)!.reduce((s, g) => s + raw.get(g.id)!, 0);
      const adjusted = raw.get(f.id)! - rho * against;
      support.set(f.id, adjusted);
      confidence.set(f.id, 1 / (1 + Math.exp(-gamma * adjusted)));
    }
    // A source's trust is the mean confidence of the figures it supports.
    const sums = new Map<string, [number, number]>();
    for (const f of figures) {
      for (const vote of votes.get(f.id)!) {
        for (const h of vote.holders) {
          const s = sums.get(h) ?? [0, 0];
          sums.set(h, [s[0] + confidence.get(f.id)!, s[1] + 1]);
        }
      }
    }
    let change = 0;
    for (const [h, [sum, n]] of sums) {
      const next = sum / n;
      change = Math.max(change, Math.abs(next - (trust.get(h) ?? next)));
      trust.set(h, next);
    }
    if (change < 1e-4) {
      iterations++;
      break;
    }
  }
  return { trust, confidence, support, iterations };
}
