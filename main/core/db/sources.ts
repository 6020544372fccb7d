import type Database from 'better-sqlite3';
import type { SearchHit, SourceRef, SourceSummary } from '../../../shared/model';
import { prepared } from './prepared';

export interface NewSource {
  readonly publicId: string;
  readonly batchId: number;
  readonly file: string;
  readonly path: string;
  readonly itemIndex: number;
  readonly format: string;
  readonly encoding: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly lang: string | null;
  readonly text: string;
  readonly meta: string;
  readonly contentHash: string;
  /** Unsigned 64-bit simhash; stored as SQLite's signed INTEGER. */
  readonly simhash: bigint;
  readonly nearKeys: ReadonlyArray<number>;
  readonly nearDuplicateOf: number | null;
  readonly importedAt: string;
}

export function sourceIdByHash(db: Database.Database, contentHash: string): number | undefined {
  const row = prepared(db, 'SELECT id FROM sources WHERE content_hash = ?').get(contentHash) as
    { id: number } | undefined;
  return row?.id;
}

/** Every source's near-duplicate signatures, for the importer's in-memory index. */
export function* allFingerprints(
  db: Database.Database,
): Generator<{ id: number; simhash: bigint; nearKeys: number[] }> {
  const stmt = prepared(db, 'SELECT id, simhash, near_keys AS nearKeys FROM sources').safeIntegers(true);
  for (const row of stmt.iterate() as IterableIterator<{ id: bigint; simhash: bigint; nearKeys: string }>) {
    const nearKeys = row.nearKeys ? row.nearKeys.split(',').map(Number) : [];
    yield { id: Number(row.id), simhash: BigInt.asUintN(64, row.simhash), nearKeys };
  }
}

export function insertSource(db: Database.Database, s: NewSource): number {
  const info = prepared(
    db,
    `INSERT INTO sources (public_id, batch_id, file, path, item_index, format, encoding, title, outlet,
       author, url, published_at, lang, text, meta, content_hash, simhash, near_keys, near_duplicate_of, imported_at)
     VALUES (@publicId, @batchId, @file, @path, @itemIndex, @format, @encoding, @title, @outlet,
       @author, @url, @publishedAt, @lang, @text, @meta, @contentHash, @simhash, @nearKeys, @nearDuplicateOf, @importedAt)`,
  ).run({ ...s, simhash: BigInt.asIntN(64, s.simhash), nearKeys: s.nearKeys.join(',') });
  return Number(info.lastInsertRowid);
}

export const SUMMARY_COLUMNS = `s.public_id AS id, s.file, s.title, s.outlet, s.url, s.published_at AS publishedAt,
  s.lang, s.format, s.encoding, s.content_hash AS contentHash, d.public_id AS nearDuplicateOf,
  (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS claims, s.imported_at AS importedAt`;

export function listSources(db: Database.Database, limit = 1000, offset = 0): SourceSummary[] {
  return prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM sources s LEFT JOIN sources d ON d.id = s.near_duplicate_of
     ORDER BY s.published_at IS NULL, s.published_at, s.id LIMIT ? OFFSET ?`,
  ).all(limit, offset) as SourceSummary[];
}

export function countSources(db: Database.Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM sources').get() as { n: number }).n;
}

export function sourceText(
  db: Database.Database,
  publicId: string,
): { text: string; title: string | null } | undefined {
  return prepared(db, 'SELECT text, title FROM sources WHERE public_id = ?').get(publicId) as
    { text: string; title: string | null } | undefined;
}

const SNIPPET_RADIUS = 40;

function snippetAround(text: string, needle: string): string {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return text.slice(0, SNIPPET_RADIUS * 2);
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + needle.length + SNIPPET_RADIUS);
  return `${start > 0 ? '…' : ''}${text.slice(start, at)}[${text.slice(at, at + needle.length)}]${text.slice(at + needle.length, end)}${end < text.length ? '…' : ''}`;
}

/**
 * Full-text search. Terms of three or more characters go through the trigram index; shorter
 * ones (日鉄, 엔비) cannot, so they filter the indexed hits or, alone, drive a bounded scan.
 */
export function searchSources(db: Database.Database, query: string, limit = 50): SearchHit[] {
  const terms = query
    .normalize('NFC')
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (terms.length === 0) return [];
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const shortFilter = short.map(
    () => "(instr(lower(s.text), lower(?)) > 0 OR instr(lower(coalesce(s.title, '')), lower(?)) > 0)",
  );
  const shortArgs = short.flatMap((t) => [t, t]);
  const cols = `s.public_id AS id, s.file, s.title, s.outlet, s.url, s.published_at AS publishedAt, s.lang, s.text`;
  let rows: Array<SourceRef & { text: string }>;
  if (long.length > 0) {
    const match = long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
    const where = ['sources_fts MATCH ?', ...shortFilter].join(' AND ');
    rows = prepared(
      db,
      `SELECT ${cols} FROM sources_fts f JOIN sources s ON s.id = f.rowid WHERE ${where} ORDER BY rank LIMIT ?`,
    ).all(match, ...shortArgs, limit) as typeof rows;
  } else {
    rows = prepared(
      db,
      `SELECT ${cols} FROM sources s WHERE ${shortFilter.join(' AND ')} ORDER BY s.id LIMIT ?`,
    ).all(...shortArgs, limit) as typeof rows;
  }
  const needle = long[0] ?? short[0] ?? '';
  return rows.map(({ text, ...source }) => ({
    source,
    snippet: snippetAround(source.title && source.title.includes(needle) ? source.title : text, needle),
  }));
}
