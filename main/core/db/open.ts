import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ProjectError } from './errors';
import { checkSchema, pendingMigrations, runPendingMigrations, schemaVersion } from './migrate';
import { MIGRATIONS, type Migration } from './schema';

export interface OpenOptions {
  readonly readonly?: boolean;
  /** Path to a better_sqlite3.node built for the running runtime (Electron ships its own ABI). */
  readonly nativeBinding?: string;
  /** Where pre-migration backups go; defaults to "<file>.backups/" beside the project. */
  readonly backupDir?: string;
  /** The migration list; tests pass a longer one to exercise upgrades. */
  readonly migrations?: ReadonlyArray<Migration>;
}

export interface OpenedProject {
  readonly db: Database.Database;
  readonly file: string;
  readonly created: boolean;
  readonly migrated: ReadonlyArray<number>;
  readonly backup: string | null;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function looksLikeSqlite(file: string): boolean {
  const size = statSync(file).size;
  if (size === 0) return true; // an empty file is a fresh project
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

export function defaultBackupDir(file: string): string {
  return join(dirname(file), `${basename(file)}.backups`);
}

/**
 * Opens (or creates) a project file: WAL, foreign keys, busy timeout, schema migrated. An existing
 * file is backed up through SQLite's online backup before any migration touches it.
 */
export async function openProject(file: string, options: OpenOptions = {}): Promise<OpenedProject> {
  const existed = existsSync(file);
  if (!existed && options.readonly) {
    throw new ProjectError('missing', `${file} does not exist; import something into it first.`, file);
  }
  if (existed && !looksLikeSqlite(file)) {
    throw new ProjectError(
      'not_a_project',
      `${file} is not a Concord project (not an SQLite database).`,
      file,
    );
  }
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    // 64 MB of page cache: index and FTS segment pages stay hot through large imports.
    db.pragma('cache_size = -65536');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL never corrupts; a power cut can lose the last commits (see PITFALLS.md).
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    const migrations = options.migrations ?? MIGRATIONS;
    checkSchema(db, file, migrations);
    let backup: string | null = null;
    let migrated: number[] = [];
    if (pendingMigrations(db, migrations) > 0) {
      if (options.readonly) {
        throw new ProjectError(
          'migration_failed',
          `${file} needs a schema upgrade, which a read-only open cannot do.`,
          file,
        );
      }
      if (existed && schemaVersion(db) > 0) backup = await backupBeforeMigration(db, file, options);
      migrated = runPendingMigrations(db, file, migrations);
    }
    return { db, file, created: !existed || migrated.includes(1), migrated, backup };
  } catch (err) {
    db.close();
    throw err;
  }
}

async function backupBeforeMigration(
  db: Database.Database,
  file: string,
  options: OpenOptions,
): Promise<string> {
  const dir = options.backupDir ?? defaultBackupDir(file);
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `${basename(file)}.schema${schemaVersion(db)}.${stamp}.bak`);
  await db.backup(target);
  return target;
}
