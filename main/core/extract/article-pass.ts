/**
 * Rules that need the whole article's claims: a cited source shared by the other claims of the
 * same key, two amounts of one key that add up to a third (tranches and their total), and amounts
 * 1000× smaller than another of their key (a dropped scale word).
 */
import type { ClaimDraft } from './claim-types';
import { ratioFlags, type KeyedAmount } from './plausibility';

const keyOf = (c: ClaimDraft): string | null =>
  c.metric === null ? null : `${c.subject ?? ''}|${c.object ?? ''}|${c.metric}`;

function groups(claims: readonly ClaimDraft[]): Map<string, ClaimDraft[]> {
  const out = new Map<string, ClaimDraft[]>();
  for (const c of claims) {
    const k = keyOf(c);
    if (k === null || (c.subject === null && c.object === null)) continue;
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/** "아마존이 최대 500억 달러를 투자" (no source) … "디인포메이션은 … 보도했다" (same key, cited). */
function inheritCitations(byKey: Map<string, ClaimDraft[]>): void {
  for (const list of byKey.values()) {
    const sources = new Set(list.map((c) => c.citedSource).filter((s): s is string => s !== null));
    if (sources.size !== 1) continue;
    const [source] = sources;
    for (const c of list)
      if (c.citedSource === null) {
        c.citedSource = source!;
        c.flags.push('inferred: cited source from another sentence about the same claim');
      }
  }
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 0.005;

/** 15 + 35 = 50 within one key: 15 and 35 are tranches, 50 their total. */
// Past this many distinct amounts in one key the article is a table, not a story: skip the rule
// (it is quadratic in the number of distinct amounts).
const MAX_SUM_VALUES = 40;

function markSums(byKey: Map<string, ClaimDraft[]>): void {
  for (const list of byKey.values()) {
    if (list.length < 3) continue;
    const byUnit = new Map<string, ClaimDraft[]>();
    for (const c of list) {
      const same = byUnit.get(c.unit);
      if (same) same.push(c);
      else byUnit.set(c.unit, [c]);
    }
    for (const same of byUnit.values()) {
      const values = [...new Set(same.map((c) => c.value))];
      if (values.length < 3 || values.length > MAX_SUM_VALUES) continue;
      const totals = new Set<number>();
      const tranches = new Set<number>();
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i]!;
          const b = values[j]!;
          const total = values.find((t) => t !== a && t !== b && near(a + b, t));
          if (total === undefined) continue;
          totals.add(total);
          tranches.add(a).add(b);
        }
      for (const c of same) {
        if (c.part !== null) continue;
        if (totals.has(c.value)) c.part = 'total';
        else if (tranches.has(c.value)) c.part = 'tranche';
      }
    }
  }
}

export function articlePass(claims: ClaimDraft[]): void {
  const byKey = groups(claims);
  inheritCitations(byKey);
  markSums(byKey);
  const keyed: Array<KeyedAmount & { claim: ClaimDraft }> = [];
  for (const c of claims) {
    const k = keyOf(c);
    if (k !== null) keyed.push({ key: k, value: c.value, unit: c.unit, flags: c.flags, claim: c });
  }
  ratioFlags(keyed);
}
