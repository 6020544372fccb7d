import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEETS, tempPathFor, writeXlsx, type ReconciledRow } from '../../../main/core/export';
import { useTmpDir } from '../../helpers/tmp';
import { ROWS, table } from './fixtures';

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Column number by header name, so tests do not depend on column order. */
function col(ws: ExcelJS.Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const i = values.indexOf(header);
  if (i < 1) throw new Error(`no column ${header}`);
  return i;
}

describe('writeXlsx', () => {
  const tmp = useTmpDir();

  it('writes the Reconciled, Sources and Claims sheets', async () => {
    const path = join(tmp(), 'out.xlsx');
    const result = await writeXlsx(table(), path);
    expect(result.rows).toBe(4);
    const wb = await readBack(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.reconciled, SHEETS.sources, SHEETS.claims]);
    expect(sheet(wb, 'Reconciled').rowCount).toBe(5);
    expect(sheet(wb, 'Sources').rowCount).toBe(4);
    expect(sheet(wb, 'Claims').rowCount).toBe(1 + 3 + 0 + 1 + 1);
  });

  it('writes values as numbers with a number format per currency', async () => {
    const path = join(tmp(), 'out.xlsx');
    await writeXlsx(table(), path);
    const ws = sheet(await readBack(path), 'Reconciled');
    const v = col(ws, 'Value');
    const k1 = ws.getRow(2).getCell(v);
    expect(k1.value).toBe(50e9);
    expect(k1.numFmt).toBe('"US$"#,##0');
    expect(ws.getRow(3).getCell(v).value).toBe(-3.5);
    expect(ws.getRow(3).getCell(v).numFmt).toBe('0.########"%"');
    expect(ws.getRow(4).getCell(col(ws, 'Low')).value).toBe(730e9);
    expect(ws.getRow(5).getCell(v)).toMatchObject({ value: 71.6e12, numFmt: '"₩"#,##0' });
    const claims = sheet(await readBack(path), 'Claims');
    const ja = claims.getRow(3);
    expect(ja.getCell(col(claims, 'Value'))).toMatchObject({ value: 7.7e12, numFmt: '"¥"#,##0' });
  });

  it('links each value to its citation rows in the Claims sheet', async () => {
    const path = join(tmp(), 'out.xlsx');
    await writeXlsx(table(), path);
    const wb = await readBack(path);
    const rec = sheet(wb, 'Reconciled');
    const claims = sheet(wb, 'Claims');
    const c = col(rec, 'Citations');
    const targets = ROWS.map(
      (_, i) => rec.getRow(i + 2).getCell(c).value as { text: string; hyperlink: string } | null,
    );
    expect(targets.map((t) => t?.hyperlink ?? null)).toEqual([
      '#Claims!A2',
      null,
      '#Claims!A5',
      '#Claims!A6',
    ]);
    expect(targets[0]!.text).toBe('3 reports → Claims!A2');
    // The linked rows are that key's citations, supporting first.
    const claimCol = col(claims, 'Claim');
    const keyCol = col(claims, 'Key');
    const roleCol = col(claims, 'Role');
    const rowsOf = (r: number): unknown[] => [
      claims.getRow(r).getCell(claimCol).value,
      claims.getRow(r).getCell(keyCol).value,
      claims.getRow(r).getCell(roleCol).value,
    ];
    expect([2, 3, 4, 5, 6].map(rowsOf)).toEqual([
      ['c_1', 'k_1', 'supporting'],
      ['c_2', 'k_1', 'supporting'],
      ['c_3', 'k_1', 'excluded'],
      ['c_3', 'k_3', 'supporting'],
      ['c_1', 'k_4', 'supporting'],
    ]);
    expect(claims.getRow(4).getCell(col(claims, 'Reason')).value).toBe(
      "'-2+3 superseded by the February reports",
    );
    expect(claims.getRow(3).getCell(col(claims, 'Source')).value).toBe('s_2');
  });

  it('links sources to their URLs only when they are http(s)', async () => {
    const path = join(tmp(), 'out.xlsx');
    await writeXlsx(table(), path);
    const ws = sheet(await readBack(path), 'Sources');
    const u = col(ws, 'URL');
    expect(ws.getRow(2).getCell(u).value).toEqual({
      text: 'https://ktr.example/a/1',
      hyperlink: 'https://ktr.example/a/1',
    });
    expect(ws.getRow(3).getCell(u).value).toBe('javascript:alert(1)');
    expect(ws.getRow(4).getCell(u).value).toEqual({
      text: 'http://pl.example/x?a=1&b=2',
      hyperlink: 'http://pl.example/x?a=1&b=2',
    });
  });

  it('writes text as text cells, never formulas, with formula-looking text neutralised', async () => {
    const path = join(tmp(), 'out.xlsx');
    await writeXlsx(table(), path);
    const wb = await readBack(path);
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) =>
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula),
        ),
      );
    }
    const rec = sheet(wb, 'Reconciled');
    expect(rec.getRow(2).getCell(col(rec, 'Rationale')).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rec.getRow(3).getCell(col(rec, 'Rationale'))).toMatchObject({
      value: "'-3.5",
      type: ExcelJS.ValueType.String,
    });
    expect(rec.getRow(4).getCell(col(rec, 'Subject')).value).toBe("'\tAmazon");
    // XML parsers normalise a raw CR to LF on reading; the apostrophe is what matters.
    expect(rec.getRow(4).getCell(col(rec, 'Object')).value).toMatch(/^'[\r\n]OpenAI$/);
    const src = sheet(wb, 'Sources');
    expect(src.getRow(3).getCell(col(src, 'Title')).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(src.getRow(4).getCell(col(src, 'Outlet')).value).toBe("'+cmd");
    const claims = sheet(wb, 'Claims');
    expect(claims.getRow(3).getCell(col(claims, 'Quote')).value).toMatch(/^'@SUM\(A1\)/);
  });

  it('replaces the file only when complete, and cleans up after a failure', async () => {
    const dir = tmp();
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'previous');
    async function* failing(): AsyncGenerator<ReconciledRow> {
      yield ROWS[0]!;
      throw new Error('boom');
    }
    await expect(writeXlsx(table(failing), path)).rejects.toThrow('boom');
    expect(existsSync(tempPathFor(path))).toBe(false);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    await writeXlsx(table(), path);
    expect((await readBack(path)).worksheets).toHaveLength(3);
  });
});
