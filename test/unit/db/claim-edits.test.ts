import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimPageSql, pageClaims } from '../../../main/core/db/claim-pages';
import {
  ClaimEditError,
  createManualClaim,
  sentenceAround,
  setClaimStatus,
  updateClaim,
} from '../../../main/core/db/claim-edits';
import { listEntities, listMetrics } from '../../../main/core/db/lexicon-lists';
import { Project } from '../../../main/core/project';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds', import.meta.url));
const AT = '2026-03-01T10:00:00.000Z';

async function seeded(): Promise<Project> {
  const project = await Project.open(join(tmp(), 'p.concord'));
  await project.importPaths([SEEDS], { workers: 0 });
  return project;
}

function history(project: Project) {
  return project.db
    .prepare('SELECT action, target_type, target_id, before, after FROM history ORDER BY id')
    .all() as Array<{
    action: string;
    target_type: string;
    target_id: string;
    before: string | null;
    after: string;
  }>;
}

function claimWithText(project: Project, text: string) {
  const page = pageClaims(project.db, { offset: 0, limit: 100, filter: { text } });
  const found = page.rows.find((c) => c.text === text);
  if (!found) throw new Error(`no claim "${text}"`);
  return found;
}

describe('claim edits', () => {
  it('sets statuses in bulk and records each change in history', async () => {
    const project = await seeded();
    const a = claimWithText(project, '최대 500억 달러');
    const b = claimWithText(project, '약 7300억 달러');
    const updated = setClaimStatus(project.db, [a.id, b.id], 'rejected', AT);
    expect(updated.map((c) => [c.id, c.status])).toEqual([
      [a.id, 'rejected'],
      [b.id, 'rejected'],
    ]);
    // Setting the same status again writes nothing new.
    setClaimStatus(project.db, [a.id], 'rejected', AT);
    expect(history(project)).toEqual([
      {
        action: 'claim.status',
        target_type: 'claim',
        target_id: a.id,
        before: '{"status":"candidate"}',
        after: '{"status":"rejected"}',
      },
      {
        action: 'claim.status',
        target_type: 'claim',
        target_id: b.id,
        before: '{"status":"candidate"}',
        after: '{"status":"rejected"}',
      },
    ]);
    expect(() => setClaimStatus(project.db, [a.id, 'c_999999'], 'accepted', AT)).toThrow(ClaimEditError);
    // The failed call rolled back: the first id kept its status.
    expect(claimWithText(project, '최대 500억 달러').status).toBe('rejected');
    project.close();
  });

  it('updates an extracted claim, marks it edited, moves it to its new key and keeps before/after', async () => {
    const project = await seeded();
    const c = claimWithText(project, '최대 300억 달러');
    expect([c.subject, c.object, c.metric]).toEqual(['Nvidia', 'OpenAI', 'investment']);
    const edited = updateClaim(project.db, c.id, { subject: 'Amazon', value: 3.1e10, note: 'checked' }, AT);
    expect(edited).toMatchObject({
      subject: 'Amazon',
      object: 'OpenAI',
      value: 3.1e10,
      note: 'checked',
      status: 'edited',
    });
    const h = history(project).at(-1)!;
    expect(h.action).toBe('claim.update');
    expect(JSON.parse(h.before!)).toMatchObject({ value: 3e10, status: 'candidate', note: null });
    expect(JSON.parse(h.after)).toMatchObject({ value: 3.1e10, status: 'edited', note: 'checked' });
    const amazon = pageClaims(project.db, {
      offset: 0,
      limit: 100,
      filter: { subject: 'Amazon', object: 'OpenAI' },
    });
    expect(amazon.rows.map((r) => r.id)).toContain(c.id);
    expect(() => updateClaim(project.db, c.id, { subject: 'Nobody Inc' }, AT)).toThrow(/No entity/);
    expect(() => updateClaim(project.db, c.id, { metric: 'vibes' }, AT)).toThrow(/No metric/);
    project.close();
  });

  it('creates a manual accepted claim with the sentence around the span as its quote', async () => {
    const project = await seeded();
    const source = project.sources().find((s) => s.lang === 'ko')!;
    const text = project.db.prepare('SELECT text FROM sources WHERE public_id = ?').get(source.id) as {
      text: string;
    };
    const start = text.text.indexOf('약 70조원');
    const span = [start, start + '약 70조원'.length] as const;
    const created = createManualClaim(
      project.db,
      {
        sourcePublicId: source.id,
        span,
        text: '약 70조원',
        value: 7e13,
        unit: 'KRW',
        qualifier: 'about',
        subject: 'Amazon',
        object: 'OpenAI',
        metric: 'investment',
      },
      AT,
    );
    expect(created).toMatchObject({
      origin: 'manual',
      status: 'accepted',
      value: 7e13,
      unit: 'KRW',
      subject: 'Amazon',
      span,
    });
    expect(created.quote.startsWith('아마존이 오픈AI에 최대 500억 달러(약 70조원)를')).toBe(true);
    expect(created.quote.endsWith('전해졌다.')).toBe(true);
    expect(history(project).at(-1)).toMatchObject({
      action: 'claim.create',
      target_id: created.id,
      before: null,
    });
    expect(() =>
      createManualClaim(
        project.db,
        {
          sourcePublicId: source.id,
          span: [0, 3],
          text: '약 70조원',
          value: 1,
          unit: 'KRW',
          qualifier: 'exact',
        },
        AT,
      ),
    ).toThrow(/does not hold/);
    project.close();
  });

  it('finds the sentence around a span in CJK and Latin text', () => {
    expect(sentenceAround('前文。アマゾンは100億ドルを投資。後文', 6, 12)).toBe(
      'アマゾンは100億ドルを投資。',
    );
    expect(sentenceAround('First one. Up to $50 billion here! Next', 17, 28)).toBe('Up to $50 billion here!');
  });

  it('lists the lexicon for the pickers', async () => {
    const project = await Project.open(join(tmp(), 'p.concord'));
    const names = listEntities(project.db).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Amazon', 'OpenAI', 'Nvidia']));
    expect(listMetrics(project.db).map((m) => m.id)).toEqual(
      expect.arrayContaining(['investment', 'valuation']),
    );
    project.close();
  });

  it('filters claims by subject, object, metric and outlet through indexes', async () => {
    const project = await seeded();
    const valuation = pageClaims(project.db, { offset: 0, limit: 100, filter: { metric: 'valuation' } });
    expect(new Set(valuation.rows.map((c) => c.value))).toEqual(new Set([7.3e11, 5e11]));
    const outlet = pageClaims(project.db, { offset: 0, limit: 100, filter: { outlet: 'TradingKey' } });
    expect(outlet.total).toBeGreaterThan(0);
    expect(outlet.rows.every((c) => c.source.outlet === 'TradingKey')).toBe(true);
    for (const filter of [{ subject: 'Amazon' }, { object: 'OpenAI' }, { metric: 'valuation' }]) {
      const q = claimPageSql({ offset: 0, limit: 10, filter });
      const plan = (
        project.db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.args) as Array<{ detail: string }>
      )
        .map((r) => r.detail)
        .join('\n');
      expect(plan).toMatch(/claims_key/);
      expect(plan).not.toMatch(/SCAN c\b/);
    }
    project.close();
  });
});
