/**
 * JSON export: one document, the table then the sources. Citations carry claim and source ids
 * and the source's content hash; outlet, URL and date live once in `sources`. Written row by row
 * so a large table never exists as one string.
 */
import { TextSink, writeAtomically } from './atomic-file';
import { eachRow } from './rows';
import type { CitedReport, ExportOptions, ExportResult, ReconciledRow, ReconciledTable } from './types';

export const JSON_FORMAT = 'concord-reconciled/1';

function citation(c: CitedReport): Record<string, unknown> {
  return {
    claimId: c.claimId,
    sourceId: c.sourceId,
    contentHash: c.contentHash,
    value: c.value,
    low: c.low,
    high: c.high,
    unit: c.unit,
    qualifier: c.qualifier,
    text: c.text,
    quote: c.quote,
  };
}

export function jsonRow(row: ReconciledRow): Record<string, unknown> {
  return {
    keyId: row.keyId,
    subject: row.subject,
    object: row.object,
    metric: row.metric,
    value: row.value,
    low: row.low,
    high: row.high,
    unit: row.unit,
    asOf: row.asOf,
    status: row.status,
    rationale: row.rationale,
    supporting: row.supporting.map(citation),
    excluded: row.excluded.map((c) => ({ ...citation(c), reason: c.reason })),
  };
}

/** Non-finite numbers have no JSON form; null says "no value" rather than inventing one. */
function finite(_key: string, v: unknown): unknown {
  return typeof v === 'number' && !Number.isFinite(v) ? null : v;
}

export async function writeJson(
  table: ReconciledTable,
  path: string,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  return writeAtomically(path, async (tmp) => {
    let rows = 0;
    await TextSink.use(tmp, async (sink) => {
      const head = { format: JSON_FORMAT, title: table.title, generatedAt: table.generatedAt };
      await sink.write(`${JSON.stringify(head, finite).slice(0, -1)},\n"rows": [`);
      for await (const row of eachRow(table.rows, opts)) {
        await sink.write(`${rows === 0 ? '\n' : ',\n'}${JSON.stringify(jsonRow(row), finite)}`);
        rows += 1;
      }
      await sink.write(`\n],\n"sources": [`);
      let first = true;
      for (const s of table.sources) {
        const source = {
          id: s.id,
          file: s.file,
          title: s.title,
          outlet: s.outlet,
          url: s.url,
          publishedAt: s.publishedAt,
          lang: s.lang,
          contentHash: s.contentHash,
        };
        await sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(source, finite)}`);
        first = false;
      }
      await sink.write('\n]\n}\n');
    });
    return { path, rows };
  });
}
