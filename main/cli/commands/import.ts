import { cpus } from 'node:os';
import type { BatchSummary } from '../../../shared/model';
import { Project } from '../../core/project';
import { parseCommandArgs, requireOption, UsageError } from '../args';
import { terminalProgress } from '../progress-bar';

export const IMPORT_USAGE = 'concord import PATH… --db FILE [--json] [--workers N]';

function printSummary(summary: BatchSummary, db: string): void {
  const rows: Array<[string, number]> = [
    ['files read', summary.filesRead],
    ['articles read', summary.articlesRead],
    ['sources added', summary.sourcesAdded],
    ['duplicates skipped', summary.duplicatesSkipped],
    ['near-duplicates flagged', summary.nearDuplicates],
    ['claims found', summary.claimsFound],
    ['files with errors', new Set(summary.errors.map((e) => e.file)).size],
  ];
  const head =
    summary.status === 'done' ? 'Imported into' : `Import ${summary.status}; kept what was read in`;
  process.stdout.write(`${head} ${db} in ${summary.seconds.toFixed(1)} s\n`);
  for (const [label, n] of rows) process.stdout.write(`  ${label.padEnd(24)} ${String(n).padStart(8)}\n`);
}

export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { db: { type: 'string' }, json: { type: 'boolean' }, workers: { type: 'string' } },
    true,
  );
  if (positionals.length === 0) throw new UsageError('give at least one file or folder to import');
  const dbFile = requireOption(values.db, 'db');
  const workers =
    values.workers !== undefined ? Number.parseInt(values.workers, 10) : Math.min(2, cpus().length);
  if (!Number.isInteger(workers) || workers < 0) throw new UsageError('--workers must be a whole number ≥ 0');

  const project = await Project.open(dbFile);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const bar = terminalProgress(process.stderr);
  try {
    const summary = await project.importPaths(positionals, {
      workers,
      signal: controller.signal,
      onProgress: (p) => bar.update(p),
    });
    bar.end();
    for (const e of summary.errors) process.stderr.write(`error: ${e.file}: ${e.message}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else printSummary(summary, dbFile);
    const nothingUsable = summary.errors.length > 0 && summary.articlesRead === 0;
    return summary.status === 'done' && !nothingUsable ? 0 : 1;
  } finally {
    process.off('SIGINT', onSigint);
    project.close();
  }
}
