/**
 * Suggested reconciled value per claim key, with status and reasons. The figure chosen is the one
 * truth discovery supports most (independent voices × learned reliability × primary/secondary ×
 * headline × recency), preferring the conventional definition when two are reported side by side.
 */
import type { DecisionStatus } from '../../../shared/model';
import {
  asOfRange,
  dayRange,
  definitionDifference,
  definitionOf,
  GROWING_METRICS,
  isForecast,
  isSecondary,
} from './claim-facts';
import { DEFAULT_WINDOW_DAYS, valueRatio } from './conflicts';
import { explain, representativeClaim } from './explain';
import { buildFigures, type FigureOptions } from './figures';
import { claimShape, intersects } from './interval';
import { normaliseClaims } from './normalise';
import { areRivals, discoverTruth, type TruthDiscoveryOptions } from './truth-discovery';
import type {
  ExcludedClaim,
  Figure,
  NormalisedClaim,
  NormaliseOptions,
  ReconcileClaim,
  Suggestion,
  ToCurrency,
} from './types';

export interface KeyClaims {
  readonly key: string;
  readonly claims: ReadonlyArray<ReconcileClaim>;
  /** The unit to reconcile this key in; default: options.targetUnit, else the key's commonest unit. */
  readonly unit?: string;
}

export interface SuggestOptions
  extends Omit<NormaliseOptions, 'targetUnit'>, FigureOptions, TruthDiscoveryOptions {
  readonly targetUnit?: string;
  /**
   * For projects that reconcile keys in different units (a KRW budget, a USD deal): the converter
   * into a key's unit. Takes precedence over `toCurrency`.
   */
  readonly converterFor?: (targetUnit: string) => ToCurrency | undefined;
  /** A rival at this share of the chosen figure's support makes the key disputed (default 0.6). */
  readonly disputeShare?: number;
}

export interface SuggestResult {
  readonly suggestions: Suggestion[];
  /** Learned reliability per outlet (or article), for the Sources view. */
  readonly trust: ReadonlyMap<string, number>;
}

/**
 * Headline valuations are post-money: when both readings are reported side by side, the
 * conventional one is suggested and the other is kept apart. (Tranches are not penalised: the
 * extractor also calls a year's share of a multi-year total a tranche, and that share is often
 * the figure the key is about; parts that add up to a total are found by figures.ts instead.)
 */
function definitionPreference(f: Figure): number {
  if (f.definition.basis === 'pre-money') return 0.8;
  return 1;
}

