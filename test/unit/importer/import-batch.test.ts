import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSources } from '../../../main/core/db/sources';
import { Project } from '../../../main/core/project';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();

function batch(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const body = ` date 2026-01-${String((i % 28) + 1).padStart(2, '0')}\nReport ${i}\n\nCompany ${i} said it would invest up to $${i + 1} billion in its plant number ${i}, the ${i}th such plan.\n`;
    writeFileSync(join(dir, `a-${String(i).padStart(4, '0')}.txt`), body);
  }
}

describe('importPaths', () => {
  it('stops on cancel with whole files kept, and a re-run completes the batch without duplicates', async () => {
    const dir = join(tmp(), 'batch');
    batch(dir, 1200);
    const project = await Project.open(join(tmp(), 'p.concord'));
    const controller = new AbortController();
    const first = await project.importPaths([dir], {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'reading' && p.filesDone > 0) controller.abort();
      },
    });
    expect(first.status).toBe('cancelled');
    const kept = countSources(project.db);
    expect(kept).toBe(first.sourcesAdded);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(1200);
    // Every kept source has all of its claims: files are written whole.
    const partial = project.db
      .prepare(
        'SELECT count(*) AS n FROM sources s WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.source_id = s.id)',
      )
      .get() as { n: number };
    expect(partial.n).toBe(0);

    const second = await project.importPaths([dir]);
    expect(second.status).toBe('done');
    expect(second.duplicatesSkipped).toBe(kept);
    expect(second.sourcesAdded).toBe(1200 - kept);
    expect(countSources(project.db)).toBe(1200);
    project.close();
  });

  it('records the batch with its counts and errors', async () => {
    const dir = join(tmp(), 'batch');
    batch(dir, 3);
    writeFileSync(join(dir, 'empty.txt'), '');
    const project = await Project.open(join(tmp(), 'p.concord'));
    const summary = await project.importPaths([dir]);
    const row = project.db
      .prepare('SELECT status, files_read, sources_added, errors FROM batches WHERE id = ?')
      .get(summary.batchId) as {
      status: string;
      files_read: number;
      sources_added: number;
      errors: string;
    };
    expect(row).toMatchObject({ status: 'done', files_read: 4, sources_added: 3 });
    expect(JSON.parse(row.errors)).toEqual([expect.objectContaining({ file: join(dir, 'empty.txt') })]);
    project.close();
  });
});
