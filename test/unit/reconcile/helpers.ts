/** Builders shared by the reconciliation tests: claims by hand, a fixed-rate converter, real articles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../../../shared/model';
import type { Qualifier } from '../../../shared/quantity/types';
import {
  compileLexicon,
  extractClaims,
  loadDefaultLexicon,
  type ClaimDraft,
} from '../../../main/core/extract';
import { parseArticleBytesAsync } from '../../../main/core/ingest';
import type { ReconcileClaim, ToCurrency } from '../../../main/core/reconcile';

let counter = 0;

export interface ClaimSpec {
  value: number;
  unit?: string;
  qualifier?: Qualifier;
  low?: number | null;
  high?: number | null;
  text?: string;
  source?: string;
  outlet?: string | null;
  publishedAt?: string | null;
  asOf?: string | null;
  metric?: string | null;
  subject?: string | null;
  object?: string | null;
  citedSource?: string | null;
  note?: string | null;
  part?: string | null;
  inTitle?: boolean;
  flags?: string[];
  id?: string;
  independenceGroup?: string;
  syndicatedOf?: string;
}

/** A claim as the DB would return it; only what a test states differs from the defaults. */
export function claim(spec: ClaimSpec): ReconcileClaim {
  const id = spec.id ?? `c_${++counter}`;
  const source = spec.source ?? `s_${id}`;
  const qualifier = spec.qualifier ?? 'exact';
  const base: Claim = {
    id,
    source: {
      id: source,
      file: `${source}.txt`,
      title: null,
      outlet: spec.outlet ?? null,
      url: null,
      publishedAt: spec.publishedAt === undefined ? '2026-02-27' : spec.publishedAt,
      lang: 'en',
    },
    subject: spec.subject === undefined ? 'Amazon' : spec.subject,
    object: spec.object === undefined ? 'OpenAI' : spec.object,
    metric: spec.metric === undefined ? 'investment' : spec.metric,
    value: spec.value,
    unit: spec.unit ?? 'USD',
    qualifier,
    low: spec.low ?? (qualifier === 'at_least' || qualifier === 'more_than' ? spec.value : null),
    high: spec.high ?? (qualifier === 'up_to' || qualifier === 'less_than' ? spec.value : null),
    asOf: spec.asOf === undefined ? (spec.publishedAt ?? '2026-02-27') : spec.asOf,
    text: spec.text ?? String(spec.value),
    quote: spec.text ?? String(spec.value),
    span: [0, 1],
    inTitle: spec.inTitle ?? false,
    equivalents: [],
    alternativeUnits: null,
    citedSource: spec.citedSource ?? null,
    note: spec.note ?? null,
    part: spec.part ?? null,
    confidence: 1,
    flags: spec.flags ?? [],
    origin: 'auto',
    status: 'candidate',
  };
  return { ...base, independenceGroup: spec.independenceGroup, syndicatedOf: spec.syndicatedOf };
}

/** Units of each currency per US dollar: a fixed table, good enough to test normalisation. */
export const TEST_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  KRW: 1400,
  JPY: 150,
  CNY: 7.2,
  EUR: 0.9,
  HKD: 7.8,
  TWD: 32,
};

/** The injected converter the fx module will provide, over TEST_RATES. */
export function fixedRateConverter(target: string, rates = TEST_RATES): ToCurrency {
  return (value, unit) => {
    const from = rates[unit];
    const to = rates[target];
    if (from === undefined || to === undefined) return null;
    return { value: (value / from) * to, provenance: `test table ${unit}→${target}` };
  };
}

const lexicon = compileLexicon(loadDefaultLexicon());

export interface ArticleClaims {
  readonly file: string;
  readonly drafts: ClaimDraft[];
  readonly claims: Claim[];
}

/** Runs the real ingest + extractor over one file; a file may hold several articles (feeds, CSV). */
export async function extractFile(dir: string, file: string): Promise<ArticleClaims[]> {
  const path = join(dir, file);
  const parsed = await parseArticleBytesAsync(readFileSync(path), file, path);
  return parsed.articles.map((article, index) => {
    const sourceId = parsed.articles.length > 1 ? `${file}#${index}` : file;
    const drafts = extractClaims(
      { text: article.text, title: article.title, publishedAt: article.publishedAt, lang: article.lang },
      lexicon,
    );
    const claims = drafts.map((d, k): Claim => ({
      id: `${sourceId}:${k}`,
      source: {
        id: sourceId,
        file,
        title: article.title,
        outlet: article.outlet,
        url: article.url,
        publishedAt: article.publishedAt,
        lang: article.lang,
      },
      subject: d.subject,
      object: d.object,
      metric: d.metric,
      value: d.value,
      unit: d.unit,
      qualifier: d.qualifier,
      low: d.low,
      high: d.high,
      asOf: d.asOf,
      text: d.text,
      quote: d.quote,
      span: d.span,
      inTitle: d.inTitle,
      equivalents: d.equivalents.map((e) => ({ ...e })),
      alternativeUnits: d.alternativeUnits ?? null,
      citedSource: d.citedSource,
      note: d.note,
      part: d.part,
      confidence: d.confidence,
      flags: d.flags,
      origin: 'auto',
      status: 'candidate',
    }));
    return { file, drafts, claims };
  });
}
