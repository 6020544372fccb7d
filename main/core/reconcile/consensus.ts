/**
 * The consensus view of a key, as analysts know it from estimate tables: at a chosen as-of date,
 * each source's latest report counts once, in one currency, minus the reports the analyst excluded
 * (each exclusion needs a reason, and is reported back with it).
 */
import { asOfRange, dayNumber, reportDay } from './claim-facts';
import { normaliseClaim } from './normalise';
import type { NormaliseOptions, ReconcileClaim } from './types';

/** The reasons the Compare view offers; anything else is the analyst's own words. */
export const EXCLUSION_REASONS = ['syndicated copy', 'different definition', 'stale', 'typo'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number] | (string & {});

export interface ConsensusOptions extends NormaliseOptions {
  /** 'YYYY-MM-DD': only reports published by then, and their figures as of then, count. */
  readonly asOf: string;
  /** Claim id → reason. */
  readonly exclusions?: ReadonlyMap<string, ExclusionReason>;
}

export interface ConsensusEntry {
  readonly claimId: string;
  readonly sourceId: string;
  readonly value: number;
  readonly qualifier: ReconcileClaim['qualifier'];
  readonly conversion: string;
}

export interface ConsensusExclusion {
  readonly claimId: string;
  readonly reason: string;
  /** 'analyst' for exclusions the analyst made, 'engine' for ones the rules imply. */
  readonly by: 'analyst' | 'engine';
}

export interface Consensus {
  readonly asOf: string;
  readonly unit: string;
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly high: number | null;
  readonly low: number | null;
  /** high − low, and the same relative to the median. */
  readonly spread: number | null;
  readonly relativeSpread: number | null;
  /** Included reports that give only a bound (their bound is what is counted). */
  readonly bounded: number;
  readonly included: ConsensusEntry[];
  readonly excluded: ConsensusExclusion[];
}

export class ExclusionReasonMissing extends Error {
  constructor(readonly claimId: string) {
    super(`Excluding claim ${claimId} needs a reason`);
    this.name = 'ExclusionReasonMissing';
  }
}

function median(sorted: ReadonlyArray<number>): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A source's current report at the date: latest as-of, then the headline, then reading order. */
function newestFirst(a: ReconcileClaim, b: ReconcileClaim): number {
  const da = asOfRange(a)?.[1] ?? -Infinity;
  const db = asOfRange(b)?.[1] ?? -Infinity;
  return db - da || Number(b.inTitle) - Number(a.inTitle) || a.span[0] - b.span[0];
}

export function consensusAt(claims: ReadonlyArray<ReconcileClaim>, options: ConsensusOptions): Consensus {
  const cutoff = dayNumber(options.asOf);
  if (Number.isNaN(cutoff)) throw new Error(`consensusAt: as-of "${options.asOf}" is not a YYYY-MM-DD date`);
  const excluded: ConsensusExclusion[] = [];
  const candidates: ReconcileClaim[] = [];
  for (const claim of claims) {
    const reason = options.exclusions?.get(claim.id);
    if (reason !== undefined) {
      if (!reason.trim()) throw new ExclusionReasonMissing(claim.id);
      excluded.push({ claimId: claim.id, reason: reason.trim(), by: 'analyst' });
    } else if (reportDay(claim) > cutoff || (asOfRange(claim)?.[0] ?? -Infinity) > cutoff) {
      excluded.push({ claimId: claim.id, reason: `reported after ${options.asOf}`, by: 'engine' });
    } else {
      candidates.push(claim);
    }
  }
  const bySource = new Map<string, ReconcileClaim[]>();
  for (const c of candidates) bySource.set(c.source.id, [...(bySource.get(c.source.id) ?? []), c]);
  const included: ConsensusEntry[] = [];
  let bounded = 0;
  for (const group of bySource.values()) {
    const [current, ...rest] = [...group].sort(newestFirst);
    for (const r of rest) {
      excluded.push({
        claimId: r.id,
        reason: 'another report of the same source counts for it',
        by: 'engine',
      });
    }
    if (!current) continue;
    const n = normaliseClaim(current, options);
    if (!('interval' in n)) {
      excluded.push({ claimId: current.id, reason: n.reason, by: 'engine' });
      continue;
    }
    if (current.qualifier !== 'exact' && current.qualifier !== 'about' && current.qualifier !== 'range')
      bounded++;
    included.push({
      claimId: current.id,
      sourceId: current.source.id,
      value: n.reference,
      qualifier: current.qualifier,
      conversion: n.conversion,
    });
  }
  const values = included.map((e) => e.value).sort((a, b) => a - b);
  if (values.length === 0) {
    return {
      asOf: options.asOf,
      unit: options.targetUnit,
      n: 0,
      mean: null,
      median: null,
      high: null,
      low: null,
      spread: null,
      relativeSpread: null,
      bounded,
      included,
      excluded,
    };
  }
  const low = values[0]!;
  const high = values[values.length - 1]!;
  const med = median(values);
  return {
    asOf: options.asOf,
    unit: options.targetUnit,
    n: values.length,
    mean: values.reduce((s, v) => s + v, 0) / values.length,
    median: med,
    high,
    low,
    spread: high - low,
    relativeSpread: med > 0 ? (high - low) / med : null,
    bounded,
    included,
    excluded,
  };
}
