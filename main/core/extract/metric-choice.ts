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
// "주당 55달러", "$55 a share", "1株55ドル": a bound cue describes only an amount this close.
const BOUND_GAP = 3;

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
  let prev: Mention | null = null;
  for (const c of cues) {
    // "인수 가격", "acquisition price", "買収価格": a weak noun right after a cue heads a compound
    // whose meaning the first cue gives.
    const head = c.weak && prev !== null && !prev.weak && c.start - prev.end <= 1;
    prev = c;
    if (head) continue;
    const m = metricOf(c.id);
    if (!m || !m.units.includes(unit)) continue;
    if (excluded(c.start) || c.use === 'change') continue;
    const dist =
      c.end <= amount.start ? amount.start - c.end : c.start >= amount.end ? c.start - amount.end : 0;
    if (c.use === 'bound' && dist > BOUND_GAP) continue;
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

/**
 * The quantity a growth/decline cue applies to: the nearest other cue before the change word in
 * its clause ("營收…年增62%", "株価は5%下落"), else after it in the clause ("up 62% in revenue"), else
 * the nearest one in an earlier clause ("revenue of $57bn, up 62%"). Any unit kind: a growth rate
 * takes the metric of what grew, whatever that quantity's own unit is.
 */
export function changedQuantity(
  cues: readonly Mention[],
  change: Mention,
  clauseOf: (pos: number) => number,
  metricOf: (id: string) => MetricEntry | undefined,
  excluded: (pos: number) => boolean,
): Mention | null {
  const clause = clauseOf(change.start);
  let before: Mention | null = null;
  let after: Mention | null = null;
  let earlier: Mention | null = null;
  for (const c of cues) {
    if (c === change || excluded(c.start) || metricOf(c.id)?.change) continue;
    const k = clauseOf(c.start);
    if (k === clause && c.end <= change.start) before = c;
    else if (k === clause && c.start >= change.end) after ??= c;
    else if (k < clause) earlier = c;
  }
  return before ?? after ?? earlier;
}

/**
 * The money value of a stake is a valuation of that holding ("valuing its stake at $135 billion",
 * "持有OpenAI约27%股份 价值约1350亿美元"): returns the valuation metric when the amount is money, the
 * chosen cue is a stake or valuation cue and the sentence has a cue of the other kind; else null.
 */
export function holdingValue(
  metric: MetricEntry | null,
  cue: Mention | null,
  cues: readonly Mention[],
  unit: MetricUnitKind,
  lex: { metric(id: string): MetricEntry | undefined },
): MetricEntry | null {
  if (!metric || !cue || unit !== 'money') return null;
  const other = metric.id === 'stake' ? 'valuation' : metric.id === 'valuation' ? 'stake' : null;
  if (!other || !cues.some((c) => c.id === other && c.use !== 'change')) return null;
  return lex.metric('valuation') ?? null;
}
