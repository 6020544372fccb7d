import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const SEEDS = join(REPO, '..', 'shared', 'seeds');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `concord` command (npm test builds it first) as a user would. */
export function concord(args: ReadonlyArray<string>, input?: string): CliRun {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'concord.js'), ...args], {
    input,
    encoding: 'utf8',
    cwd: REPO,
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function jsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}
