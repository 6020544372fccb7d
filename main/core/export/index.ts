/** Export writers for the reconciled table: CSV, XLSX, JSON, Markdown; each atomic and streamed. */
import { writeCsv } from './csv';
import { writeJson } from './json';
import { writeMarkdown } from './markdown';
import { writeXlsx } from './xlsx';
import type { ExportFormat, ExportOptions, ExportResult, ReconciledTable } from './types';

export type {
  CitedReport,
  ExcludedReport,
  ExportFormat,
  ExportOptions,
  ExportResult,
  ExportSource,
  ReconciledRow,
  ReconciledTable,
  RowSource,
} from './types';
export { writeCsv, csvRecord, CSV_HEADER } from './csv';
export { writeXlsx, SHEETS } from './xlsx';
export { writeJson, JSON_FORMAT } from './json';
export { writeMarkdown, mdInline } from './markdown';
export { numberFormatFor } from './number-formats';
export { safeHttpUrl } from './rows';
export { tempPathFor } from './atomic-file';

const WRITERS: Record<
  ExportFormat,
  (t: ReconciledTable, p: string, o?: ExportOptions) => Promise<ExportResult>
> = {
  csv: writeCsv,
  xlsx: writeXlsx,
  json: writeJson,
  md: writeMarkdown,
};

/** The writer for a format name, as `concord export --format` gives it. */
export function writeExport(
  format: ExportFormat,
  table: ReconciledTable,
  path: string,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  return WRITERS[format](table, path, opts);
}
