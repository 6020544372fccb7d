import type Database from 'better-sqlite3';
import type { BatchSummary, FileError } from '../../../shared/model';
import { prepared } from './prepared';

export function startBatch(db: Database.Database, inputs: ReadonlyArray<string>, at: string): number {
  const info = prepared(db, 'INSERT INTO batches (started_at, inputs) VALUES (?, ?)').run(
    at,
    JSON.stringify(inputs),
  );
  return Number(info.lastInsertRowid);
}

export interface BatchCounts {
  readonly filesRead: number;
  readonly sourcesAdded: number;
  readonly duplicatesSkipped: number;
  readonly nearDuplicates: number;
  readonly claimsFound: number;
  readonly errors: ReadonlyArray<FileError>;
}

export function saveBatchCounts(
  db: Database.Database,
  batchId: number,
  counts: BatchCounts,
  status: BatchSummary['status'] | 'running',
  finishedAt: string | null,
): void {
  prepared(
    db,
    `UPDATE batches SET files_read = ?, sources_added = ?, duplicates_skipped = ?, near_duplicates = ?,
       claims_found = ?, errors = ?, status = ?, finished_at = ? WHERE id = ?`,
  ).run(
    counts.filesRead,
    counts.sourcesAdded,
    counts.duplicatesSkipped,
    counts.nearDuplicates,
    counts.claimsFound,
    JSON.stringify(counts.errors),
    status,
    finishedAt,
    batchId,
  );
}

export interface BatchRow {
  readonly id: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly status: string;
  readonly filesRead: number;
  readonly sourcesAdded: number;
  readonly duplicatesSkipped: number;
  readonly nearDuplicates: number;
  readonly claimsFound: number;
  readonly errors: ReadonlyArray<FileError>;
}

export function listBatches(db: Database.Database): BatchRow[] {
  const rows = prepared(
    db,
    `SELECT id, started_at AS startedAt, finished_at AS finishedAt, status, files_read AS filesRead,
       sources_added AS sourcesAdded, duplicates_skipped AS duplicatesSkipped,
       near_duplicates AS nearDuplicates, claims_found AS claimsFound, errors
     FROM batches ORDER BY id DESC`,
  ).all() as Array<Omit<BatchRow, 'errors'> & { errors: string }>;
  return rows.map((r) => ({ ...r, errors: JSON.parse(r.errors) as FileError[] }));
}
