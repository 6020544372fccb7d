import type Database from 'better-sqlite3';
import type { Claim, ClaimEquivalent, Qualifier } from '../../../shared/model';
import { prepared } from './prepared';

export interface NewClaim {
  readonly sourceId: number;
  readonly keyId: number | null;
  readonly subjectId: number | null;
  readonly objectId: number | null;
  readonly metricId: string | null;
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string;
  readonly altUnits: ReadonlyArray<string> | null;
  readonly qualifier: Qualifier;
  readonly asOf: string | null;
  readonly text: string;
  readonly quote: string;
  readonly spanStart: number;
  readonly spanEnd: number;
  readonly inTitle: boolean;
  readonly citedSource: string | null;
  readonly note: string | null;
  readonly part: string | null;
  readonly confidence: number | null;
  readonly flags: ReadonlyArray<string>;
  readonly origin: 'auto' | 'manual';
  readonly extractorVersion: number | null;
  readonly at: string;
  readonly equivalents: ReadonlyArray<ClaimEquivalent>;
}

export function insertClaim(db: Database.Database, c: NewClaim): number {
  const info = prepared(
    db,
    `INSERT INTO claims (source_id, key_id, subject_id, object_id, metric_id, value, value_low,
       value_high, unit, alt_units, qualifier, as_of, text, quote, span_start, span_end, in_title,
       cited_source, note, part, confidence, flags, origin, extractor_version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.sourceId,
    c.keyId,
    c.subjectId,
    c.objectId,
    c.metricId,
    c.value,
    c.low,
    c.high,
    c.unit,
    c.altUnits && c.altUnits.length > 0 ? JSON.stringify(c.altUnits) : null,
    c.qualifier,
    c.asOf,
    c.text,
    c.quote,
    c.spanStart,
    c.spanEnd,
    c.inTitle ? 1 : 0,
    c.citedSource,
    c.note,
    c.part,
    c.confidence,
    c.flags.length > 0 ? JSON.stringify(c.flags) : null,
    c.origin,
    c.extractorVersion,
    c.at,
    c.at,
  );
  const claimId = Number(info.lastInsertRowid);
  const eq = prepared(
    db,
    `INSERT INTO claim_equivalents (claim_id, value, value_low, value_high, unit, qualifier, text, span_start, span_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const e of c.equivalents) {
    eq.run(claimId, e.value, e.low, e.high, e.unit, e.qualifier, e.text, e.span[0], e.span[1]);
  }
  return claimId;
}

export function countClaims(db: Database.Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM claims').get() as { n: number }).n;
}

export interface ClaimRow {
  id: number;
  publicId: string;
  sourceId: string;
  file: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  lang: string | null;
  subject: string | null;
  object: string | null;
  metric: string | null;
  value: number;
  low: number | null;
  high: number | null;
  unit: string;
  altUnits: string | null;
  qualifier: Qualifier;
  asOf: string | null;
  text: string;
  quote: string;
  spanStart: number;
  spanEnd: number;
  inTitle: number;
  citedSource: string | null;
  note: string | null;
  part: string | null;
  confidence: number | null;
  flags: string | null;
  origin: Claim['origin'];
  status: Claim['status'];
  equivalents: string | null;
}

export const CLAIM_SELECT = `SELECT c.id, 'c_' || c.id AS publicId, s.public_id AS sourceId, s.file, s.title, s.outlet, s.url,
    s.published_at AS publishedAt, s.lang, se.name AS subject, oe.name AS object, c.metric_id AS metric,
    c.value, c.value_low AS low, c.value_high AS high, c.unit, c.alt_units AS altUnits, c.qualifier,
    c.as_of AS asOf, c.text, c.quote, c.span_start AS spanStart, c.span_end AS spanEnd, c.in_title AS inTitle,
    c.cited_source AS citedSource, c.note, c.part, c.confidence, c.flags, c.origin, c.status,
    (SELECT json_group_array(json_object('value', e.value, 'unit', e.unit, 'qualifier', e.qualifier,
        'low', e.value_low, 'high', e.value_high, 'text', e.text, 'span', json_array(e.span_start, e.span_end)))
       FROM claim_equivalents e WHERE e.claim_id = c.id) AS equivalents
  FROM claims c
  JOIN sources s ON s.id = c.source_id
  LEFT JOIN entities se ON se.id = c.subject_id
  LEFT JOIN entities oe ON oe.id = c.object_id`;

export function toClaim(r: ClaimRow): Claim {
  return {
    id: r.publicId,
    source: {
      id: r.sourceId,
      file: r.file,
      title: r.title,
      outlet: r.outlet,
      url: r.url,
      publishedAt: r.publishedAt,
      lang: r.lang,
    },
    subject: r.subject,
    object: r.object,
    metric: r.metric,
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
    low: r.low,
    high: r.high,
    asOf: r.asOf,
    text: r.text,
    quote: r.quote,
    span: [r.spanStart, r.spanEnd],
    inTitle: r.inTitle === 1,
    equivalents: r.equivalents ? (JSON.parse(r.equivalents) as ClaimEquivalent[]) : [],
    alternativeUnits: r.altUnits ? (JSON.parse(r.altUnits) as string[]) : null,
    citedSource: r.citedSource,
    note: r.note,
    part: r.part,
    confidence: r.confidence,
    flags: r.flags ? (JSON.parse(r.flags) as string[]) : [],
    origin: r.origin,
    status: r.status,
  };
}

/** Every claim in source order, streamed so the CLI can write millions without holding them. */
export function* iterateClaims(db: Database.Database): Generator<Claim> {
  const stmt = prepared(
    db,
    `${CLAIM_SELECT} ORDER BY s.published_at IS NULL, s.published_at, s.id, c.in_title DESC, c.span_start`,
  );
  for (const row of stmt.iterate() as IterableIterator<ClaimRow>) yield toClaim(row);
}

export function claimsOfSource(db: Database.Database, sourcePublicId: string): Claim[] {
  const rows = prepared(
    db,
    `${CLAIM_SELECT} WHERE s.public_id = ? ORDER BY c.in_title DESC, c.span_start`,
  ).all(sourcePublicId) as ClaimRow[];
  return rows.map(toClaim);
}
