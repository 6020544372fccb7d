/**
 * Builds the labelled keys of test/fixtures/eval/own/keys.json from the real extractor's claims,
 * and scores a reconciliation method and two baselines against the truth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, DecisionStatus } from '../../../shared/model';
import {
  normaliseClaims,
  suggestKeys,
  type KeyClaims,
  type ReconcileClaim,
} from '../../../main/core/reconcile';
import { extractFile, fixedRateConverter } from './helpers';

const OWN = join(import.meta.dirname, '..', '..', 'fixtures', 'eval', 'own');
export const OWN_ARTICLES = join(OWN, 'articles');

interface KeyLabel {
  readonly subject: string | null;
  readonly object: string | null;
  readonly metric: string | null;
}

export interface LabelledKey {
  readonly key: KeyLabel;
  readonly files: ReadonlyArray<string>;
  readonly truth: {
    readonly value: number;
    readonly low: number | null;
    readonly high: number | null;
    readonly unit: string;
    readonly asOf: string;
    readonly status: DecisionStatus;
  };
  readonly why: string;
}

interface GoldAmount extends KeyLabel {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
}

interface GoldArticle {
  readonly file: string;
  readonly amounts: ReadonlyArray<GoldAmount>;
}

export function loadKeys(): LabelledKey[] {
  return JSON.parse(readFileSync(join(OWN, 'keys.json'), 'utf8')) as LabelledKey[];
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

/**
 * Pairs each extracted claim with its gold amount in reading order (as test/eval/score.ts does), so
 * a claim joins a key by what the annotator says it is about, not by what the extractor guessed.
 */
function labelClaims(
  gold: GoldArticle,
  claims: ReadonlyArray<Claim>,
): Array<{ claim: Claim; label: KeyLabel }> {
  const used = new Set<number>();
  const out: Array<{ claim: Claim; label: KeyLabel }> = [];
  for (const g of gold.amounts) {
    const same = (c: Claim) => c.unit === g.unit && sameValue(c.value, g.value);
    let j = claims.findIndex(
      (c, k) => !used.has(k) && same(c) && (c.text.includes(g.text) || g.text.includes(c.text)),
    );
    if (j < 0) j = claims.findIndex((c, k) => !used.has(k) && same(c));
    if (j < 0) continue;
    used.add(j);
    out.push({ claim: claims[j]!, label: g });
  }
  return out;
}

const keyName = (k: KeyLabel) => `${k.subject ?? '-'} → ${k.object ?? '-'} : ${k.metric ?? '-'}`;

/** Claims of every labelled key, relabelled with the key (as an analyst moving claims would). */
export async function buildLabelledKeys(keys: ReadonlyArray<LabelledKey>): Promise<KeyClaims[]> {
  const gold = new Map(
    (JSON.parse(readFileSync(join(OWN, 'annotations.json'), 'utf8')) as GoldArticle[]).map((a) => [
      a.file,
      a,
    ]),
  );
  const files = [...new Set(keys.flatMap((k) => k.files))];
  const labelled = new Map<string, Array<{ claim: Claim; label: KeyLabel }>>();
  for (const file of files) {
    const articles = await extractFile(OWN_ARTICLES, file);
    const g = gold.get(file);
    if (!g) throw new Error(`no annotation for ${file}`);
    labelled.set(
      file,
      labelClaims(
        g,
        articles.flatMap((a) => a.claims),
      ),
    );
  }
  return keys.map((k) => ({
    key: keyName(k.key),
    unit: k.truth.unit,
    claims: k.files.flatMap((f) =>
      (labelled.get(f) ?? [])
        .filter(
          ({ label }) =>
            label.subject === k.key.subject && label.object === k.key.object && label.metric === k.key.metric,
        )
        .map(({ claim }): ReconcileClaim => ({
          ...claim,
          subject: k.key.subject,
          object: k.key.object,
          metric: k.key.metric,
        })),
    ),
  }));
}

export interface Prediction {
  readonly value: number | null;
  readonly status: DecisionStatus;
  readonly asOf?: string | null;
}

export type Method = (keys: ReadonlyArray<KeyClaims>) => Prediction[];

/** Our method: suggestKeys over all keys at once (reliability is learned across the whole set). */
export const suggestionMethod: Method = (keys) =>
  suggestKeys(keys, { converterFor: (unit) => fixedRateConverter(unit) }).suggestions.map((s) => ({
    value: s.value,
    status: s.status,
    asOf: s.asOf,
  }));

function normalisedValues(k: KeyClaims) {
  const unit = k.unit ?? '';
  return normaliseClaims(k.claims, { targetUnit: unit, toCurrency: fixedRateConverter(unit) }).included;
}

/** Baseline 1: the value most reports give (within 1%); confirmed when it holds a majority. */
export const majorityVote: Method = (keys) =>
  keys.map((k) => {
    const values = normalisedValues(k).map((n) => n.reference);
    let best: number | null = null;
    let bestCount = 0;
    for (const v of values) {
      const count = values.filter((w) => Math.abs(w - v) <= 0.01 * v).length;
      if (count > bestCount) [best, bestCount] = [v, count];
    }
    return { value: best, status: bestCount * 2 > values.length ? 'confirmed' : 'disputed' };
  });

/** Baseline 2: the latest report's value; superseded when an earlier report said otherwise. */
export const latestReport: Method = (keys) =>
  keys.map((k) => {
    const dated = normalisedValues(k)
      .map((n) => ({ n, day: Date.parse(n.claim.source.publishedAt ?? n.claim.asOf ?? '') || 0 }))
      .sort((a, b) => b.day - a.day || Number(b.n.claim.inTitle) - Number(a.n.claim.inTitle));
    const latest = dated[0];
    if (!latest) return { value: null, status: 'open' };
    const changed = dated.some(
      (d) => d.day < latest.day && Math.abs(d.n.reference - latest.n.reference) > 0.01 * latest.n.reference,
    );
    return { value: latest.n.reference, status: changed ? 'superseded' : 'confirmed' };
  });

export function valueRight(p: Prediction, truth: LabelledKey['truth']): boolean {
  if (p.value === null) return false;
  if (truth.low !== null && truth.high !== null && p.value >= truth.low && p.value <= truth.high) return true;
  return Math.abs(p.value - truth.value) <= 0.01 * truth.value;
}

export interface Score {
  readonly both: number;
  readonly value: number;
  readonly status: number;
  readonly n: number;
}

export function score(preds: ReadonlyArray<Prediction>, keys: ReadonlyArray<LabelledKey>): Score {
  let both = 0;
  let value = 0;
  let status = 0;
  keys.forEach((k, i) => {
    const p = preds[i]!;
    const v = valueRight(p, k.truth);
    const s = p.status === k.truth.status;
    if (v) value++;
    if (s) status++;
    if (v && s) both++;
  });
  const n = keys.length;
  return { both: both / n, value: value / n, status: status / n, n };
}
