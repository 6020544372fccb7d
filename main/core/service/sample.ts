import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Project } from '../project';

/** resources/sample/articles/, found from a bundle in dist/main, from the source tree, or from the cwd. */
export function findSampleDir(from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  const candidates = [
    join(from, '..', '..', 'resources', 'sample', 'articles'),
    join(from, '..', '..', '..', 'resources', 'sample', 'articles'),
    join(process.cwd(), 'resources', 'sample', 'articles'),
  ];
  return candidates.find((dir) => existsSync(dir)) ?? null;
}

/**
 * Fills an empty project with the sample batch, so a first start shows something real. A
 * project that has sources is left alone; a missing sample folder leaves it empty.
 */
export async function fillWithSample(project: Project, sampleDir: string | null): Promise<void> {
  if (!sampleDir || project.counts().sources > 0) return;
  const summary = await project.importPaths([sampleDir], { workers: 0 });
  for (const e of summary.errors) console.error(`concord: sample ${e.file}: ${e.message}`);
}
