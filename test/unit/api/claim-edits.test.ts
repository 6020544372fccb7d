import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API, type ApiHandlers, type ApiMethod, type ApiOutput } from '../../../shared/api';
import { Project } from '../../../main/core/project';
import { dispatch } from '../../../main/core/service/dispatch';
import { createHandlers } from '../../../main/core/service/handlers';
import { ProjectSession } from '../../../main/core/service/session';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds', import.meta.url));

async function handlers(): Promise<{ h: ApiHandlers; session: ProjectSession }> {
  const project = await Project.open(join(tmp(), 'p.concord'));
  await project.importPaths([SEEDS], { workers: 0 });
  const session = new ProjectSession(project, () => undefined, { workers: 0 });
  return { h: createHandlers(session, { kind: 'browser', version: 't' }), session };
}

async function call<M extends ApiMethod>(h: ApiHandlers, method: M, input: unknown): Promise<ApiOutput<M>> {
  const result = await dispatch(h, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return API[method].output.parse(result.value) as ApiOutput<M>;
}

describe('claim editing through the contract', () => {
  it('accepts, edits and creates claims, with outputs that match the contract', async () => {
    const { h, session } = await handlers();
    const page = await call(h, 'claims.list', {
      offset: 0,
      limit: 100,
      filter: { lang: 'ko', subject: 'Amazon', metric: 'investment' },
    });
    const upTo = page.rows.find((c) => c.text === '최대 500억 달러')!;
    expect(upTo).toMatchObject({ object: 'OpenAI', qualifier: 'up_to', status: 'candidate' });

    const accepted = await call(h, 'claims.setStatus', { ids: [upTo.id], status: 'accepted' });
    expect(accepted.claims[0]?.status).toBe('accepted');

    const edited = await call(h, 'claims.update', {
      id: upTo.id,
      patch: { qualifier: 'about', asOf: '2026-02' },
    });
    expect(edited).toMatchObject({ qualifier: 'about', asOf: '2026-02', status: 'edited' });

    const detail = await call(h, 'sources.get', { id: upTo.source.id });
    const at = detail.text.indexOf('150억 달러');
    const created = await call(h, 'claims.create', {
      sourceId: upTo.source.id,
      span: [at, at + 7],
      text: '150억 달러',
      value: 1.5e10,
      unit: 'USD',
      qualifier: 'exact',
      metric: 'investment',
    });
    expect(created).toMatchObject({
      origin: 'manual',
      status: 'accepted',
      metric: 'investment',
      subject: null,
    });

    const entities = await call(h, 'lexicon.entities', {});
    expect(entities.entities.some((e) => e.name === 'OpenAI')).toBe(true);
    const metrics = await call(h, 'lexicon.metrics', {});
    expect(metrics.metrics.find((m) => m.id === 'valuation')?.label).toBe('valuation');
    await session.close();
  });

  it('reports unknown claims as not_found and bad names as invalid_input', async () => {
    const { h, session } = await handlers();
    const missing = await dispatch(h, 'claims.setStatus', { ids: ['c_99999'], status: 'rejected' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await dispatch(h, 'claims.update', { id: 'c_1', patch: { object: 'No Such Company' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await session.close();
  });
});
