#!/usr/bin/env node
// The `concord` command: runs the bundled CLI (built by `npm run build`, which `npm install` runs).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('concord: the CLI is not built yet; run `npm run build` (npm install does it too).\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
