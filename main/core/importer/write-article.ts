import type Database from 'better-sqlite3';
import { insertClaim } from '../db/claims';
import { ensureClaimKey, ensureEntity } from '../db/lexicon';
import { insertSource, sourceIdByHash } from '../db/sources';
import type { NearDuplicateIndex } from './near-duplicates';
import type { ProcessedArticle } from './types';

export type WriteOutcome =
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'added'; readonly nearDuplicate: boolean; readonly claims: number };

/** Caches that live for one import so each article does not re-query names and keys. */
export class ProjectIds {
  private readonly keys = new Map<string, number>();
  constructor(
    private readonly db: Database.Database,
    private readonly entities: Map<string, number>,
    private readonly metrics: Set<string>,
    private readonly at: string,
  ) {}

  entity(name: string | null): number | null {
    if (!name) return null;
    let id = this.entities.get(name);
    if (id === undefined) {
      id = ensureEntity(this.db, name, 'proposed');
      this.entities.set(name, id);
    }
    return id;
  }

  metric(id: string | null): string | null {
    return id && this.metrics.has(id) ? id : null;
  }

  key(subject: number | null, object: number | null, metric: string | null): number {
    const k = `${subject ?? ''}|${object ?? ''}|${metric ?? ''}`;
    let id = this.keys.get(k);
    if (id === undefined) {
      id = ensureClaimKey(this.db, subject, object, metric, this.at);
      this.keys.set(k, id);
    }
    return id;
  }
}

/** Stores one processed article and its claims; the caller holds the transaction. */
export function writeArticle(
  db: Database.Database,
  ids: ProjectIds,
  nearDuplicates: NearDuplicateIndex,
  batchId: number,
  p: ProcessedArticle,
  extractorVersion: number,
  at: string,
): WriteOutcome {
  if (sourceIdByHash(db, p.contentHash) !== undefined) return { kind: 'duplicate' };
  const simhash = BigInt(p.simhash);
  const near = nearDuplicates.find(simhash, p.nearKeys);
  const a = p.article;
  const sourceId = insertSource(db, {
    publicId: `s_${p.contentHash.slice(0, 16)}`,
    batchId,
    file: a.file,
    path: a.path,
    itemIndex: a.itemIndex,
    format: a.format,
    encoding: a.encoding,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    url: a.url,
    publishedAt: a.publishedAt,
    lang: a.lang,
    text: a.text,
    meta: JSON.stringify(a.meta),
    contentHash: p.contentHash,
    simhash,
    nearKeys: p.nearKeys,
    nearDuplicateOf: near,
    importedAt: at,
  });
  for (const c of p.claims) {
    const subjectId = ids.entity(c.subject);
    const objectId = ids.entity(c.object);
    const metricId = ids.metric(c.metric);
    insertClaim(db, {
      sourceId,
      keyId: ids.key(subjectId, objectId, metricId),
      subjectId,
      objectId,
      metricId,
      value: c.value,
      low: c.low,
      high: c.high,
      unit: c.unit,
      altUnits: c.alternativeUnits ?? null,
      qualifier: c.qualifier,
      asOf: c.asOf,
      text: c.text,
      quote: c.quote,
      spanStart: c.span[0],
      spanEnd: c.span[1],
      inTitle: c.inTitle,
      citedSource: c.citedSource,
      note: c.note,
      part: c.part,
      confidence: c.confidence,
      flags: c.flags,
      origin: 'auto',
      extractorVersion,
      at,
      equivalents: c.equivalents,
    });
  }
  nearDuplicates.add(sourceId, simhash, p.nearKeys);
  return { kind: 'added', nearDuplicate: near !== null, claims: p.claims.length };
}
