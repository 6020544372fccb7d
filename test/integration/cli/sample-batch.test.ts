import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../../shared/model';
import { concord, REPO } from '../../helpers/cli';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();

describe('the sample batch the app ships', () => {
  it('imports cleanly in every format and encoding, with the syndicated copy flagged', () => {
    const db = join(tmp(), 'sample.concord');
    const run = concord(['import', join(REPO, 'resources', 'sample', 'articles'), '--db', db, '--json']);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as BatchSummary;
    expect(summary.errors).toEqual([]);
    expect(summary.sourcesAdded).toBe(17);
    expect(summary.nearDuplicates).toBeGreaterThanOrEqual(1);
    expect(summary.claimsFound).toBeGreaterThan(100);

    const raw = new Database(db, { readonly: true });
    const formats = (
      raw.prepare('SELECT DISTINCT format FROM sources ORDER BY format').all() as Array<{ format: string }>
    ).map((r) => r.format);
    expect(formats).toEqual(['csv', 'eml', 'html', 'json', 'md', 'rss', 'txt']);
    const encodings = (
      raw.prepare('SELECT DISTINCT encoding FROM sources').all() as Array<{ encoding: string }>
    ).map((r) => r.encoding);
    expect(encodings).toEqual(expect.arrayContaining(['utf-8', 'euc-kr', 'shift_jis']));
    const langs = (
      raw.prepare('SELECT DISTINCT lang FROM sources ORDER BY lang').all() as Array<{ lang: string }>
    ).map((r) => r.lang);
    expect(langs).toEqual(['en', 'ja', 'ko', 'zh']);
    const undated = raw.prepare('SELECT count(*) AS n FROM sources WHERE published_at IS NULL').get() as {
      n: number;
    };
    expect(undated.n).toBe(0);
    raw.close();
  });
});