function commonestUnit(claims: ReadonlyArray<ReconcileClaim>): string {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

interface Prepared {
  readonly key: KeyClaims;
  readonly unit: string;
  readonly excluded: ExcludedClaim[];
  readonly figures: Figure[];
  readonly outliers: Array<{ readonly claim: NormalisedClaim; readonly reason: string }>;
}

/** A later figure must carry at least this share of an earlier one's support to replace it. */
const SUPERSEDING_SHARE = 0.5;

/**
 * Earlier figures replaced by a later one of the same definition: the later one was first reported
 * after the earlier one was last reported as current, and says something else (a larger amount
 * for a growing metric, or an incompatible one). Returns earlier figure id → the reason.
 */
export function findSupersessions(
  figures: ReadonlyArray<Figure>,
  support: ReadonlyMap<string, number>,
  windowDays: number,
): Map<string, { readonly by: Figure; readonly reason: string }> {
  const out = new Map<string, { by: Figure; reason: string }>();
  const candidates = figures.filter((f) => !f.componentOf);
  for (const early of candidates) {
    for (const late of candidates) {
      if (late === early || definitionDifference(early.definition, late.definition)) continue;
      if (late.firstDay <= early.lastDay + windowDays) continue;
      if ((support.get(late.id) ?? 0) < SUPERSEDING_SHARE * (support.get(early.id) ?? 0)) continue;
      const metric = representativeClaim(late).claim.metric ?? '';
      const grew = GROWING_METRICS.has(metric) && late.value > early.value * 1.001;
      if (!grew && intersects(early.interval, late.interval)) continue;
      const previous = out.get(early.id);
      if (previous && previous.by.firstDay >= late.firstDay) continue;
      out.set(early.id, {
        by: late,
        reason: `${early.value} (${early.asOf ?? 'undated'}) ${grew ? 'grew to' : 'changed to'} ${late.value} (${late.asOf ?? 'undated'})`,
      });
    }
  }
  return out;
}

/** A figure refined later within rounding: preliminary ₩20tn (8 Jan) → final ₩20.1tn (29 Jan). */
function refinement(principal: Figure, windowDays: number): string | null {
  const asOfDay = dayRange(principal.asOf)?.[0];
  if (asOfDay === undefined) return null;
  const earlier = principal.members.find((m) => {
    const range = asOfRange(m.claim);
    return (
      claimShape(m.claim.qualifier) === 'point' &&
      range !== null &&
      valueRatio(m.reference, principal.value) > 1.00005 &&
      range[1] < asOfDay - windowDays
    );
  });
  return earlier
    ? `"${earlier.claim.text}" (${earlier.claim.asOf ?? 'undated'}) was refined to ${principal.value} (${principal.asOf})`
    : null;
}

function decideStatus(
  p: Prepared,
  principal: Figure,
  support: ReadonlyMap<string, number>,
  options: SuggestOptions,
): { status: DecisionStatus; because: string } {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const replaced = [...findSupersessions(p.figures, support, windowDays).values()]
    .filter((x) => x.by.id === principal.id)
    .map((x) => x.reason);
  const refined = refinement(principal, windowDays);
  if (refined) replaced.push(refined);
  if (replaced.length) return { status: 'superseded', because: `superseded: ${replaced.join('; ')}` };
  const own = support.get(principal.id) ?? 0;
  const rival = p.figures
    .filter((f) => areRivals(f, principal, windowDays))
    .sort((a, b) => (support.get(b.id) ?? 0) - (support.get(a.id) ?? 0))[0];
  const share = options.disputeShare ?? 0.6;
  if (rival && (support.get(rival.id) ?? 0) >= share * Math.max(own, 0)) {
    return { status: 'disputed', because: `disputed: ${rival.value} is reported as widely at the same time` };
  }
  const members = principal.members.map((m) => m.claim);
  if (members.some((c) => isForecast(c, definitionOf(c)))) {
    return { status: 'open', because: 'open: a forecast or projection, not an outturn' };
  }
  if (members.every((c) => isSecondary(c))) {
    return { status: 'open', because: 'open: only reported second-hand, not confirmed by a primary report' };
  }
  return { status: 'confirmed', because: `confirmed by ${principal.groups.length} independent report(s)` };
}

function prepare(key: KeyClaims, options: SuggestOptions): Prepared {
  const unit = key.unit ?? options.targetUnit ?? commonestUnit(key.claims);
  const toCurrency = options.converterFor?.(unit) ?? options.toCurrency;
  const { included, excluded } = normaliseClaims(key.claims, { ...options, targetUnit: unit, toCurrency });
  const { figures, outliers } = buildFigures(key.key, included, options);
  return { key, unit, excluded, figures, outliers };
}

function empty(p: Prepared): Suggestion {
  return {
    key: p.key.key,
    unit: p.unit,
    value: null,
    low: null,
    high: null,
    asOf: null,
    status: 'open',
    confidence: 0,
    rationale: 'no report could be used',
    supporting: [],
    contradicting: [],
    other: [],
    excluded: p.excluded,
    figures: p.figures,
  };
}

/** Suggestions for every key at once: reliability is learned across the whole project. */
export function suggestKeys(keys: ReadonlyArray<KeyClaims>, options: SuggestOptions = {}): SuggestResult {
  const prepared = keys.map((k) => prepare(k, options));
  const truth = discoverTruth(
    prepared.flatMap((p) => p.figures),
    options,
  );
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const suggestions = prepared.map((p): Suggestion => {
    const score = (f: Figure) => (truth.support.get(f.id) ?? 0) * definitionPreference(f);
    const superseded = findSupersessions(p.figures, truth.support, windowDays);
    const candidates = p.figures.filter((f) => !f.componentOf && !superseded.has(f.id));
    const principal = [...candidates].sort((a, b) => score(b) - score(a) || b.lastDay - a.lastDay)[0];
    if (!principal) return empty(p);
    const { status, because } = decideStatus(p, principal, truth.support, options);
    const verdicts = explain(principal, p.figures, p.outliers, windowDays, superseded);
    const confidence = truth.confidence.get(principal.id) ?? 0;
    return {
      key: p.key.key,
      unit: p.unit,
      value: principal.value,
      low: principal.low,
      high: principal.high,
      asOf: principal.asOf,
      status,
      confidence,
      rationale: `${principal.shape === 'ceiling' ? 'up to ' : principal.shape === 'floor' ? 'at least ' : ''}${principal.value} ${p.unit} as of ${principal.asOf ?? 'unknown'}; ${because}; ${verdicts.supporting.length} supporting, ${verdicts.contradicting.length} contradicting report(s); confidence ${confidence.toFixed(2)}`,
      ...verdicts,
      excluded: p.excluded,
      figures: p.figures,
    };
  });
  return { suggestions, trust: truth.trust };
}

/** Convenience for one key (reliability is then learned from this key alone). */
export function suggestKey(key: KeyClaims, options: SuggestOptions = {}): Suggestion {
  return suggestKeys([key], options).suggestions[0]!;
}

/** The default key of a claim: subject → object : metric, as extracted. */
export function keyOf(claim: Pick<ReconcileClaim, 'subject' | 'object' | 'metric'>): string {
  return `${claim.subject ?? '-'} → ${claim.object ?? '-'} : ${claim.metric ?? '-'}`;
}

/** Groups claims by `keyOf`, in first-seen order. */
export function groupByKey(claims: ReadonlyArray<ReconcileClaim>): KeyClaims[] {
  const groups = new Map<string, ReconcileClaim[]>();
  for (const c of claims) {
    const k = keyOf(c);
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return [...groups].map(([key, list]) => ({ key, claims: list }));
}
