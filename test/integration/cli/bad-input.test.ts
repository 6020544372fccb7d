import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchSummary, Claim } from '../../../shared/model';
import { concord, jsonLines } from '../../helpers/cli';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();

const GOOD =
  ' date 2026-01-30\n소프트뱅크, 오픈AI 추가 투자 검토\n\n소프트뱅크가 오픈AI에 최대 300억 달러(약 43조원)를 추가로 투자하는 방안을 검토하고 있다.\n';
const GOOD_EN =
  'Nvidia weighs new OpenAI round\n\nNvidia is considering an investment of up to $30 billion in OpenAI, people familiar said.\n';

function badBatch(): { dir: string; files: Record<string, string> } {
  const dir = join(tmp(), 'batch');
  mkdirSync(join(dir, 'nested'), { recursive: true });
  const files: Record<string, string> = {
    good: join(dir, 'good-ko.txt'),
    goodEn: join(dir, 'nested', 'good-en.txt'),
    empty: join(dir, 'empty.txt'),
    png: join(dir, 'photo.png'),
    zip: join(dir, 'archive.zip'),
    badUtf8: join(dir, 'broken.json'),
    truncated: join(dir, 'truncated.json'),
    jsonl: join(dir, 'feed.jsonl'),
    xml: join(dir, 'feed.xml'),
  };
  writeFileSync(files.good!, GOOD);
  writeFileSync(files.goodEn!, GOOD_EN);
  writeFileSync(files.empty!, '');
  writeFileSync(
    files.png!,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  );
  writeFileSync(files.zip!, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(60, 1)]));
  // Valid UTF-8 (Korean) around two broken sequences, as a damaged download looks.
  writeFileSync(
    files.badUtf8!,
    Buffer.concat([
      Buffer.from(
        '{"title": "삼성전자, 미국 공장 증설", "text": "삼성전자가 텍사스 공장에 약 370억 달러를 투자한다. ',
      ),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' 회사는 2030년까지 두 번째 공장을 짓겠다고 밝혔다. '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' 업계는 이번 투자를 주목하고 있다."}'),
    ]),
  );
  writeFileSync(files.truncated!, '{"title": "Half an article", "text": "Amazon will invest $10 bil');
  writeFileSync(
    files.jsonl!,
    '{"title":"One","text":"Oracle signed a contract worth $300 billion with OpenAI.","date":"2025-09-10"}\nnot json at all\n{"title":"Three","text":"Microsoft holds a 27% stake in OpenAI Group, worth about $135 billion.","date":"2025-10-28"}\n',
  );
  writeFileSync(
    files.xml!,
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>Broken',
  );
  return { dir, files };
}

describe('concord import on bad input', () => {
  it('reports each bad file by name, keeps the good ones, and loses nothing stored before', () => {
    const { dir, files } = badBatch();
    const db = join(tmp(), 'p.concord');
    // Something stored before the bad batch must survive it.
    const earlier = join(tmp(), 'earlier.txt');
    writeFileSync(
      earlier,
      'Amazon to invest $4 billion in Anthropic\n\nAmazon said it would invest up to $4 billion in Anthropic.\n',
    );
    expect(concord(['import', earlier, '--db', db]).status).toBe(0);

    const missing = join(dir, 'does-not-exist');
    const run = concord(['import', dir, missing, '--db', db, '--json']);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as BatchSummary;
    const failed = new Set(summary.errors.map((e) => e.file));
    for (const key of ['empty', 'png', 'zip', 'badUtf8', 'truncated', 'jsonl', 'xml'] as const) {
      expect(
        [...failed].some((f) => f.endsWith(files[key]!.split('/').pop()!)),
        key,
      ).toBe(true);
    }
    expect([...failed].some((f) => f.endsWith('does-not-exist'))).toBe(true);
    for (const e of summary.errors) {
      expect(e.message.length).toBeGreaterThan(10);
      expect(run.stderr).toContain(e.file);
    }
    expect(summary.errors.find((e) => e.file.endsWith('photo.png'))!.message).toMatch(/PNG|image|binary/i);
    expect(summary.errors.find((e) => e.file.endsWith('feed.jsonl'))!.message).toMatch(/line 2|item 2/);
    // Damaged UTF-8 is kept (nothing lost) but reported with what was repaired.
    expect(summary.errors.find((e) => e.file.endsWith('broken.json'))).toMatchObject({
      code: 'invalid_utf8',
    });
    // good-ko, good-en, the two good JSONL lines and the repaired JSON.
    expect(summary.sourcesAdded).toBe(5);

    const claims = jsonLines<Claim>(concord(['claims', '--db', db]).stdout);
    const files_ = new Set(claims.map((c) => c.source.file));
    expect(files_).toEqual(
      new Set(['earlier.txt', 'good-ko.txt', 'good-en.txt', 'feed.jsonl', 'broken.json']),
    );
    const sources = JSON.parse(concord(['search', '--db', db, 'Half an article', '--json']).stdout) as {
      hits: unknown[];
    };
    expect(sources.hits).toEqual([]); // the truncated JSON stored nothing
    expect(claims.find((c) => c.source.file === 'good-ko.txt')).toMatchObject({
      value: 30e9,
      unit: 'USD',
      qualifier: 'up_to',
    });
  });

  it('exits 2 with a usage line when the command is misused', () => {
    const noDb = concord(['import', '/tmp']);
    expect(noDb.status).toBe(2);
    expect(noDb.stderr).toMatch(/missing --db/);
    expect(noDb.stderr).toMatch(/usage: concord import/);
    expect(concord(['frobnicate']).status).toBe(2);
    expect(concord(['claims', '--db', 'x.concord', '--format', 'xml']).status).toBe(2);
  });

  it('exits 1 naming the file when the project is not a project', () => {
    const bogus = join(tmp(), 'notes.concord');
    writeFileSync(bogus, 'plain text');
    const run = concord(['claims', '--db', bogus]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('notes.concord is not a Concord project');
  });

  it('parses lines from stdin into quantities', () => {
    const run = concord(['parse', '--lang', 'ko'], '최대 500억 달러(약 70조원)\n숫자 없음\n');
    expect(run.status).toBe(0);
    const [first, second] = jsonLines<
      Array<{ value: number; unit: string; qualifier: string; equivalents: unknown[] }>
    >(run.stdout);
    expect(first).toHaveLength(1);
    expect(first![0]).toMatchObject({ value: 50e9, unit: 'USD', qualifier: 'up_to' });
    expect(first![0]!.equivalents).toHaveLength(1);
    expect(second).toEqual([]);
  });
});
