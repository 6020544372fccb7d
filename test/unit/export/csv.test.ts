import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, tempPathFor, writeCsv, type ReconciledRow } from '../../../main/core/export';
import { csvCell } from '../../../main/core/export/csv-cell';
import { useTmpDir } from '../../helpers/tmp';
import { ROWS, table } from './fixtures';

function readBack(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { bom: true, columns: true, relax_quotes: false }) as Record<
    string,
    string
  >[];
}

describe('writeCsv', () => {
  const tmp = useTmpDir();

  it('writes UTF-8 with a BOM, CRLF rows and the header', async () => {
    const path = join(tmp(), 'out.csv');
    const result = await writeCsv(table(), path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    expect(result).toMatchObject({ path, rows: ROWS.length });
    expect(result.bytes).toBe(bytes.length);
    expect(Object.keys(readBack(path)[0]!)).toEqual([...CSV_HEADER]);
  });

  it('reads back every row with numbers as numbers and citations', async () => {
    const path = join(tmp(), 'out.csv');
    await writeCsv(table(), path);
    const rows = readBack(path);
    expect(rows).toHaveLength(4);
    const [k1, k2, k3, k4] = rows as [
      Record<string, string>,
      Record<string, string>,
      Record<string, string>,
      Record<string, string>,
    ];
    expect(k1).toMatchObject({
      key_id: 'k_1',
      value: '50000000000',
      unit: 'USD',
      status: 'confirmed',
      supporting_claims: 'c_1;c_2',
      supporting_sources: 's_1;s_2',
    });
    expect(k1.citations).toBe(
      '코리아 테크 리뷰, 2026-02-27 [c_1]: “아마존이 오픈AI에 최대 500억 달러(약 71조 6000억 원)를 투자한다.”\n湊経済, 2026-02-27 [c_2]: “@SUM(A1) 最大500億ドル（約7.7兆円、1ドル=153円換算）”',
    );
    expect(k1.excluded).toBe('c_3 (+cmd): -2+3 superseded by the February reports');
    // A number field keeps "-3.5" as a number; the same characters in a text field are defused.
    expect(k2.value).toBe('-3.5');
    expect(k2.rationale).toBe("'-3.5");
    expect(k3).toMatchObject({ value: '', low: '730000000000', high: '840000000000' });
    expect(k4.value).toBe('71600000000000');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tAmazon', "'\tAmazon"],
    ['\rOpenAI', "'\rOpenAI"],
  ])('neutralises the formula-looking text cell %j', async (danger, expected) => {
    const path = join(tmp(), 'f.csv');
    const row: ReconciledRow = { ...ROWS[1]!, rationale: danger, subject: danger, value: -3.5 };
    await writeCsv(table([row]), path);
    const [back] = readBack(path);
    expect(back!.rationale).toBe(expected);
    expect(back!.subject).toBe(expected);
    expect(back!.value).toBe('-3.5');
  });

  it('keeps csv-cell behaviour: numbers plain, text escaped per RFC 4180', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell('-3.5')).toBe("'-3.5");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('streams rows from a function and reports progress', async () => {
    const path = join(tmp(), 'gen.csv');
    const seen: number[] = [];
    await writeCsv(
      table(() => ROWS.values()),
      path,
      { onProgress: (n) => seen.push(n) },
    );
    expect(readBack(path)).toHaveLength(4);
    expect(seen.at(-1)).toBe(4);
  });

  it('never leaves a half-written file: a failing export keeps the old file and removes the temp', async () => {
    const dir = tmp();
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'previous export');
    async function* failing(): AsyncGenerator<ReconciledRow> {
      yield ROWS[0]!;
      throw new Error('database went away');
    }
    await expect(writeCsv(table(failing), path)).rejects.toThrow('database went away');
    expect(readFileSync(path, 'utf8')).toBe('previous export');
    expect(existsSync(tempPathFor(path))).toBe(false);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('stops on cancel, leaving nothing under the final name', async () => {
    const dir = tmp();
    const path = join(dir, 'out.csv');
    const ctl = new AbortController();
    ctl.abort();
    await expect(writeCsv(table(), path, { signal: ctl.signal })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
