import type { ClaimDraft } from '../../main/core/importer/types';
import type { GoldAmount, GoldArticle } from './annotations';

/** Counts for one evaluated set; rates are derived in `rates`. */
export interface Tally {
  goldAmounts: number;
  predictedAmounts: number;
  matchedAmounts: number;
  qualifierRight: number;
  goldEquivalents: number;
  predictedEquivalents: number;
  equivalentsRight: number;
  headline: number;
  subjectRight: number;
  objectRight: number;
  metricRight: number;
  misses: string[];
}

export function emptyTally(): Tally {
  return {
    goldAmounts: 0,
    predictedAmounts: 0,
    matchedAmounts: 0,
    qualifierRight: 0,
    goldEquivalents: 0,
    predictedEquivalents: 0,
    equivalentsRight: 0,
    headline: 0,
    subjectRight: 0,
    objectRight: 0,
    metricRight: 0,
    misses: [],
  };
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

function sameAmount(p: { value: number; unit: string }, g: { value: number; unit: string }): boolean {
  return p.unit === g.unit && sameValue(p.value, g.value);
}

/**
 * Matches predictions to gold amounts in reading order (title first), so that repeated amounts
 * ("100億ドル" five times) pair up one to one.
 */
export function scoreArticle(gold: GoldArticle, predicted: ReadonlyArray<ClaimDraft>, tally: Tally): void {
  const used = new Set<number>();
  tally.goldAmounts += gold.amounts.length;
  tally.predictedAmounts += predicted.length;
  const describe = (g: GoldAmount) => `${gold.file}: "${g.text}"`;
  for (const g of gold.amounts) {
    tally.goldEquivalents += g.equivalents.length;
    const i = predicted.findIndex(
      (p, k) => !used.has(k) && sameAmount(p, g) && (p.text.includes(g.text) || g.text.includes(p.text)),
    );
    const j = i >= 0 ? i : predicted.findIndex((p, k) => !used.has(k) && sameAmount(p, g));
    if (j < 0) {
      tally.misses.push(`${describe(g)} missed (${g.value} ${g.unit})`);
      continue;
    }
    used.add(j);
    const p = predicted[j]!;
    tally.matchedAmounts++;
    if (p.qualifier === g.qualifier) tally.qualifierRight++;
    else tally.misses.push(`${describe(g)} qualifier ${p.qualifier}, expected ${g.qualifier}`);
    for (const ge of g.equivalents) {
      if (p.equivalents.some((pe) => sameAmount(pe, ge))) tally.equivalentsRight++;
      else tally.misses.push(`${describe(g)} restatement "${ge.text}" missing`);
    }
    tally.predictedEquivalents += p.equivalents.length;
    if (g.headline) {
      tally.headline++;
      const checks: Array<['subject' | 'object' | 'metric', 'subjectRight' | 'objectRight' | 'metricRight']> =
        [
          ['subject', 'subjectRight'],
          ['object', 'objectRight'],
          ['metric', 'metricRight'],
        ];
      for (const [field, counter] of checks) {
        if ((p[field] ?? null) === (g[field] ?? null)) tally[counter]++;
        else
          tally.misses.push(`${describe(g)} ${field} ${p[field] ?? 'null'}, expected ${g[field] ?? 'null'}`);
      }
    }
  }
  predicted.forEach((p, k) => {
    if (!used.has(k)) tally.misses.push(`${gold.file}: extra amount "${p.text}" (${p.value} ${p.unit})`);
  });
}

export interface Rates {
  readonly amountPrecision: number;
  readonly amountRecall: number;
  readonly amountF1: number;
  readonly qualifierAccuracy: number;
  readonly restatementPrecision: number;
  readonly restatementRecall: number;
  readonly subjectAccuracy: number;
  readonly objectAccuracy: number;
  readonly metricAccuracy: number;
  readonly headlineAccuracy: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function rates(t: Tally): Rates {
  const precision = ratio(t.matchedAmounts, t.predictedAmounts);
  const recall = ratio(t.matchedAmounts, t.goldAmounts);
  return {
    amountPrecision: precision,
    amountRecall: recall,
    amountF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    qualifierAccuracy: ratio(t.qualifierRight, t.matchedAmounts),
    restatementPrecision: ratio(t.equivalentsRight, t.predictedEquivalents),
    restatementRecall: ratio(t.equivalentsRight, t.goldEquivalents),
    subjectAccuracy: ratio(t.subjectRight, t.headline),
    objectAccuracy: ratio(t.objectRight, t.headline),
    metricAccuracy: ratio(t.metricRight, t.headline),
    headlineAccuracy: ratio(t.subjectRight + t.objectRight + t.metricRight, t.headline * 3),
  };
}
