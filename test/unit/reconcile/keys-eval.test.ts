/**
 * Reconciliation accuracy on the 53 labelled keys of test/fixtures/eval/own/keys.json, against two
 * baselines. Claims come from the real ingest + extractor; they join a key by the annotations
 * (so this measures the reconciliation, not the extractor's subject/metric labels).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyClaims } from '../../../main/core/reconcile';
import {
  buildLabelledKeys,
  latestReport,
  loadKeys,
  majorityVote,
  score,
  suggestionMethod,
  valueRight,
  type LabelledKey,
  type Prediction,
  type Score,
} from './keys-eval-lib';

let labels: LabelledKey[];
let keys: KeyClaims[];
let ours: Prediction[];
const scores: Record<string, Score> = {};

beforeAll(async () => {
  labels = loadKeys();
  keys = await buildLabelledKeys(labels);
  ours = suggestionMethod(keys);
  scores['suggestion (TruthFinder + time)'] = score(ours, labels);
  scores['majority vote'] = score(majorityVote(keys), labels);
  scores['latest report'] = score(latestReport(keys), labels);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const lines = Object.entries(scores).map(
    ([name, s]) => `${name.padEnd(32)} ${pct(s.both)} ${pct(s.value)} ${pct(s.status)}`,
  );
  const asOfRight = ours.filter((p, i) => p.asOf?.slice(0, 10) === labels[i]!.truth.asOf).length;
  const misses = labels
    .map((k, i) => ({ k, p: ours[i]!, key: keys[i]!.key }))
    .filter(({ k, p }) => !valueRight(p, k.truth) || p.status !== k.truth.status)
    .map(({ k, p, key }) => `  ${key}: ${p.value} ${p.status} (truth ${k.truth.value} ${k.truth.status})`);
  console.log(
    [
      `Reconciliation on ${labels.length} labelled keys (value within 1% or the labelled range; status exact)`,
      `${'method'.padEnd(32)} ${'both'.padStart(7)} ${'value'.padStart(7)} ${'status'.padStart(7)}`,
      ...lines,
      `suggestion as-of equal to the labelled as-of: ${asOfRight}/${labels.length}`,
      'suggestion misses:',
      ...misses,
    ].join('\n'),
  );
}, 120_000);

describe('suggestion on the labelled keys', () => {
  it('every labelled key gets claims from its articles', () => {
    expect(keys).toHaveLength(53);
    for (const k of keys) expect(k.claims.length, k.key).toBeGreaterThan(0);
  });

  it('is at least as accurate as majority vote and latest report (value and status)', () => {
    const mine = scores['suggestion (TruthFinder + time)']!;
    expect(mine.both).toBeGreaterThanOrEqual(scores['majority vote']!.both);
    expect(mine.both).toBeGreaterThanOrEqual(scores['latest report']!.both);
    expect(mine.value).toBeGreaterThanOrEqual(scores['majority vote']!.value);
    expect(mine.value).toBeGreaterThanOrEqual(scores['latest report']!.value);
  });

  it('reaches ≥ 0.9 value accuracy and ≥ 0.7 value-and-status accuracy', () => {
    const mine = scores['suggestion (TruthFinder + time)']!;
    expect(mine.value).toBeGreaterThanOrEqual(0.9);
    expect(mine.both).toBeGreaterThanOrEqual(0.7);
  });

  it('flags the Nvidia per-share figure beside net income as an outlier rather than a rival', () => {
    const i = keys.findIndex((k) => k.key === 'Nvidia → - : profit');
    expect(ours[i]!.value).toBe(31_900_000_000);
  });
});
