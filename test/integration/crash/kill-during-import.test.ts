import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../../bench/corpus';
import { concord, REPO } from '../../helpers/cli';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();
const FILES = 5000;
const KILLS = 4;

/** Claims per source content hash: what a complete import of each file produces. */
function claimsByHash(file: string): Map<string, number> {
  if (!existsSync(file)) return new Map(); // killed before the project file was created
  const db = new Database(file, { readonly: true });
  // Killed before the first migration committed: an empty file, which the next open completes.
  if (db.pragma('user_version', { simple: true }) === 0) {
    db.close();
    return new Map();
  }
  const rows = db
    .prepare(
      'SELECT s.content_hash AS hash, count(c.id) AS n FROM sources s LEFT JOIN claims c ON c.source_id = s.id GROUP BY s.id',
    )
    .all() as Array<{ hash: string; n: number }>;
  db.close();
  return new Map(rows.map((r) => [r.hash, r.n]));
}

function importUntilKilled(batch: string, db: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'concord.js'), 'import', batch, '--db', db], {
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a killed import', () => {
  it(`leaves every file of a ${FILES}-file batch whole or absent, and a re-run completes it without duplicates`, async () => {
    const dir = tmp();
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    for (const a of generateArticles(FILES, 7)) writeFileSync(join(batch, a.name), a.body);

    const reference = join(dir, 'reference.concord');
    expect(concord(['import', batch, '--db', reference]).status).toBe(0);
    const expected = claimsByHash(reference);
    expect(expected.size).toBe(FILES);

    const db = join(dir, 'killed.concord');
    const seen: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      // Later kills come later: a re-run first re-reads what is already stored, so each round
      // must live longer to reach new files. The jitter moves each kill to a random point.
      await importUntilKilled(batch, db, 700 + k * 1500 + Math.floor(Math.random() * 900));
      if (existsSync(db)) {
        const raw = new Database(db);
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
        raw.close();
      }
      const got = claimsByHash(db);
      for (const [hash, n] of got) expect(n, `source ${hash.slice(0, 12)}`).toBe(expected.get(hash));
      seen.push(got.size);
    }
    console.log(`sources present after each of ${KILLS} kills: ${seen.join(', ')} of ${FILES}`);

    const rerun = concord(['import', batch, '--db', db, '--json']);
    expect(rerun.status).toBe(0);
    const final = claimsByHash(db);
    expect(final.size).toBe(FILES);
    expect(final).toEqual(expected);
  }, 240_000);
});
