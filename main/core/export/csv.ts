/**
 * CSV export: RFC 4180, UTF-8 with a BOM so Excel picks the encoding, CRLF line ends, one row per
 * claim key. Numbers go out as numbers; text goes through csv-cell so formulas are neutralised
 * without touching numeric fields ("-3.5" the number stays -3.5).
 */
import { csvRow } from './csv-cell';
import { TextSink, writeAtomically } from './atomic-file';
import { citationLabel, dateOnly, eachRow } from './rows';
import type { ExportOptions, ExportResult, ReconciledRow, ReconciledTable } from './types';

export const CSV_HEADER = [
  'key_id',
  'subject',
  'object',
  'metric',
  'value',
  'low',
  'high',
  'unit',
  'as_of',
  'status',
  'rationale',
  'supporting_claims',
  'supporting_sources',
  'citations',
  'excluded',
] as const;

/** Citations inside one cell, one per line: `Outlet, 2026-02-27 [c_12]: "quote"`. */
function citationsCell(row: ReconciledRow): string {
  return row.supporting.map((c) => `${citationLabel(c)} [${c.claimId}]: “${c.quote}”`).join('\n');
}

function excludedCell(row: ReconciledRow): string {
  return row.excluded.map((c) => `${c.claimId} (${citationLabel(c)}): ${c.reason}`).join('\n');
}

export function csvRecord(row: ReconciledRow): string {
  return csvRow([
    row.keyId,
    row.subject,
    row.object,
    row.metric,
    row.value,
    row.low,
    row.high,
    row.unit,
    dateOnly(row.asOf),
    row.status,
    row.rationale,
    row.supporting.map((c) => c.claimId).join(';'),
    [...new Set(row.supporting.map((c) => c.sourceId))].join(';'),
    citationsCell(row),
    excludedCell(row),
  ]);
}

export async function writeCsv(
  table: ReconciledTable,
  path: string,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  return writeAtomically(path, async (tmp) => {
    let rows = 0;
    await TextSink.use(tmp, async (sink) => {
      await sink.write(`\uFEFF${csvRow([...CSV_HEADER])}`);
      for await (const row of eachRow(table.rows, opts)) {
        await sink.write(csvRecord(row));
        rows += 1;
      }
    });
    return { path, rows };
  });
}
