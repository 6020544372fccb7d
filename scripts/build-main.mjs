// Bundles the Node side (CLI, import worker, Electron shell and preload) with esbuild. Native and heavy packages stay external
// and load from node_modules at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];

const started = Date.now();
await build({
  entryPoints: {
    cli: 'main/cli/bin.ts',
    'import-worker': 'main/core/importer/worker.ts',
    bench: 'bench/main.ts',
    eval: 'scripts/eval.ts',
  },
  outdir: 'dist/main',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  external,
  logLevel: 'warning',
});
// The Electron shell is CommonJS (app.cjs, as package.json "main" says). import.meta.url does not
// exist there, so it is defined from __filename for the modules that locate files beside the bundle.
await build({
  entryPoints: { app: 'main/app/main.ts' },
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: 'linked',
  external,
  define: { 'import.meta.url': '__concordImportMetaUrl' },
  banner: { js: "const __concordImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
// The preload runs sandboxed: it may require only electron itself, so everything else is inlined.
await build({
  entryPoints: { preload: 'main/app/preload.ts' },
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'browser',
  target: 'chrome140',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['electron'],
  minify: true,
  logLevel: 'warning',
});
console.log(`built dist/main in ${Date.now() - started} ms`);
