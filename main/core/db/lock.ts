import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { ProjectError } from './errors';

interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** Lock files this process holds, with how many open projects share each. */
const heldHere = new Map<string, number>();

function releaser(path: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const n = (heldHere.get(path) ?? 1) - 1;
    if (n > 0) heldHere.set(path, n);
    else {
      heldHere.delete(path);
      rmSync(path, { force: true });
    }
  };
}

export function lockPath(file: string): string {
  return `${file}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/**
 * One writer per project: a lock file beside it names the process that has it open for writing.
 * SQLite would serialise two writers safely, but two analysts' sessions interleaving edits in one
 * file is not what either expects. A lock left by a process that died is taken over.
 */
export function acquireWriterLock(file: string): () => void {
  const path = lockPath(file);
  const held = heldHere.get(path);
  if (held !== undefined) {
    // This process already writes to it (a project reopened from Recent): share the lock.
    heldHere.set(path, held + 1);
    return releaser(path);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      heldHere.set(path, 1);
      return releaser(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLock(path);
      const stale = !holder || (holder.host === hostname() && !isAlive(holder.pid));
      if (!stale) {
        throw new ProjectError(
          'locked',
          `${file} is open for writing in another Concord (process ${holder.pid} on ${holder.host}, since ${holder.since}). Close it there, or open this project read-only.`,
          file,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new ProjectError('locked', `${file}: could not take the writer lock (${path}).`, file);
}
