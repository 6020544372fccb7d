/**
 * XLSX export with exceljs's streaming writer (the in-memory workbook needs ~1 GB and 5 s for 100k
 * rows; see PITFALLS). Three sheets: Reconciled (one row per claim key), Sources, Claims (one row
 * per cited report). Values are number cells with a per-currency format; every text cell is a
 * string cell, formula-looking text is neutralised anyway in case the sheet is re-saved as CSV.
 *
 * exceljs writes a hyperlinked cell as text, so the decided value keeps its number cell and the
 * link to its citation rows sits in the "Citations" cell beside it ("2 reports → Claims!A12").
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { writeAtomically } from './atomic-file';
import { defuseFormula } from './csv-cell';
import { numberFormatFor } from './number-formats';
import { dateOnly, eachRow, safeHttpUrl } from './rows';
import type {
  CitedReport,
  ExportOptions,
  ExportResult,
  ExportSource,
  ReconciledRow,
  ReconciledTable,
} from './types';

type Sheet = ExcelJS.Worksheet;
type CellInput = string | number | null | { text: string; hyperlink: string };

export const SHEETS = { reconciled: 'Reconciled', sources: 'Sources', claims: 'Claims' } as const;

const RECONCILED_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['Key', 10],
  ['Subject', 18],
  ['Object', 18],
  ['Metric', 16],
  ['Value', 22],
  ['Low', 22],
  ['High', 22],
  ['Unit', 8],
  ['As of', 12],
  ['Status', 12],
  ['Rationale', 50],
  ['Citations', 24],
  ['Supporting claims', 24],
  ['Excluded claims', 24],
];
const SOURCE_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['Source', 10],
  ['File', 30],
  ['Title', 50],
  ['Outlet', 24],
  ['Published', 12],
  ['Lang', 8],
  ['URL', 40],
  ['Content hash', 68],
];
const CLAIM_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['Claim', 10],
  ['Key', 10],
  ['Role', 11],
  ['Reason', 30],
  ['Value', 22],
  ['Low', 22],
  ['High', 22],
  ['Unit', 8],
  ['Qualifier', 10],
  ['Text', 22],
  ['Quote', 80],
  ['Outlet', 24],
  ['Published', 12],
  ['Source', 10],
];
/** Columns (1-based) holding amounts, per sheet, so the unit's number format goes on them. */
const RECONCILED_AMOUNTS = [5, 6, 7];
const CLAIM_AMOUNTS = [5, 6, 7];

/** Rows between yields to the event loop, so the zip stream drains instead of buffering a sheet. */
const YIELD_EVERY = 500;

function text(v: string | null): string | null {
  return v === null ? null : defuseFormula(v);
}

function link(label: string, target: string): { text: string; hyperlink: string } {
  return { text: defuseFormula(label), hyperlink: target };
}

function urlCell(url: string | null): CellInput {
  const safe = safeHttpUrl(url);
  return safe ? link(url!, safe) : text(url);
}

function startSheet(sheet: Sheet, columns: ReadonlyArray<readonly [string, number]>): void {
  sheet.columns = columns.map(([, width]) => ({ width }));
  addRow(
    sheet,
    columns.map(([name]) => name),
    null,
    [],
    BOLD,
  );
}

/**
 * Shared style objects. exceljs caches a style's id by object identity; a fresh style per cell
 * (its default) made style hashing the largest cost of a 100k-row export.
 */
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});
const BOLD: Partial<ExcelJS.Style> = Object.freeze({ font: { bold: true } });
const NUMBER_STYLES = new Map<string, Partial<ExcelJS.Style>>();

function numberStyle(unit: string | null, value: number): Partial<ExcelJS.Style> {
  const numFmt = numberFormatFor(unit, value);
  let style = NUMBER_STYLES.get(numFmt);
  if (!style) {
    style = Object.freeze({ numFmt });
    NUMBER_STYLES.set(numFmt, style);
  }
  return style;
}

function addRow(
  sheet: Sheet,
  values: ReadonlyArray<CellInput>,
  unit: string | null,
  amountColumns: ReadonlyArray<number>,
  base: Partial<ExcelJS.Style> = PLAIN,
): void {
  // undefined, not null, for empty cells: exceljs then creates no cell at all.
  const row = sheet.addRow(values.map((v) => (v === null ? undefined : v)));
  row.eachCell((cell, col) => {
    const v = values[col - 1];
    cell.style = typeof v === 'number' && amountColumns.includes(col) ? numberStyle(unit, v) : base;
  });
  row.commit();
}

