import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { writeArticles } from '../integration/web/articles';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
}

/** The URL `concord serve` prints as its first stdout line. */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`concord serve exited early (status ${code})`)));
  });
}

async function serverUrl(child: ChildProcess): Promise<string> {
  const url = await firstLine(child);
  if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/.test(url))
    throw new Error(`unexpected first line from concord serve: ${url}`);
  return url;
}

/**
 * Builds Concord, imports a few articles into a fresh project with the CLI and starts
 * `concord serve` on it; tests read the URL (with its token) from CONCORD_E2E_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  run(process.execPath, ['scripts/build-main.mjs']);
  run(process.execPath, [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--logLevel',
    'warn',
  ]);

  const dir = mkdtempSync(join(tmpdir(), 'concord-e2e-'));
  const folder = writeArticles(dir, ['ko-amazon-openai.txt', 'en-amazon-openai.txt']);
  const extra = writeArticles(join(dir, 'later'), ['ja-amazon-openai.txt']);
  const db = join(dir, 'e2e.concord');
  run(process.execPath, ['bin/concord.js', 'import', folder, '--db', db, '--workers', '0']);

  const server = spawn(process.execPath, ['bin/concord.js', 'serve', '--db', db], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.env.CONCORD_E2E_URL = await serverUrl(server);
  process.env.CONCORD_E2E_IMPORT_DIR = extra;

  // The workbench test starts from an empty project and imports the seeds through the UI.
  const workbench = spawn(
    process.execPath,
    ['bin/concord.js', 'serve', '--db', join(dir, 'workbench.concord')],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  process.env.CONCORD_E2E_WORKBENCH_URL = await serverUrl(workbench);

  return async () => {
    for (const child of [server, workbench]) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
