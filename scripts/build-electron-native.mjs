// Builds better-sqlite3 for Electron's ABI into dist/native/electron/better_sqlite3.node, which
// the desktop shell passes to better-sqlite3's `nativeBinding` option (main/app/native-binding.ts).
// node_modules/better-sqlite3 keeps its Node build (CLI, tests, browser host), so the work happens
// in a temporary copy. Needs the network: first a prebuilt binary (prebuild-install), else
// compiling against Electron's headers (node-gyp). Where neither is reachable it says so and fails.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const target = join(root, 'dist', 'native', 'electron', 'better_sqlite3.node');
const electronPkg = join(root, 'node_modules', 'electron', 'package.json');
const sqlitePkg = join(root, 'node_modules', 'better-sqlite3');

function fail(message) {
  console.error(`build-electron-native: ${message}`);
  process.exit(1);
}

if (!existsSync(electronPkg) || !existsSync(sqlitePkg))
  fail('run `npm install` first (electron and better-sqlite3 are missing).');
const electronVersion = JSON.parse(readFileSync(electronPkg, 'utf8')).version;
const arch = process.env.npm_config_arch || process.arch;

function lastLines(result) {
  const text = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim();
  if (result.error) return result.error.message;
  const lines = text.split('\n').filter(Boolean);
  // The line naming the cause (ENOTFOUND, EACCES…) says more than the tool's closing "not ok".
  const cause =
    lines.find((l) => /\bE[A-Z]{4,}\b|\bnetwork\b/.test(l)) ?? lines.find((l) => /Error:/.test(l));
  return cause?.trim() ?? (lines.slice(-3).join(' | ') || `exit status ${result.status}`);
}

function run(cwd, args, timeout) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env } });
}

function nodeGypScript() {
  const candidates = [
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

const work = mkdtempSync(join(tmpdir(), 'concord-electron-native-'));
try {
  cpSync(sqlitePkg, work, {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch})…`);

  const prebuilt = run(
    work,
    [
      join(root, 'node_modules', 'prebuild-install', 'bin.js'),
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--verbose',
    ],
    180_000,
  );
  let how = 'a prebuilt binary';
  if (prebuilt.status !== 0) {
    const prebuiltWhy = lastLines(prebuilt);
    const gyp = nodeGypScript();
    if (!gyp)
      fail(`no prebuilt binary could be fetched (${prebuiltWhy}) and node-gyp was not found to compile one.`);
    const compiled = run(
      work,
      [
        gyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      900_000,
    );
    if (compiled.status !== 0) {
      fail(
        `could not produce better_sqlite3.node for Electron ${electronVersion}.\n` +
          `  prebuilt download: ${prebuiltWhy}\n` +
          `  compile against Electron's headers: ${lastLines(compiled)}\n` +
          'Both need the network (prebuilt binaries and Electron headers are downloaded). Run this on a machine\n' +
          `that has it, or copy a build for Electron ${electronVersion} to ${target}.\n` +
          'Only the desktop window needs it: the CLI and the browser host (npm start falls back to it) do not.',
      );
    }
    how = "a compile against Electron's headers";
  }
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) fail(`the build reported success but ${built} is missing.`);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(built, target);
  console.log(`Wrote ${target} (${how}).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
