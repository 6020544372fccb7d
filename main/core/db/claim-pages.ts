import type Database from 'better-sqlite3';
import type { Claim, ClaimStatus, Qualifier } from '../../../shared/model';
import { CLAIM_SELECT, toClaim, type ClaimRow } from './claims';
import { prepared } from './prepared';

export type ClaimSort = 'source' | 'value' | 'unit' | 'metric' | 'status' | 'subject' | 'confidence';

export interface ClaimPageQuery {
  readonly offset: number;
  readonly limit: number;
  readonly sort?: ClaimSort;
  readonly dir?: 'asc' | 'desc';
  readonly filter?: {
    readonly status?: ClaimStatus;
    readonly qualifier?: Qualifier;
    readonly metric?: string;
    readonly lang?: string;
    readonly unit?: string;
    readonly text?: string;
    readonly subject?: string;
    readonly object?: string;
    readonly outlet?: string;
  };
}

/**
 * The default order, 'source', walks the claims_source index (source_id, span_start, rowid):
 * no sort at all, so page N of a million claims costs the OFFSET walk over a narrow index.
 * 'status' uses claims_status; the other orders sort the filtered ids (a temp b-tree of two
 * columns, bounded by LIMIT+OFFSET), never whole claim rows.
 */
function orderBy(sort: ClaimSort, dir: 'ASC' | 'DESC'): string {
  switch (sort) {
    case 'source':
      return `c.source_id ${dir}, c.span_start ${dir}, c.id ${dir}`;
    case 'status':
      return `c.status ${dir}, c.id ${dir}`;
    case 'value':
      return `c.value ${dir}, c.id ${dir}`;
    case 'unit':
      return `c.unit ${dir}, c.id ${dir}`;
    case 'metric':
      return `c.metric_id IS NULL, c.metric_id ${dir}, c.id ${dir}`;
    case 'confidence':
      return `c.confidence IS NULL, c.confidence ${dir}, c.id ${dir}`;
    case 'subject':
      return `se.name IS NULL, se.name COLLATE NOCASE ${dir}, c.id ${dir}`;
  }
}

/** The id query of one page: filters + order + LIMIT/OFFSET, joining only what they need. */
export function claimPageSql(q: ClaimPageQuery): {
  sql: string;
  countSql: string;
  args: Array<string | number>;
} {
  const f = q.filter ?? {};
  const sort = q.sort ?? 'source';
  const where: string[] = [];
  const args: string[] = [];
  const eq = (column: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    where.push(`${column} = ?`);
    args.push(value);
  };
  eq('c.status', f.status);
  eq('c.qualifier', f.qualifier);
  eq('c.unit', f.unit);
  eq('s.lang', f.lang);
  // Subject, object and metric go through claim_keys (small) into the claims_key index; the
  // claim's own column is checked too, so a key relabelled by the analyst cannot leak rows.
  const byKey = (column: 'subject_id' | 'object_id' | 'metric_id', value: string | undefined) => {
    if (value === undefined || value === '') return;
    const target = column === 'metric_id' ? '?' : '(SELECT id FROM entities WHERE name = ?)';
    where.push(
      `c.key_id IN (SELECT id FROM claim_keys WHERE ${column} = ${target}) AND c.${column} = ${target}`,
    );
    args.push(value, value);
  };
  byKey('subject_id', f.subject);
  byKey('object_id', f.object);
  byKey('metric_id', f.metric);
  if (f.outlet) {
    // Sources are few next to claims: their ids drive the claims_source index.
    where.push('c.source_id IN (SELECT id FROM sources WHERE outlet = ?)');
    args.push(f.outlet);
  }
  const text = f.text?.trim();
  if (text) {
    where.push('(instr(lower(c.text), lower(?)) > 0 OR instr(lower(c.quote), lower(?)) > 0)');
    args.push(text, text);
  }
  const needSource = f.lang !== undefined && f.lang !== '';
  const from = [
    'FROM claims c',
    needSource ? 'JOIN sources s ON s.id = c.source_id' : '',
    sort === 'subject' ? 'LEFT JOIN entities se ON se.id = c.subject_id' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const order = orderBy(sort, q.dir === 'desc' ? 'DESC' : 'ASC');
  return {
    sql: `SELECT c.id ${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    countSql: `SELECT count(*) AS n FROM claims c ${needSource ? 'JOIN sources s ON s.id = c.source_id' : ''} ${whereSql}`,
    args: [...args, q.limit, q.offset],
  };
}

/**
 * One page of claims, never the whole table: the page's ids come from the narrow query above,
 * then only those rows are fully read (the "deferred join" keeps OFFSET walks cheap).
 */
export function pageClaims(db: Database.Database, q: ClaimPageQuery): { rows: Claim[]; total: number } {
  const page = claimPageSql(q);
  const ids = (prepared(db, page.sql).all(...page.args) as Array<{ id: number }>).map((r) => r.id);
  const filterArgs = page.args.slice(0, -2);
  const total = (prepared(db, page.countSql).get(...filterArgs) as { n: number }).n;
  if (ids.length === 0) return { rows: [], total };
  const full = prepared(db, `${CLAIM_SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as ClaimRow[];
  const byId = new Map(full.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toClaim(row)] : [];
  });
  return { rows, total };
}
