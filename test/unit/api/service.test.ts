import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API, EVENTS, type ApiEventName, type ApiHandlers, type ApiMethod } from '../../../shared/api';
import { Project } from '../../../main/core/project';
import { dispatch } from '../../../main/core/service/dispatch';
import { createHandlers } from '../../../main/core/service/handlers';
import { ProjectSession } from '../../../main/core/service/session';
import { writeArticles } from '../../integration/web/articles';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();
const API_EVENT_DONE = EVENTS['import.done'];

interface Harness {
  call<M extends ApiMethod>(method: M, input: unknown): Promise<unknown>;
  fail(method: ApiMethod, input: unknown): Promise<{ code: string; message: string }>;
  events: Array<{ name: ApiEventName; payload: unknown }>;
  waitFor(name: ApiEventName): Promise<unknown>;
  session: ProjectSession;
  dir: string;
}

/** The service as every host runs it (session → handlers → dispatch), with workers: 0. */
async function harness(): Promise<Harness> {
  const dir = tmp();
  const events: Harness['events'] = [];
  const waiters: Array<{ name: ApiEventName; resolve: (p: unknown) => void }> = [];
  const session = new ProjectSession(
    await Project.open(join(dir, 'p.concord')),
    (name, payload) => {
      events.push({ name, payload });
      for (const w of waiters.filter((w) => w.name === name)) w.resolve(payload);
    },
    { workers: 0 },
  );
  const handlers: ApiHandlers = createHandlers(session, { kind: 'browser', version: '0.0.0-test' });
  return {
    dir,
    session,
    events,
    async call(method, input) {
      const result = await dispatch(handlers, method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
      // Outputs are validated against the contract here, for every method the tests call.
      return API[method].output.parse(result.value);
    },
    async fail(method, input) {
      const result = await dispatch(handlers, method, input);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
      return result.error;
    },
    waitFor: (name) => new Promise((resolve) => waiters.push({ name, resolve })),
  };
}

describe('ConcordService through the contract', () => {
  it('imports articles as a job with progress and done events, then lists, gets and searches them', async () => {
    const h = await harness();
    const folder = writeArticles(h.dir);
    const done = h.waitFor('import.done');
    const { jobId } = (await h.call('import.start', { paths: [folder] })) as { jobId: string };
    const finished = API_EVENT_DONE.parse(await done);
    expect(finished).toMatchObject({
      jobId,
      error: null,
      summary: { status: 'done', sourcesAdded: 3, filesRead: 3 },
    });
    const progress = h.events.filter((e) => e.name === 'import.progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((e) => (e.payload as { jobId: string }).jobId === jobId)).toBe(true);
    expect(h.events.filter((e) => e.name === 'import.done')).toHaveLength(1);

    const job = (await h.call('jobs.get', { jobId })) as { state: string; summary: { sourcesAdded: number } };
    expect(job.state).toBe('done');
    expect(await h.call('import.cancel', { jobId })).toEqual({ cancelled: false });

    const info = (await h.call('project.info', {})) as {
      name: string;
      counts: { sources: number };
      schemaVersion: number;
    };
    expect(info.name).toBe('p.concord');
    expect(info.counts.sources).toBe(3);
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);

    const page = (await h.call('sources.list', {
      offset: 0,
      limit: 2,
      sort: 'publishedAt',
      dir: 'desc',
    })) as {
      rows: Array<{ id: string; lang: string | null; publishedAt: string | null }>;
      total: number;
    };
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.publishedAt)).toEqual(['2026-02-27', '2026-02-26']);
    const ko = page.rows[1]!;
    const detail = (await h.call('sources.get', { id: ko.id })) as { text: string; source: { id: string } };
    expect(detail.source.id).toBe(ko.id);
    expect(detail.text).toContain('최대 500억 달러(약 70조원)');

    const hits = (await h.call('sources.search', { query: '오픈AI' })) as Array<{ source: { id: string } }>;
    expect(hits.map((x) => x.source.id)).toEqual([ko.id]);
    const claims = (await h.call('claims.list', { offset: 0, limit: 1000 })) as {
      rows: unknown[];
      total: number;
    };
    expect(claims.rows.length).toBe(Math.min(claims.total, 1000));

    // The same batch again: every article is an exact duplicate.
    const again = h.waitFor('import.done');
    await h.call('import.start', { paths: [folder] });
    expect(API_EVENT_DONE.parse(await again).summary).toMatchObject({
      sourcesAdded: 0,
      duplicatesSkipped: 3,
    });
    await h.session.close();
  });

  it('answers with typed errors: not found, busy, unsupported dialogs, missing project', async () => {
    const h = await harness();
    expect(await h.fail('sources.get', { id: 's_nope' })).toMatchObject({ code: 'not_found' });
    expect(await h.fail('jobs.get', { jobId: 'job_nope' })).toMatchObject({ code: 'not_found' });
    expect(await h.fail('dialog.pickImportPaths', { mode: 'files' })).toMatchObject({ code: 'unsupported' });
    expect(await h.fail('dialog.pickProjectFile', { mode: 'open' })).toMatchObject({ code: 'unsupported' });
    expect(await h.fail('project.open', { path: join(h.dir, 'absent.concord') })).toMatchObject({
      code: 'not_found',
    });
    expect(await h.call('host.info', {})).toEqual({
      host: 'browser',
      nativeDialogs: false,
      version: '0.0.0-test',
    });

    const folder = writeArticles(h.dir);
    const done = h.waitFor('import.done');
    await h.call('import.start', { paths: [folder] });
    expect(await h.fail('import.start', { paths: [folder] })).toMatchObject({ code: 'busy' });
    await done;
    await h.session.close();
  });

  it('reports a missing import path in the batch summary and keeps going', async () => {
    const h = await harness();
    const folder = writeArticles(h.dir, ['en-amazon-openai.txt']);
    const done = h.waitFor('import.done');
    await h.call('import.start', { paths: [folder, join(h.dir, 'no-such-folder')] });
    const summary = API_EVENT_DONE.parse(await done).summary!;
    expect(summary.sourcesAdded).toBe(1);
    expect(summary.errors.some((e) => e.file.includes('no-such-folder'))).toBe(true);
    await h.session.close();
  });

  it('opens another project and announces it', async () => {
    const h = await harness();
    const other = join(h.dir, 'other.concord');
    const info = (await h.call('project.open', { path: other, create: true })) as {
      file: string;
      counts: { sources: number };
    };
    expect(info).toMatchObject({ file: other, counts: { sources: 0 } });
    expect(h.events.at(-1)).toEqual({ name: 'project.changed', payload: info });
    expect(((await h.call('project.info', {})) as { file: string }).file).toBe(other);
    await h.session.close();
  });
});
