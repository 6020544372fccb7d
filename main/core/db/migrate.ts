import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ProjectError } from './errors';
import { MIGRATIONS, type Migration } from './schema';

export function migrationHash(m: Migration): string {
  return createHash('sha256').update(m.sql).digest('hex');
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses files this build cannot safely write: from a newer Concord, or with edited migrations. */
export function checkSchema(
  db: Database.Database,
  file: string,
  migrations: ReadonlyArray<Migration> = MIGRATIONS,
): void {
  const version = schemaVersion(db);
  if (version > migrations.length) {
    throw new ProjectError(
      'from_the_future',
      `${file} was written by a newer Concord (schema ${version}; this build knows up to ${migrations.length}). Update Concord to open it; the file was not changed.`,
      file,
    );
  }
  if (version === 0) return;
  const applied = db.prepare('SELECT version, hash FROM schema_migrations ORDER BY version').all() as Array<{
    version: number;
    hash: string;
  }>;
  for (const row of applied) {
    const known = migrations[row.version - 1];
    if (known && migrationHash(known) !== row.hash) {
      throw new ProjectError(
        'edited_migration',
        `${file}: migration ${row.version} ("${known.name}") differs from the one that built this file; refusing to continue.`,
        file,
      );
    }
  }
}

/** Applies every pending migration, each in its own transaction with its user_version bump. */
export function runPendingMigrations(
  db: Database.Database,
  file: string,
  migrations: ReadonlyArray<Migration> = MIGRATIONS,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const appliedNow: number[] = [];
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, hash, applied_at) VALUES (?, ?, ?, ?)',
  );
  for (const m of migrations) {
    if (m.version <= schemaVersion(db)) continue;
    const apply = db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, migrationHash(m), new Date().toISOString());
      db.pragma(`user_version = ${m.version}`);
    });
    try {
      apply();
    } catch (err) {
      throw new ProjectError(
        'migration_failed',
        `${file}: migration ${m.version} ("${m.name}") failed and was rolled back: ${(err as Error).message}`,
        file,
      );
    }
    appliedNow.push(m.version);
  }
  return appliedNow;
}

export function pendingMigrations(
  db: Database.Database,
  migrations: ReadonlyArray<Migration> = MIGRATIONS,
): number {
  return migrations.length - schemaVersion(db);
}
