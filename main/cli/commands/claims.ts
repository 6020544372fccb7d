import type { Claim } from '../../../shared/model';
import { Project } from '../../core/project';
import { csvRow } from '../../core/export/csv-cell';
import { oneOf, parseCommandArgs, requireOption } from '../args';
import { writeLines } from '../output';

export const CLAIMS_USAGE = 'concord claims --db FILE [--format jsonl|csv]';

const CSV_HEADER = [
  'id',
  'source_id',
  'file',
  'title',
  'outlet',
  'published_at',
  'lang',
  'subject',
  'object',
  'metric',
  'value',
  'unit',
  'qualifier',
  'low',
  'high',
  'as_of',
  'text',
  'quote',
  'span_start',
  'span_end',
  'equivalents',
  'cited_source',
  'note',
  'origin',
  'status',
] as const;

function claimCsv(c: Claim): string {
  const equivalents = c.equivalents.map((e) => `${e.value} ${e.unit} (${e.text})`).join('; ');
  return csvRow([
    c.id,
    c.source.id,
    c.source.file,
    c.source.title,
    c.source.outlet,
    c.source.publishedAt,
    c.source.lang,
    c.subject,
    c.object,
    c.metric,
    c.value,
    c.unit,
    c.qualifier,
    c.low,
    c.high,
    c.asOf,
    c.text,
    c.quote,
    c.span[0],
    c.span[1],
    equivalents,
    c.citedSource,
    c.note,
    c.origin,
    c.status,
  ]);
}

export async function claimsCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { db: { type: 'string' }, format: { type: 'string' } }, false);
  const format = oneOf(values.format, ['jsonl', 'csv'] as const, 'format', 'jsonl');
  const project = await Project.open(requireOption(values.db, 'db'), { readonly: true });
  try {
    const lines = (function* () {
      if (format === 'csv') yield csvRow([...CSV_HEADER]);
      for (const c of project.claims()) yield format === 'csv' ? claimCsv(c) : `${JSON.stringify(c)}\n`;
    })();
    await writeLines(process.stdout, lines);
  } finally {
    project.close();
  }
  return 0;
}
