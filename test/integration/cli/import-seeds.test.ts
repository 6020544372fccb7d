import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/model';
import { concord, jsonLines, SEEDS } from '../../helpers/cli';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();

const B = 1e9;
// Every amount of the two seed articles, in order, as [value, unit, qualifier, equivalent?].
const KO: Array<[number, string, string, [number, string]?]> = [
  [50 * B, 'USD', 'up_to', [70e12, 'KRW']],
  [15 * B, 'USD', 'exact'],
  [35 * B, 'USD', 'exact'],
  [100 * B, 'USD', 'exact', [140e12, 'KRW']],
  [730 * B, 'USD', 'about'],
  [30 * B, 'USD', 'up_to', [44e12, 'KRW']],
  [100 * B, 'USD', 'exact'],
  [35 * B, 'USD', 'exact'],
  [8 * B, 'USD', 'at_least'],
];
const JA: Array<[number, string, string, [number, string]?]> = [
  [10 * B, 'USD', 'exact'], // the headline
  [10 * B, 'USD', 'at_least', [1.4e12, 'JPY']],
  [38 * B, 'USD', 'exact'],
  [38 * B, 'USD', 'exact'],
  [500 * B, 'USD', 'more_than'],
  [38 * B, 'USD', 'exact'],
  [100 * B, 'USD', 'exact'],
  [500 * B, 'USD', 'exact'],
  [100 * B, 'USD', 'exact'],
  [500 * B, 'USD', 'exact'],
  [100 * B, 'USD', 'at_least'],
  [90 * B, 'USD', 'about'],
  [10 * B, 'USD', 'exact'],
  [10 * B, 'USD', 'exact'],
  [66_900_000_000, 'USD', 'exact'],
  [10 * B, 'USD', 'exact'],
];

function shape(claims: Claim[]) {
  return claims.map((c) => [c.value, c.unit, c.qualifier, ...c.equivalents.map((e) => [e.value, e.unit])]);
}

describe('concord import + claims on the seed articles', () => {
  it('lists all 29 amounts with value, currency, qualifier and the 4 restatements', () => {
    const db = join(tmp(), 'seeds.concord');
    const imported = concord(['import', SEEDS, '--db', db, '--json']);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const summary = JSON.parse(imported.stdout) as {
      sourcesAdded: number;
      claimsFound: number;
      errors: unknown[];
    };
    expect(summary).toMatchObject({ sourcesAdded: 2, claimsFound: 25, errors: [] });

    const out = concord(['claims', '--db', db]);
    expect(out.status).toBe(0);
    const claims = jsonLines<Claim>(out.stdout);
    const ko = claims.filter((c) => c.source.file === 'ko-amazon-openai-2026-02-26.txt');
    const ja = claims.filter((c) => c.source.file === 'ja-tradingkey-2025-12-17.txt');
    expect(shape(ko)).toEqual(KO.map(([v, u, q, e]) => [v, u, q, ...(e ? [e] : [])]));
    expect(shape(ja)).toEqual(JA.map(([v, u, q, e]) => [v, u, q, ...(e ? [e] : [])]));
    const amounts = claims.length + claims.reduce((n, c) => n + c.equivalents.length, 0);
    expect(amounts).toBe(29);

    const first = ko[0]!;
    expect(first.text).toBe('최대 500억 달러');
    expect(first.equivalents[0]!.text).toBe('약 70조원');
    expect(first.source).toMatchObject({
      publishedAt: '2026-02-26',
      lang: 'ko',
      file: 'ko-amazon-openai-2026-02-26.txt',
    });
    expect(first.id).toMatch(/^c_/);
    expect(first.source.id).toMatch(/^s_/);
    expect(ja[0]!.source).toMatchObject({ publishedAt: '2025-12-17', lang: 'ja' });
  });

  it('spans point into the stored text and cover the amount text', () => {
    const db = join(tmp(), 'seeds.concord');
    concord(['import', SEEDS, '--db', db]);
    const claims = jsonLines<Claim>(concord(['claims', '--db', db]).stdout);
    for (const c of claims.filter((x) => !x.inTitle)) {
      expect(c.quote).toContain(c.text);
      expect(c.span[1] - c.span[0]).toBe(c.text.length);
    }
  });

  it('adds nothing twice when the same batch is imported again', () => {
    const db = join(tmp(), 'seeds.concord');
    concord(['import', SEEDS, '--db', db]);
    const again = concord(['import', SEEDS, '--db', db, '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ sourcesAdded: 0, duplicatesSkipped: 2, claimsFound: 0 });
    expect(jsonLines(concord(['claims', '--db', db]).stdout)).toHaveLength(25);
  });

  it('writes claims as CSV with a header and one row per claim', () => {
    const db = join(tmp(), 'seeds.concord');
    concord(['import', SEEDS, '--db', db]);
    const csv = concord(['claims', '--db', db, '--format', 'csv']).stdout.trimEnd().split('\r\n');
    expect(csv[0]).toMatch(
      /^id,source_id,file,title,outlet,published_at,lang,subject,object,metric,value,unit,qualifier/,
    );
    expect(csv).toHaveLength(26);
    expect(csv.some((row) => row.includes('50000000000,USD,up_to'))).toBe(true);
  });

  it('finds Korean and Japanese sources by full-text search', () => {
    const db = join(tmp(), 'seeds.concord');
    concord(['import', SEEDS, '--db', db]);
    const ko = JSON.parse(concord(['search', '--db', db, '오픈AI', '--json']).stdout) as {
      hits: Array<{ source: { lang: string } }>;
    };
    expect(ko.hits.map((h) => h.source.lang)).toEqual(['ko']);
    const ja = JSON.parse(concord(['search', '--db', db, '評価額', '--json']).stdout) as {
      hits: Array<{ source: { lang: string } }>;
    };
    expect(ja.hits.map((h) => h.source.lang)).toEqual(['ja']);
  });
});
