import type { Rates } from './score';

/**
 * The issue's quality targets for article batches nobody on the project has seen: amount F1 ≥ 0.95,
 * qualifiers ≥ 0.90, restatements ≥ 0.90 (recall and precision), and subject/object/metric of
 * headline claims ≥ 0.85. The held-out set is where they are measured honestly.
 */
export const ISSUE_TARGETS = {
  amountF1: 0.95,
  qualifierAccuracy: 0.9,
  restatementRecall: 0.9,
  restatementPrecision: 0.9,
  subjectAccuracy: 0.85,
  objectAccuracy: 0.85,
  metricAccuracy: 0.85,
} as const satisfies Partial<Record<keyof Rates, number>>;

export type TargetName = keyof typeof ISSUE_TARGETS;

export interface TargetCheck {
  readonly name: TargetName;
  readonly measured: number;
  readonly target: number;
  readonly met: boolean;
}

export function checkTargets(rates: Rates): TargetCheck[] {
  return (Object.keys(ISSUE_TARGETS) as TargetName[]).map((name) => {
    const target = ISSUE_TARGETS[name];
    return { name, measured: rates[name], target, met: rates[name] >= target };
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** "metricAccuracy 78.1% — target 85.0%, missed by 6.9 points" */
export function describeTarget(t: TargetCheck): string {
  const verdict = t.met
    ? `met (+${((t.measured - t.target) * 100).toFixed(1)} points)`
    : `MISSED by ${((t.target - t.measured) * 100).toFixed(1)} points`;
  return `${t.name} ${pct(t.measured)} — target ${pct(t.target)}, ${verdict}`;
}
