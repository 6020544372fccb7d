import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ProjectError } from '../../../main/core/db/errors';
import { openProject } from '../../../main/core/db/open';
import { MIGRATIONS, type Migration } from '../../../main/core/db/schema';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();

describe('openProject', () => {
  it('creates a project with WAL, foreign keys and the full schema', async () => {
    const file = join(tmp(), 'p.concord');
    const { db, created, migrated } = await openProject(file);
    expect(created).toBe(true);
    expect(migrated).toEqual(MIGRATIONS.map((m) => m.version));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as Array<{ name: string }>
    ).map((r) => r.name);
    for (const t of [
      'batches',
      'sources',
      'sources_fts',
      'entities',
      'entity_aliases',
      'metrics',
      'metric_cues',
      'claims',
      'claim_equivalents',
      'fx_rates',
      'decisions',
      'history',
      'claim_keys',
    ]) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('reopens without migrating again', async () => {
    const file = join(tmp(), 'p.concord');
    (await openProject(file)).db.close();
    const again = await openProject(file);
    expect(again.migrated).toEqual([]);
    expect(again.backup).toBeNull();
    again.db.close();
  });

  it('refuses a file that is not a database, naming it', async () => {
    const file = join(tmp(), 'notes.concord');
    writeFileSync(file, 'just some text, not sqlite');
    await expect(openProject(file)).rejects.toThrow(/notes\.concord is not a Concord project/);
  });

  it('refuses a project written by a newer Concord and leaves it untouched', async () => {
    const file = join(tmp(), 'future.concord');
    (await openProject(file)).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    raw.close();
    const err = await openProject(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProjectError);
    expect((err as ProjectError).code).toBe('from_the_future');
    expect((err as Error).message).toMatch(/newer Concord/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 3);
    check.close();
  });

  it('refuses a file whose applied migration was edited since', async () => {
    const file = join(tmp(), 'p.concord');
    (await openProject(file)).db.close();
    const edited: Migration[] = [
      { ...MIGRATIONS[0]!, sql: `${MIGRATIONS[0]!.sql}\n-- edited` },
      ...MIGRATIONS.slice(1),
    ];
    await expect(openProject(file, { migrations: edited })).rejects.toMatchObject({
      code: 'edited_migration',
    });
  });

  it('backs up an existing project before migrating it, and the backup opens', async () => {
    const dir = tmp();
    const file = join(dir, 'p.concord');
    const first = await openProject(file);
    first.db.prepare("INSERT INTO project_meta (key, value) VALUES ('marker', 'kept')").run();
    first.db.close();
    const next: Migration[] = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'add a column',
        sql: 'ALTER TABLE batches ADD COLUMN note TEXT;',
      },
    ];
    const upgraded = await openProject(file, { migrations: next });
    expect(upgraded.migrated).toEqual([MIGRATIONS.length + 1]);
    expect(upgraded.backup).not.toBeNull();
    expect(existsSync(upgraded.backup!)).toBe(true);
    upgraded.db.close();
    const backup = new Database(upgraded.backup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(backup.prepare("SELECT value FROM project_meta WHERE key = 'marker'").get()).toEqual({
      value: 'kept',
    });
    backup.close();
    expect(readdirSync(join(dir, 'p.concord.backups')).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
  });

  it('rolls a failing migration back whole, user_version included', async () => {
    const file = join(tmp(), 'p.concord');
    (await openProject(file)).db.close();
    const broken: Migration[] = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        sql: 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;',
      },
    ];
    await expect(openProject(file, { migrations: broken })).rejects.toMatchObject({
      code: 'migration_failed',
    });
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({
      n: 0,
    });
    raw.close();
  });
});
