import type Database from 'better-sqlite3';
import type { SourceSummary } from '../../../shared/model';
import { prepared } from './prepared';
import { SUMMARY_COLUMNS } from './sources';

export type SourceSort = 'publishedAt' | 'outlet' | 'title' | 'lang' | 'claims';

export interface SourcePageQuery {
  readonly offset: number;
  readonly limit: number;
  readonly sort?: SourceSort;
  readonly dir?: 'asc' | 'desc';
  readonly filter?: { readonly text?: string; readonly lang?: string };
}

/** Missing values sort last in both directions: an undated article is never "the newest". */
function orderBy(sort: SourceSort, dir: 'ASC' | 'DESC'): string {
  switch (sort) {
    case 'publishedAt':
      return `s.published_at IS NULL, s.published_at ${dir}, s.id ${dir}`;
    case 'outlet':
      return `s.outlet IS NULL, s.outlet COLLATE NOCASE ${dir}, s.id ${dir}`;
    case 'title':
      return `s.title IS NULL, s.title COLLATE NOCASE ${dir}, s.id ${dir}`;
    case 'lang':
      return `s.lang IS NULL, s.lang ${dir}, s.id ${dir}`;
    case 'claims':
      return `claims ${dir}, s.id ${dir}`;
  }
}

function whereOf(filter: SourcePageQuery['filter']): { sql: string; args: string[] } {
  const parts: string[] = [];
  const args: string[] = [];
  const text = filter?.text?.trim();
  if (text) {
    parts.push(
      `(instr(lower(coalesce(s.title, '')), lower(?)) > 0 OR instr(lower(coalesce(s.outlet, '')), lower(?)) > 0
        OR instr(lower(s.file), lower(?)) > 0)`,
    );
    args.push(text, text, text);
  }
  if (filter?.lang) {
    parts.push('s.lang = ?');
    args.push(filter.lang);
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', args };
}

/** One page of the Sources view, with the total that matches the filter. */
export function pageSources(
  db: Database.Database,
  q: SourcePageQuery,
): { rows: SourceSummary[]; total: number } {
  const where = whereOf(q.filter);
  const order = orderBy(q.sort ?? 'publishedAt', q.dir === 'desc' ? 'DESC' : 'ASC');
  const rows = prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM sources s LEFT JOIN sources d ON d.id = s.near_duplicate_of
     ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...where.args, q.limit, q.offset) as SourceSummary[];
  const total = (
    prepared(db, `SELECT count(*) AS n FROM sources s ${where.sql}`).get(...where.args) as { n: number }
  ).n;
  return { rows, total };
}

export function sourceSummaryById(db: Database.Database, publicId: string): SourceSummary | undefined {
  return prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM sources s LEFT JOIN sources d ON d.id = s.near_duplicate_of
     WHERE s.public_id = ?`,
  ).get(publicId) as SourceSummary | undefined;
}
