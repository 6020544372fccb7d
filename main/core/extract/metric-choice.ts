/**
 * Chooses the metric of an amount from the cue words of its sentence: the closest cue wins, a cue
 * in the amount's own clause beats one elsewhere in the sentence, an ordinary cue beats a weak one
 * (契約 beats 投じる), and the cue's metric must fit the unit (a % is not a valuation).
 * A cue marked as the sentence topic (ko 은/는, ja は/では) is not penalised for being in another clause.
 */
import type { MetricEntry, MetricUnitKind } from './lexicon';
import type { Mention } from './lexicon-matcher';

export interface MetricChoice {
  id: string;
  cue: Mention;
  sameClause: boolean;
}

// In characters: how much farther a cue may be and still win over the disadvantaged one.
const OTHER_CLAUSE_COST = 40;
const WEAK_COST = 25;

export function unitKind(unit: string): MetricUnitKind {
  if (unit === '%' || unit === 'pp') return 'percent';
  return /^[A-Z]{3}$/.test(unit) ? 'money' : 'other';
}

export function chooseMetric(
  cues: readonly Mention[],
  amount: { start: number; end: number; clause: number },
  clauseOf: (pos: number) => number,
  unit: MetricUnitKind,
  metricOf: (id: string) => MetricEntry | undefined,
  excluded: (pos: number) => boolean,
  isTopic: (cue: Mention) => boolean,
): MetricChoice | null {
  let best: MetricChoice | null = null;
  let bestCost = Infinity;
  for (const c of cues) {
    const m = metricOf(c.id);
    if (!m || !m.units.includes(unit)) continue;
    if (excluded(c.start)) continue;
    const dist =
      c.end <= amount.start ? amount.start - c.end : c.start >= amount.end ? c.start - amount.end : 0;
    const sameClause = clauseOf(c.start) === amount.clause;
    // A cue that is the sentence's topic ("11月初旬の契約では、…", "매출은 …") governs its other clauses too.
    const cost = dist + (sameClause || isTopic(c) ? 0 : OTHER_CLAUSE_COST) + (c.weak ? WEAK_COST : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = { id: c.id, cue: c, sameClause };
    }
  }
  return best;
}
