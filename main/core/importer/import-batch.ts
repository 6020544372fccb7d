import type Database from 'better-sqlite3';
import type { BatchSummary, FileError, ImportProgress } from '../../../shared/model';
import { saveBatchCounts, startBatch } from '../db/batches';
import { entityIdsByName, metricIds } from '../db/lexicon';
import { CLAIM_BUILDER_VERSION, type Lexicon } from '../extract';
import { listInputFiles } from '../ingest';
import type { RawArticle } from '../ingest/types';
import { NearDuplicateIndex } from './near-duplicates';
import { createFileProcessor } from './pool';
import type { ProcessedFile } from './types';
import { ProjectIds, writeArticle } from './write-article';

export interface ImportOptions {
  readonly lexicon: Lexicon;
  /** Worker threads for parsing and extraction; 0 = this thread. */
  readonly workers?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly maxBytes?: number;
}

/**
 * Problems the reader repaired rather than refused: the analyst keeps the article and is told,
 * file by file, what was not as the file claimed.
 */
function decodingNotices(path: string, article: RawArticle): FileError[] {
  const where = article.itemIndex > 0 ? ` (item ${article.itemIndex + 1})` : '';
  const out: FileError[] = [];
  const bad = article.meta.invalidUtf8Sequences;
  if (bad) {
    out.push({
      file: path,
      code: 'invalid_utf8',
      message: `${bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD${where}; the rest of the article was kept`,
    });
  }
  if (article.meta.charsetNote) {
    out.push({
      file: path,
      code: 'wrong_charset',
      message: `${article.meta.charsetNote}${where}; decoded as the bytes are`,
    });
  }
  return out;
}

/** Files per transaction: large enough to amortise commits, small enough to keep WAL modest. */
const FILES_PER_TRANSACTION = 128;

/**
 * Imports files and folders into the project. Each transaction holds whole files only, so a crash
 * leaves every file either fully imported or absent; a bad file is reported and the batch goes on.
 */
export async function importPaths(
  db: Database.Database,
  paths: ReadonlyArray<string>,
  options: ImportOptions,
): Promise<BatchSummary> {
  const started = Date.now();
  const at = new Date(started).toISOString();
  const report = (p: ImportProgress) => options.onProgress?.(p);
  report({
    phase: 'listing',
    filesDone: 0,
    filesTotal: 0,
    sourcesAdded: 0,
    claimsFound: 0,
    currentFile: null,
  });

  const listed = await listInputFiles([...paths]);
  const errors: FileError[] = listed.errors.map((e) => ({ file: e.path, code: e.code, message: e.message }));
  const batchId = startBatch(db, paths, at);
  const ids = new ProjectIds(db, entityIdsByName(db), metricIds(db), at);
  const nearDuplicates = NearDuplicateIndex.load(db);
  const counts = {
    filesRead: 0,
    articlesRead: 0,
    sourcesAdded: 0,
    duplicatesSkipped: 0,
    nearDuplicates: 0,
    claimsFound: 0,
  };

  const write = db.transaction((done: ReadonlyArray<{ path: string; processed: ProcessedFile }>) => {
    for (const { path, processed } of done) {
      counts.filesRead++;
      for (const e of processed.result.errors) {
        const where = e.itemIndex !== undefined ? ` (item ${e.itemIndex + 1})` : '';
        errors.push({ file: path, code: e.code, message: `${e.message}${where}` });
      }
      for (const article of processed.articles) {
        counts.articlesRead++;
        errors.push(...decodingNotices(path, article.article));
        const outcome = writeArticle(db, ids, nearDuplicates, batchId, article, CLAIM_BUILDER_VERSION, at);
        if (outcome.kind === 'duplicate') {
          counts.duplicatesSkipped++;
          continue;
        }
        counts.sourcesAdded++;
        if (outcome.nearDuplicate) counts.nearDuplicates++;
        counts.claimsFound += outcome.claims;
      }
    }
    saveBatchCounts(db, batchId, { ...counts, errors }, 'running', null);
  });

  const processor = createFileProcessor(options.lexicon, options.workers ?? 0, options.maxBytes);
  // Keep workers fed while this thread is busy inside a write transaction: the window holds
  // more files than one transaction takes, so parsing never waits on the database.
  const window = (options.workers ?? 0) > 0 ? FILES_PER_TRANSACTION * 4 : 4;
  const inFlight: Array<Promise<{ path: string; processed: ProcessedFile }>> = [];
  const files = listed.files;
  let next = 0;
  let status: BatchSummary['status'] = 'done';
  const launch = (path: string) =>
    processor.process(path).then(
      (processed) => ({ path, processed }),
      (err: unknown) => ({
        path,
        processed: {
          result: {
            path,
            file: path,
            size: 0,
            errors: [{ code: 'read_failed', message: String((err as Error).message ?? err) }],
          },
          articles: [],
        },
      }),
    );
  try {
    let buffer: Array<{ path: string; processed: ProcessedFile }> = [];
    let lastFlush = Date.now();
    while (next < files.length || inFlight.length > 0) {
      if (options.signal?.aborted) {
        // Files already parsed are kept; files still in flight are dropped whole.
        status = 'cancelled';
        break;
      }
      while (next < files.length && inFlight.length < window) inFlight.push(launch(files[next++]!));
      // Results are taken in input order so ids and reports follow the listing deterministically.
      const done = await inFlight.shift()!;
      buffer.push(done);
      if (buffer.length >= FILES_PER_TRANSACTION || Date.now() - lastFlush > 250) {
        write(buffer);
        buffer = [];
        lastFlush = Date.now();
        report({
          phase: 'reading',
          filesDone: counts.filesRead,
          filesTotal: files.length,
          sourcesAdded: counts.sourcesAdded,
          claimsFound: counts.claimsFound,
          currentFile: done.path,
        });
      }
    }
    if (buffer.length > 0) write(buffer);
  } catch (err) {
    status = 'failed';
    errors.push({ file: '', code: 'import_failed', message: (err as Error).message });
  } finally {
    await Promise.allSettled(inFlight);
    await processor.close();
  }
  report({
    phase: 'finishing',
    filesDone: counts.filesRead,
    filesTotal: files.length,
    sourcesAdded: counts.sourcesAdded,
    claimsFound: counts.claimsFound,
    currentFile: null,
  });
  saveBatchCounts(db, batchId, { ...counts, errors }, status, new Date().toISOString());
  db.pragma('wal_checkpoint(PASSIVE)');
  return { batchId, status, ...counts, errors, seconds: (Date.now() - started) / 1000 };
}
