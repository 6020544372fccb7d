/**
 * Markdown export: a GFM table, one row per claim key, with footnoted citations (outlet, date,
 * quote, ids, link). Written in two passes over the rows: the table first, then the footnote
 * definitions, so neither has to be held in memory.
 */
import { TextSink, writeAtomically } from './atomic-file';
import { citationLabel, dateOnly, eachRow, formatDecision, safeHttpUrl } from './rows';
import type {
  CitedReport,
  ExportOptions,
  ExportResult,
  ExcludedReport,
  ReconciledRow,
  ReconciledTable,
} from './types';

const COLUMNS = [
  'Key',
  'Subject',
  'Object',
  'Metric',
  'Value',
  'Unit',
  'As of',
  'Status',
  'Rationale',
  'Sources',
  'Excluded',
];

/**
 * Inline text made inert: `|` would split the cell, a newline would end the row, and brackets,
 * emphasis marks and angle brackets in article text could forge footnotes, links or HTML.
 */
export function mdInline(text: string, newline = '<br>'): string {
  return text
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, newline);
}

function cell(text: string | null): string {
  return text === null ? '' : mdInline(text);
}

function refs(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `[^${from + i}]`).join(' ');
}

function tableRow(row: ReconciledRow, firstNote: number): string {
  const values = [
    cell(row.keyId),
    cell(row.subject),
    cell(row.object),
    cell(row.metric),
    cell(formatDecision(row)),
    cell(row.unit),
    cell(dateOnly(row.asOf)),
    cell(row.status),
    cell(row.rationale),
    refs(firstNote, row.supporting.length),
    refs(firstNote + row.supporting.length, row.excluded.length),
  ];
  return `| ${values.join(' | ')} |\n`;
}

function footnote(n: number, c: CitedReport, reason: string | null): string {
  const one = (t: string): string => mdInline(t, ' ');
  const url = safeHttpUrl(c.url);
  const parts = [
    reason === null ? '' : `Excluded: ${one(reason)}. `,
    `${one(citationLabel(c))}: “${one(c.quote)}” (${one(c.text)}; ${one(c.claimId)}, source ${one(c.sourceId)}`,
    `, sha256 ${one(c.contentHash)})`,
    url ? ` <${url}>` : '',
  ];
  return `[^${n}]: ${parts.join('')}\n`;
}

export async function writeMarkdown(
  table: ReconciledTable,
  path: string,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  return writeAtomically(path, async (tmp) => {
    let rows = 0;
    await TextSink.use(tmp, async (sink) => {
      await sink.write(`# ${mdInline(table.title ?? 'Reconciled table', ' ')}\n\n`);
      await sink.write(`Generated ${mdInline(table.generatedAt)}. Values in base units.\n\n`);
      await sink.write(`| ${COLUMNS.join(' | ')} |\n|${COLUMNS.map(() => ' --- ').join('|')}|\n`);
      let note = 1;
      for await (const row of eachRow(table.rows, opts)) {
        await sink.write(tableRow(row, note));
        note += row.supporting.length + row.excluded.length;
        rows += 1;
      }
      await sink.write('\n');
      note = 1;
      for await (const row of eachRow(table.rows, opts, false)) {
        for (const c of row.supporting) await sink.write(footnote(note++, c, null));
        for (const c of row.excluded as ReadonlyArray<ExcludedReport>)
          await sink.write(footnote(note++, c, c.reason));
      }
    });
    return { path, rows };
  });
}