function reconciledValues(row: ReconciledRow, firstClaimRow: number): CellInput[] {
  const cited = row.supporting.length + row.excluded.length;
  const citations =
    cited === 0
      ? null
      : link(
          `${cited} report${cited === 1 ? '' : 's'} → Claims!A${firstClaimRow}`,
          `#${SHEETS.claims}!A${firstClaimRow}`,
        );
  return [
    text(row.keyId),
    text(row.subject),
    text(row.object),
    text(row.metric),
    row.value,
    row.low,
    row.high,
    text(row.unit),
    text(dateOnly(row.asOf)),
    row.status,
    text(row.rationale),
    citations,
    text(row.supporting.map((c) => c.claimId).join('; ')),
    text(row.excluded.map((c) => c.claimId).join('; ')),
  ];
}

function claimValues(keyId: string, c: CitedReport, reason: string | null): CellInput[] {
  return [
    text(c.claimId),
    text(keyId),
    reason === null ? 'supporting' : 'excluded',
    text(reason),
    c.value,
    c.low,
    c.high,
    text(c.unit),
    c.qualifier,
    text(c.text),
    text(c.quote),
    text(c.outlet),
    text(dateOnly(c.publishedAt)),
    // Plain source id, no link: URL and hash are on its Sources row, and a hyperlink per claim row
    // cost exceljs about a second per 100k rows.
    text(c.sourceId),
  ];
}

function sourceValues(s: ExportSource): CellInput[] {
  return [
    text(s.id),
    text(s.file),
    text(s.title),
    text(s.outlet),
    text(dateOnly(s.publishedAt)),
    text(s.lang),
    urlCell(s.url),
    text(s.contentHash),
  ];
}

const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function fill(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  table: ReconciledTable,
  opts: ExportOptions,
): Promise<number> {
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 1 }] };
  const reconciled = wb.addWorksheet(SHEETS.reconciled, frozen);
  const sources = wb.addWorksheet(SHEETS.sources, frozen);
  const claims = wb.addWorksheet(SHEETS.claims, frozen);

  // Pass 1: the Reconciled sheet. Claims rows are laid out in the same order, so each row's first
  // citation row is known by counting, before the Claims sheet is written.
  startSheet(reconciled, RECONCILED_COLUMNS);
  let claimRow = 2;
  let rows = 0;
  for await (const row of eachRow(table.rows, opts)) {
    addRow(reconciled, reconciledValues(row, claimRow), row.unit, RECONCILED_AMOUNTS);
    claimRow += row.supporting.length + row.excluded.length;
    if (++rows % YIELD_EVERY === 0) await breathe();
  }
  reconciled.commit();

  startSheet(sources, SOURCE_COLUMNS);
  for (const s of table.sources) addRow(sources, sourceValues(s), null, []);
  sources.commit();

  // Pass 2: the Claims sheet.
  startSheet(claims, CLAIM_COLUMNS);
  let n = 0;
  for await (const row of eachRow(table.rows, opts, false)) {
    for (const c of row.supporting) addRow(claims, claimValues(row.keyId, c, null), c.unit, CLAIM_AMOUNTS);
    for (const c of row.excluded) addRow(claims, claimValues(row.keyId, c, c.reason), c.unit, CLAIM_AMOUNTS);
    if (++n % YIELD_EVERY === 0) await breathe();
  }
  claims.commit();
  return rows;
}

export async function writeXlsx(
  table: ReconciledTable,
  path: string,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  return writeAtomically(path, async (tmp) => {
    const out = createWriteStream(tmp);
    const closed = once(out, 'close');
    // Level 1 deflate: the sheets are repetitive XML, so it still compresses well, at a fraction
    // of the default level's time.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
      zip: { zlib: { level: 1 } },
    });
    wb.creator = 'Concord';
    try {
      const rows = await fill(wb, table, opts);
      await wb.commit();
      await closed;
      return { path, rows };
    } catch (e) {
      out.destroy();
      await closed.catch(() => undefined);
      throw e;
    }
  });
}
