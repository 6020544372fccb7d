import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startBatch } from '../../../main/core/db/batches';
import { claimPageSql, pageClaims } from '../../../main/core/db/claim-pages';
import { insertClaim, type NewClaim } from '../../../main/core/db/claims';
import { openProject } from '../../../main/core/db/open';
import { pageSources, sourceSummaryById } from '../../../main/core/db/source-pages';
import { insertSource } from '../../../main/core/db/sources';
import { CLAIM_SORTS } from '../../../shared/api';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();
const LANGS = ['ko', 'ja', 'zh', 'en'] as const;

/** 8 sources × 5 claims, written with the db layer directly (no extraction involved). */
async function filledProject(): Promise<Database.Database> {
  const { db } = await openProject(join(tmp(), 'p.concord'));
  const batch = startBatch(db, ['x'], '2026-03-01T00:00:00Z');
  for (let i = 0; i < 8; i++) {
    const lang = LANGS[i % 4]!;
    const sourceId = insertSource(db, {
      publicId: `s_${i}`,
      batchId: batch,
      file: `${lang}-${i}.txt`,
      path: `/x/${lang}-${i}.txt`,
      itemIndex: 0,
      format: 'txt',
      encoding: 'utf-8',
      title: i === 3 ? null : `Title ${String.fromCharCode(72 - i)} ${lang}`,
      outlet: i % 2 ? `Outlet ${i}` : null,
      author: null,
      url: null,
      publishedAt: i === 5 ? null : `2026-02-${10 + i}`,
      lang,
      text: `Text ${i}: 최대 500억 달러(약 70조원)`,
      meta: '{}',
      contentHash: `h${i}`,
      simhash: BigInt(i + 1) << 40n,
      nearKeys: [],
      nearDuplicateOf: null,
      importedAt: '2026-03-01',
    });
    for (let k = 0; k < 5; k++) {
      const claim: NewClaim = {
        sourceId,
        keyId: null,
        subjectId: null,
        objectId: null,
        metricId: null,
        value: (i + 1) * 1e9 + k,
        low: null,
        high: null,
        unit: k % 2 ? 'KRW' : 'USD',
        altUnits: null,
        qualifier: k === 0 ? 'up_to' : 'exact',
        asOf: null,
        text: `${i}-${k} 500억 달러`,
        quote: `quote ${i} ${k}`,
        spanStart: 100 - k * 10,
        spanEnd: 105 - k * 10,
        inTitle: false,
        citedSource: null,
        note: null,
        part: null,
        confidence: 0.5,
        flags: [],
        origin: 'auto',
        extractorVersion: 1,
        at: '2026-03-01',
        equivalents:
          k === 0
            ? [
                {
                  value: 7e13,
                  unit: 'KRW',
                  qualifier: 'about',
                  low: null,
                  high: null,
                  text: '약 70조원',
                  span: [10, 16],
                },
              ]
            : [],
      };
      insertClaim(db, claim);
    }
  }
  return db;
}

function plan(db: Database.Database, sql: string, args: ReadonlyArray<string | number>): string {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>;
  return rows.map((r) => r.detail).join('\n');
}

describe('claims.list query', () => {
  it('walks the claims_source index for the default order: no sort of the claims table', async () => {
    const db = await filledProject();
    for (const dir of ['asc', 'desc'] as const) {
      const q = claimPageSql({ offset: 20, limit: 10, dir });
      const p = plan(db, q.sql, q.args);
      expect(p).toMatch(/claims_source/);
      expect(p).not.toMatch(/TEMP B-TREE/);
    }
    const byStatus = claimPageSql({ offset: 0, limit: 10, sort: 'status', filter: { status: 'candidate' } });
    const p = plan(db, byStatus.sql, byStatus.args);
    expect(p).toMatch(/claims_status/);
    expect(p).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('pages in a stable order with the filtered total', async () => {
    const db = await filledProject();
    const first = pageClaims(db, { offset: 0, limit: 7 });
    const second = pageClaims(db, { offset: 7, limit: 7 });
    expect(first.total).toBe(40);
    // Claims are numbered in insertion order (source i, k = 0..4 → c_{5i+k+1}); spans run backwards.
    expect(first.rows.map((c) => c.id)).toEqual(['c_5', 'c_4', 'c_3', 'c_2', 'c_1', 'c_10', 'c_9']);
    expect(second.rows[0]?.id).toBe('c_8');
    expect(first.rows[4]?.equivalents).toEqual([
      {
        value: 7e13,
        unit: 'KRW',
        qualifier: 'about',
        low: null,
        high: null,
        text: '약 70조원',
        span: [10, 16],
      },
    ]);
    const usdUpTo = pageClaims(db, { offset: 0, limit: 100, filter: { unit: 'USD', qualifier: 'up_to' } });
    expect(usdUpTo.total).toBe(8);
    expect(pageClaims(db, { offset: 0, limit: 100, filter: { lang: 'ko' } }).total).toBe(10);
    expect(
      pageClaims(db, { offset: 0, limit: 100, filter: { text: 'QUOTE 3 4' } }).rows.map((c) => c.id),
    ).toEqual(['c_20']);
    const byValue = pageClaims(db, { offset: 0, limit: 3, sort: 'value', dir: 'desc' });
    expect(byValue.rows.map((c) => c.value)).toEqual([8e9 + 4, 8e9 + 3, 8e9 + 2]);
    expect(pageClaims(db, { offset: 40, limit: 10 })).toEqual({ rows: [], total: 40 });
    for (const sort of CLAIM_SORTS) {
      for (const dir of ['asc', 'desc'] as const) {
        const ids = pageClaims(db, { offset: 0, limit: 1000, sort, dir, filter: { lang: 'en' } }).rows.map(
          (c) => c.id,
        );
        expect(ids, `${sort} ${dir}`).toHaveLength(10);
        expect(new Set(ids).size).toBe(10);
      }
    }
    db.close();
  });
});

describe('sources.list query', () => {
  it('sorts, filters and counts, undated and untitled last', async () => {
    const db = await filledProject();
    const all = pageSources(db, { offset: 0, limit: 100 });
    expect(all.total).toBe(8);
    expect(all.rows.map((s) => s.id).at(-1)).toBe('s_5');
    expect(all.rows[0]).toMatchObject({
      id: 's_0',
      lang: 'ko',
      claims: 5,
      format: 'txt',
      nearDuplicateOf: null,
    });
    const newest = pageSources(db, { offset: 0, limit: 2, sort: 'publishedAt', dir: 'desc' });
    expect(newest.rows.map((s) => s.id)).toEqual(['s_7', 's_6']);
    expect(pageSources(db, { offset: 0, limit: 100, sort: 'title' }).rows.at(-1)?.id).toBe('s_3');
    expect(pageSources(db, { offset: 0, limit: 100, filter: { lang: 'ja' } }).rows.map((s) => s.id)).toEqual([
      's_1',
      's_5',
    ]);
    expect(
      pageSources(db, { offset: 0, limit: 100, filter: { text: 'outlet 3' } }).rows.map((s) => s.id),
    ).toEqual(['s_3']);
    expect(pageSources(db, { offset: 0, limit: 100, filter: { text: 'zh-6.TXT' } }).total).toBe(1);
    expect(sourceSummaryById(db, 's_2')?.file).toBe('zh-2.txt');
    expect(sourceSummaryById(db, 's_404')).toBeUndefined();
    db.close();
  });
});
