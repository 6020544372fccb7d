/**
 * MEASUREMENT, not a test of speed: prints how long 100,000 reconciled rows take to export, each
 * citing one report (so the XLSX Claims sheet has 100,000 rows too). There is deliberately no
 * timing assertion; targets are CSV ≤ 1 s and XLSX ≤ 5 s on a 2-core machine. XLSX time grows with
 * the number of cited reports: each is a row of the Claims sheet.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCsv, writeXlsx } from '../../../main/core/export';
import { useTmpDir } from '../../helpers/tmp';
import { manyRows, table } from './fixtures';

const N = 100_000;

describe('export measurement (100k rows)', () => {
  const tmp = useTmpDir();

  it('prints CSV and XLSX export times', { timeout: 120_000 }, async () => {
    const dir = tmp();
    const rows = () => manyRows(N, 1, 0);
    let t = performance.now();
    const csv = await writeCsv(table(rows), join(dir, 'big.csv'));
    const csvMs = performance.now() - t;
    t = performance.now();
    const xlsx = await writeXlsx(table(rows), join(dir, 'big.xlsx'));
    const xlsxMs = performance.now() - t;
    console.log(
      `[measurement] ${N} rows: CSV ${csvMs.toFixed(0)} ms (${(csv.bytes / 1e6).toFixed(1)} MB), ` +
        `XLSX ${xlsxMs.toFixed(0)} ms (${(statSync(xlsx.path).size / 1e6).toFixed(1)} MB, ${N} claim rows)`,
    );
    expect(csv.rows).toBe(N);
    expect(xlsx.rows).toBe(N);
  });
});
