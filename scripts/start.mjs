// `npm start`: the desktop app where Electron's binary is available, otherwise the same renderer
// and engine in the browser through the browser host (`concord serve`) on a sample project.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ELECTRON_FETCH_TIMEOUT_MS = 120_000;
const EARLY_EXIT_MS = 5_000;

const OUTPUTS = [
  'dist/main/cli.js',
  'dist/main/app.cjs',
  'dist/main/preload.cjs',
  'dist/renderer/index.html',
];
const SOURCES = ['main', 'shared', 'renderer', 'scripts/build-main.mjs', 'vite.config.ts', 'package.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds when an output is missing or older than any source (a fresh clone, or after an edit). */
function ensureBuilt() {
  const outputs = OUTPUTS.map((p) => join(root, p));
  const oldestOutput = Math.min(...outputs.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
  const newestSource = Math.max(...SOURCES.map((p) => newestMtime(join(root, p))));
  if (oldestOutput > newestSource) return;
  console.log('Building Concord…');
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) {
    console.error('npm start: the build failed (see above).');
    process.exit(1);
  }
}

/**
 * Electron's binary path, or why there is none. require('electron') downloads the binary on first
 * use, so it runs in a child with a time limit rather than in this process.
 */
function findElectron() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write('\\nELECTRON=' + require('electron'))"],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: ELECTRON_FETCH_TIMEOUT_MS,
    },
  );
  if (probe.error?.code === 'ETIMEDOUT') {
    return { reason: `fetching it did not finish within ${ELECTRON_FETCH_TIMEOUT_MS / 1000} s` };
  }
  const found = /ELECTRON=(.+)$/m.exec(probe.stdout ?? '')?.[1]?.trim();
  if (probe.status === 0 && found && existsSync(found)) return { binary: found };
  const output = `${probe.stdout ?? ''}\n${probe.stderr ?? ''}`;
  const cause = /^\s*(?:\w*Error|RequestError|HTTPError):.*$/m.exec(output)?.[0]?.trim();
  return {
    reason: cause ? `downloading it failed: ${cause}` : 'it is not installed and could not be fetched',
  };
}

function runElectron(binary) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(binary, [root], { cwd: root, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (err) => resolve({ failed: `it could not be started (${err.message})` }));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      // A window that dies at once (no display, missing system libraries) means: use the browser.
      if (code !== 0 && !signal && Date.now() - started < EARLY_EXIT_MS) {
        resolve({ failed: `it exited at start with status ${code}` });
      } else {
        resolve({ code: code ?? 0 });
      }
    });
  });
}

function concord(args, stdio = 'inherit') {
  return spawnSync(process.execPath, [join(root, 'bin', 'concord.js'), ...args], { cwd: root, stdio });
}

/**
 * .concord-sample/sample.concord, filled from resources/sample/ once (a stamp file remembers it;
 * re-importing would only skip duplicates, but costs a few seconds at every start).
 */
function sampleProject() {
  const dir = join(root, '.concord-sample');
  const file = join(dir, 'sample.concord');
  const stamp = join(dir, 'imported');
  mkdirSync(dir, { recursive: true });
  const samples = join(root, 'resources', 'sample', 'articles');
  if (existsSync(stamp)) return file;
  if (!existsSync(samples)) {
    console.log('No resources/sample/articles/ folder; starting with an empty project.');
    return file;
  }
  console.log('Building the sample project from resources/sample/articles/…');
  const imported = concord(['import', samples, '--db', file]);
  if (imported.status === 0) writeFileSync(stamp, `${new Date().toISOString()}\n`);
  else console.error('Some sample files could not be imported (see above); going on.');
  return file;
}

function runBrowserHost(reason) {
  console.log(
    `Electron's binary is not available here (${reason}); opening Concord in your browser through the browser host instead.`,
  );
  const file = sampleProject();
  const child = spawn(process.execPath, [join(root, 'bin', 'concord.js'), 'serve', '--db', file, '--open'], {
    cwd: root,
    stdio: 'inherit',
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

ensureBuilt();
const electron = findElectron();
if (electron.binary) {
  const outcome = await runElectron(electron.binary);
  if (outcome.failed) runBrowserHost(outcome.failed);
  else process.exit(outcome.code);
} else {
  runBrowserHost(electron.reason);
}
