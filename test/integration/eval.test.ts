/**
 * Extraction quality on the annotated sets (test/fixtures/eval). The own-set floors are what the
 * claim builder reached when they were set, minus 3 points, so a regression fails CI while the
 * figures (printed below) stay visible in the output. The held-out set (articles nobody tuned on)
 * is held to the issue's targets where it meets them; where it does not, the gap is printed and
 * only a regression floor is asserted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateExtraction, type SetResult } from '../eval/run-eval';
import { checkTargets, describeTarget, ISSUE_TARGETS, type TargetName } from '../eval/targets';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function show(r: SetResult): void {
  const x = r.rates;
  console.log(
    `eval ${r.name} (${r.articles} articles): amounts F1 ${pct(x.amountF1)}, qualifiers ${pct(x.qualifierAccuracy)}, ` +
      `restatements R ${pct(x.restatementRecall)} P ${pct(x.restatementPrecision)}, headline subject ${pct(x.subjectAccuracy)}, ` +
      `object ${pct(x.objectAccuracy)}, metric ${pct(x.metricAccuracy)}`,
  );
}

let results: SetResult[];
const set = (name: string): SetResult => {
  const r = results.find((x) => x.name === name);
  if (!r) throw new Error(`no eval set named ${name}`);
  return r;
};

beforeAll(async () => {
  results = await evaluateExtraction();
  results.forEach(show);
}, 90_000);

describe('extraction against the annotated sets', () => {
  it('meets the quality floors', () => {
    const s = set('seeds').rates;
    expect(s.amountPrecision).toBe(1);
    expect(s.amountRecall).toBe(1);
    expect(s.qualifierAccuracy).toBe(1);
    expect(s.restatementRecall).toBe(1);
    expect(s.restatementPrecision).toBe(1);
    expect(s.subjectAccuracy).toBe(1);
    expect(s.objectAccuracy).toBe(1);
    expect(s.metricAccuracy).toBe(1);

    const o = set('own').rates;
    expect(o.amountF1).toBeGreaterThanOrEqual(0.97);
    expect(o.qualifierAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(o.restatementRecall).toBeGreaterThanOrEqual(0.95);
    expect(o.restatementPrecision).toBeGreaterThanOrEqual(0.95);
    // Reached 93.6% / 93.6% / 96.8% on headline claims.
    expect(o.subjectAccuracy).toBeGreaterThanOrEqual(0.906);
    expect(o.objectAccuracy).toBeGreaterThanOrEqual(0.906);
    expect(o.metricAccuracy).toBeGreaterThanOrEqual(0.938);
  });
});

/** Targets the held-out set met when it was written (26 articles, 270 amounts, 55 headline claims). */
const HELDOUT_MET: ReadonlyArray<TargetName> = [
  'amountF1', // 98.9%
  'qualifierAccuracy', // 96.2%
  'restatementRecall', // 100%
  'restatementPrecision', // 100%
];

/**
 * Targets it missed, with regression floors at the measured figure minus 3 points (measured:
 * subject 41.8%, object 47.3%, metric 70.9%). Most misses are headline entities absent from the
 * lexicon and the direction of contract claims; see test/fixtures/eval/heldout/README.md.
 */
const HELDOUT_MISSED_FLOORS: Readonly<Partial<Record<TargetName, number>>> = {
  subjectAccuracy: 0.388,
  objectAccuracy: 0.443,
  metricAccuracy: 0.679,
};

describe('extraction on the held-out set (articles nobody tuned on)', () => {
  it('meets the issue targets it met, and prints the gap to the others', () => {
    const h = set('heldout');
    for (const [lang, r] of Object.entries(h.byLang))
      console.log(
        `eval heldout ${lang}: F1 ${pct(r.amountF1)}, qualifiers ${pct(r.qualifierAccuracy)}, subject ` +
          `${pct(r.subjectAccuracy)}, object ${pct(r.objectAccuracy)}, metric ${pct(r.metricAccuracy)}`,
      );
    for (const t of checkTargets(h.rates)) {
      console.log(`eval heldout target: ${describeTarget(t)}`);
      if (t.met && !HELDOUT_MET.includes(t.name))
        console.log(`eval heldout: ${t.name} now meets its target; assert it in HELDOUT_MET`);
    }
    for (const name of HELDOUT_MET) expect(h.rates[name], name).toBeGreaterThanOrEqual(ISSUE_TARGETS[name]);
    for (const [name, floor] of Object.entries(HELDOUT_MISSED_FLOORS) as Array<[TargetName, number]>)
      expect(h.rates[name], `${name} regression floor`).toBeGreaterThanOrEqual(floor);
  });

  it('every annotated amount reaches the extractor (no ingest losses)', () => {
    expect(set('heldout').ingestGaps).toEqual([]);
  });
});
