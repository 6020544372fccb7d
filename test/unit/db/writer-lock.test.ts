import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireWriterLock, lockPath } from '../../../main/core/db/lock';
import { Project } from '../../../main/core/project';
import { concord } from '../../helpers/cli';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();

describe('one writer per project', () => {
  it('refuses a second writer from another process with a clear message, and allows readers', async () => {
    const file = join(tmp(), 'p.concord');
    const article = join(tmp(), 'a.txt');
    writeFileSync(article, 'Amazon weighs OpenAI stake\n\nAmazon may invest up to $50 billion in OpenAI.\n');
    const project = await Project.open(file);
    try {
      const second = concord(['import', article, '--db', file]);
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/is open for writing in another Concord \(process \d+/);
      expect(second.stderr).toMatch(/read-only/);
      expect(concord(['claims', '--db', file]).status).toBe(0); // reading stays possible
    } finally {
      project.close();
    }
    expect(existsSync(lockPath(file))).toBe(false);
    expect(concord(['import', article, '--db', file]).status).toBe(0);
  });

  it('takes over a lock left by a process that died', () => {
    const file = join(tmp(), 'p.concord');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(
      lockPath(file),
      JSON.stringify({ pid: Number(dead.stdout), host: hostname(), since: '2026-01-01T00:00:00Z' }),
    );
    const release = acquireWriterLock(file);
    expect(JSON.parse(readFileSync(lockPath(file), 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('shares the lock within one process (a project reopened) and frees it when the last closes', () => {
    const file = join(tmp(), 'p.concord');
    const first = acquireWriterLock(file);
    const second = acquireWriterLock(file);
    first();
    expect(existsSync(lockPath(file))).toBe(true);
    second();
    expect(existsSync(lockPath(file))).toBe(false);
  });
});
