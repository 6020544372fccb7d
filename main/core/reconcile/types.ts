/**
 * Shapes of the reconciliation engine. Everything here is plain data: the engine is a set of pure
 * functions from claims (shared/model.ts) to intervals, relations, suggestions and consensus tables.
 */
import type { Claim, DecisionStatus } from '../../../shared/model';

/**
 * What the reconciliation needs beyond a stored claim. Both fields are optional so a plain `Claim`
 * is a valid input; the lead wires them from the near-duplicate detector and the analyst's edits.
 */
export interface IndependenceHints {
  /** Claims with the same group count as one voice (an analyst's or the importer's grouping). */
  readonly independenceGroup?: string | null;
  /** Source id of the article this one is a syndicated copy of (same text, new headline). */
  readonly syndicatedOf?: string | null;
}

export type ReconcileClaim = Claim & IndependenceHints;

/** A set of reals with possibly open ends; `high` may be Infinity. Empty when low > high. */
export interface Interval {
  readonly low: number;
  readonly high: number;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/** The converter the fx module provides: base units of `unit` at `date` → the target currency. */
export type ToCurrency = (
  value: number,
  unit: string,
  date: string,
) => { readonly value: number; readonly provenance: string } | null;

export interface NormaliseOptions {
  /** The unit everything is expressed in: the currency the converter converts into, or '%'. */
  readonly targetUnit: string;
  readonly toCurrency?: ToCurrency;
  /**
   * Extra relative slack for converted values: reference rates are monthly and outlets convert at
   * the day's rate, so a restatement may be a few percent off and still be the same amount.
   */
  readonly conversionTolerance?: number;
}

/** A claim expressed in the target unit, with the interval it asserts there. */
export interface NormalisedClaim {
  readonly claim: ReconcileClaim;
  readonly interval: Interval;
  /** The single number that stands for the claim (the value, or the bound of an open claim). */
  readonly reference: number;
  /** 'same unit', or where the rate came from. */
  readonly conversion: string;
}

export interface ExcludedClaim {
  readonly claim: ReconcileClaim;
  readonly reason: string;
}

/** What a claim says the number measures, read from the extractor's `note` and `part`. */
export interface Definition {
  readonly basis: 'pre-money' | 'post-money' | null;
  readonly part: 'tranche' | 'total' | null;
  readonly commitment: 'pledged' | 'invested' | null;
  /** Reporting period ('2025-Q4', '2024'): a prior-year figure is a different quantity. */
  readonly period: string | null;
  /** Target year of a plan or projection ('2026'): makes the figure a forecast. */
  readonly target: string | null;
}

export type RelationKind = 'agree' | 'update' | 'different-definition' | 'component' | 'outlier' | 'conflict';

/** How two reports on one key relate, with a one-line reason an analyst can read. */
export interface Relation {
  readonly kind: RelationKind;
  readonly reason: string;
  /** For 'update': the id of the claim that replaces the other. */
  readonly newerClaimId?: string;
}

/** A value several reports give for one key (the "fact" of truth discovery). */
export interface Figure {
  readonly id: string;
  readonly key: string;
  readonly members: ReadonlyArray<NormalisedClaim>;
  /** Intersection of the members' intervals: what all of them allow at once. */
  readonly interval: Interval;
  /** The best-written member value (finest precision), or the bound for bound-only figures. */
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  /** 'point' when some member gives a value; otherwise the direction of the bounds. */
  readonly shape: 'point' | 'ceiling' | 'floor' | 'range';
  readonly definition: Definition;
  /** Day numbers (days since 1970-01-01) of the earliest and latest as-of among the members. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** First as-of at which the representative value itself was reported. */
  readonly asOf: string | null;
  /** Independence groups supporting the figure (each counts once). */
  readonly groups: ReadonlyArray<string>;
  /** Set when the figure is a part of another one (15B + 35B of 50B): that figure's id. */
  readonly componentOf: string | null;
}

export interface ClaimVerdict {
  readonly claimId: string;
  readonly outlet: string | null;
  readonly text: string;
  /** 'other-figure': a different quantity sharing the key (prior-year, segment, consensus). */
  readonly kind: RelationKind | 'other-figure';
  readonly reason: string;
}

export interface Suggestion {
  readonly key: string;
  readonly unit: string;
  /** null when nothing usable remains (every claim excluded). */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly asOf: string | null;
  readonly status: DecisionStatus;
  /** 0..1 from truth discovery. */
  readonly confidence: number;
  readonly rationale: string;
  readonly supporting: ReadonlyArray<ClaimVerdict>;
  readonly contradicting: ReadonlyArray<ClaimVerdict>;
  /** Superseded, different-definition, component and outlier claims, each with its reason. */
  readonly other: ReadonlyArray<ClaimVerdict>;
  readonly excluded: ReadonlyArray<ExcludedClaim>;
  /** All figures of the key in time order, for the Compare timeline. */
  readonly figures: ReadonlyArray<Figure>;
}
