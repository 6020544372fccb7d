import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_FORMAT, writeJson } from '../../../main/core/export';
import { useTmpDir } from '../../helpers/tmp';
import { HASH_JA, ROWS, SOURCES, table } from './fixtures';

describe('writeJson', () => {
  const tmp = useTmpDir();

  it('writes one document: table, citations by id with content hashes, and sources', async () => {
    const path = join(tmp(), 'out.json');
    const result = await writeJson(table(), path);
    expect(result.rows).toBe(4);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    expect(doc).toMatchObject({
      format: JSON_FORMAT,
      title: 'Amazon × OpenAI',
      generatedAt: '2026-03-05T09:00:00Z',
    });
    expect(doc.rows).toHaveLength(4);
    expect(doc.rows[0]).toMatchObject({
      keyId: 'k_1',
      value: 50e9,
      unit: 'USD',
      status: 'confirmed',
      rationale: ROWS[0]!.rationale,
    });
    expect(doc.rows[0].supporting[1]).toEqual({
      claimId: 'c_2',
      sourceId: 's_2',
      contentHash: HASH_JA,
      value: 7.7e12,
      low: null,
      high: null,
      unit: 'JPY',
      qualifier: 'about',
      text: '約7.7兆円',
      quote: ROWS[0]!.supporting[1]!.quote,
    });
    expect(doc.rows[0].excluded[0]).toMatchObject({
      claimId: 'c_3',
      reason: '-2+3 superseded by the February reports',
    });
    expect(doc.rows[1]).toMatchObject({ value: -3.5, rationale: '-3.5', supporting: [] });
    expect(doc.sources).toEqual(SOURCES);
  });

  it('is valid for an empty table and writes non-finite numbers as null', async () => {
    const path = join(tmp(), 'empty.json');
    await writeJson({ ...table([]), sources: [] }, path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ rows: [], sources: [] });
    await writeJson(table([{ ...ROWS[1]!, value: Number.NaN }]), path);
    expect(JSON.parse(readFileSync(path, 'utf8')).rows[0].value).toBeNull();
  });
});
