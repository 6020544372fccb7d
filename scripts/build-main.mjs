// Bundles the Node side (CLI, import worker) with esbuild. Native and heavy packages stay external
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
console.log(`built dist/main in ${Date.now() - started} ms`);
