/**
 * `npm run bench`: generates article batches deterministically and measures the engine on them.
 * Prints one table and writes bench-results.json. A benchmark that reports figures, not a test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { findQuantities } from '../shared/quantity';
import { Project } from '../main/core/project';
import { generateArticles } from './corpus';

interface Figure {
  readonly step: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
  readonly note?: string;
}

const figures: Figure[] = [];
const record = (f: Figure) => {
  figures.push(f);
  const target = f.target ? `  (target ${f.target})` : '';
  console.log(
    `${f.step.padEnd(44)} ${f.value.toFixed(f.value < 100 ? 2 : 0).padStart(12)} ${f.unit}${target}${f.note ? `  ${f.note}` : ''}`,
  );
};
const rssMb = () => process.memoryUsage().rss / 2 ** 20;

function benchScanner(texts: string[]): void {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let found = 0;
  for (const t of texts.slice(0, 200)) found += findQuantities(t).length; // warm-up
  const started = process.hrtime.bigint();
  let rounds = 0;
  do {
    for (const t of texts) found += findQuantities(t).length;
    rounds++;
  } while (Number(process.hrtime.bigint() - started) / 1e9 < 2);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  record({
    step: 'quantity scanner, one core',
    value: (bytes * rounds) / 2 ** 20 / seconds,
    unit: 'MB/s',
    target: '≥ 20 MB/s',
    note: `${found} amounts seen`,
  });
}

async function benchImport(size: number, dir: string, workers: number): Promise<void> {
  const articles = generateArticles(size);
  const folder = join(dir, `batch-${size}`);
  mkdirSync(folder, { recursive: true });
  for (const a of articles) writeFileSync(join(folder, a.name), a.body);
  const dbFile = join(dir, `bench-${size}-${workers}.concord`);
  const project = await Project.open(dbFile);
  const before = rssMb();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
  const summary = await project.importPaths([folder], { workers });
  clearInterval(timer);
  peak = Math.max(peak, rssMb());
  project.close();
  record({
    step: `import ${size} articles end to end (${workers} workers)`,
    value: summary.sourcesAdded / summary.seconds,
    unit: 'articles/s',
    target: '≥ 1,000 articles/s',
    note: `${summary.claimsFound} claims in ${summary.seconds.toFixed(2)} s, peak RSS ${peak.toFixed(0)} MB`,
  });
  if (size === Math.max(...sizes)) benchScanner(articles.map((a) => a.body));
}

const workersArg = process.argv.find((a) => a.startsWith('--workers='));
const workerCount = workersArg ? Number(workersArg.slice(10)) : Math.min(2, cpus().length);
const sizeArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = sizeArg ? sizeArg.slice(8).split(',').map(Number) : [1000, 10000];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
  console.log(
    `Concord bench · ${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GB · Node ${process.version}`,
  );
  try {
    for (const size of sizes) await benchImport(size, dir, workerCount);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(
    'bench-results.json',
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, figures }, null, 2)}\n`,
  );
  console.log('wrote bench-results.json');
}

await main();
