/**
 * Chooses the metric of an amount from the cue words of its sentence: the closest cue wins, a cue
 * in the amount's own clause beats one elsewhere in the sentence, an ordinary cue beats a weak one
 * (契約 beats 投じる), and the cue's metric must fit the unit (a % is not a valuation).
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
  if (unit === '%') return 'percent';
  return /^[A-Z]{3}$/.test(unit) ? 'money' : 'other';
}

export function chooseMetric(
  cues: readonly Mention[],
  amount: { start: number; end: number; clause: number },
  clauseOf: (pos: number) => number,
  unit: MetricUnitKind,
  metricOf: (id: string) => MetricEntry | undefined,
  excluded: (pos: number) => boolean,
): MetricChoice | null {
  let best: MetricChoice | null = null;
  let bestCost = Infinity;
  for (const c of cues) {
    const m = metricOf(c.id);
    if (!m || !m.units.includes(unit)) continue;
    if (excluded(c.start)) continue;
    const dist = c.end <= amount.start ? amount.start - c.end : c.start >= amount.end ? c.start - amount.end : 0;
    const sameClause = clauseOf(c.start) === amount.clause;
    const cost = dist + (sameClause ? 0 : OTHER_CLAUSE_COST) + (c.weak ? WEAK_COST : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = { id: c.id, cue: c, sameClause };
    }
  }
  return best;
}
