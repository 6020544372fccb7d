/**
 * CSV/TSV with a header row. The text column is found by name; every other column becomes
 * an article field (by name) or meta. Rows without text are reported, the rest kept.
 */
import { parse } from 'csv-parse/sync';
import { decodeText, decodingMeta } from '../decode-text';
import { ErrorCode, ingestError } from '../errors';
import { FIELD_NAMES, fieldOfName, findColumn } from '../field-map';
import {
  type ArticleDraft,
  type IngestError,
  isIngestError,
  type ItemError,
  type ReaderOutput,
} from '../types';

const DELIMITERS = [',', ';', '\t', '|'] as const;

export function readCsv(bytes: Uint8Array): ReaderOutput | IngestError {
  const decoded = decodeText(bytes);
  if (isIngestError(decoded)) return decoded;
  const text = decoded.text.replace(/^\ufeff/, '');
  const delimiter = guessDelimiter(text);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      trim: false,
    }) as string[][];
  } catch (error) {
    return ingestError(ErrorCode.malformedCsv, `the CSV cannot be parsed: ${(error as Error).message}`);
  }
  const header = rows[0];
  if (!header) return ingestError(ErrorCode.noText, 'the CSV has no rows');
  const known = header.filter((name) => fieldOfName(name) !== null);
  if (known.length === 0) {
    return ingestError(
      ErrorCode.csvNoHeader,
      `the first row is not a header: no column is named like an article field (e.g. ${FIELD_NAMES.text.slice(0, 4).join(', ')}, title, url, date)`,
    );
  }
  const textColumn = findColumn(header, 'text');
  if (textColumn < 0) {
    return ingestError(
      ErrorCode.csvNoTextColumn,
      `no column holds the article text: expected one named ${FIELD_NAMES.text.slice(0, 5).join(', ')} or similar, found ${header.join(', ')}`,
    );
  }
  const columns = {
    title: findColumn(header, 'title'),
    url: findColumn(header, 'url'),
    date: findColumn(header, 'date'),
    outlet: findColumn(header, 'outlet'),
    author: findColumn(header, 'author'),
    lang: findColumn(header, 'lang'),
  };
  const mapped = new Set<number>([textColumn, ...Object.values(columns)]);
  const drafts: Array<{ itemIndex: number; draft: ArticleDraft }> = [];
  const errors: ItemError[] = [];
  rows.slice(1).forEach((row, itemIndex) => {
    const cell = (index: number): string | null => (index >= 0 ? row[index]?.trim() || null : null);
    const body = cell(textColumn);
    if (!body) {
      errors.push({
        code: ErrorCode.noText,
        message: `row ${itemIndex + 2} has an empty "${header[textColumn]}" column`,
        itemIndex,
      });
      return;
    }
    const meta: Record<string, string> = {};
    header.forEach((name, index) => {
      const value = cell(index);
      if (!mapped.has(index) && value && name) meta[name] = value;
    });
    drafts.push({
      itemIndex,
      draft: {
        text: row[textColumn] ?? '',
        title: cell(columns.title),
        url: cell(columns.url),
        publishedAt: cell(columns.date),
        outlet: cell(columns.outlet),
        author: cell(columns.author),
        lang: cell(columns.lang),
        meta,
      },
    });
  });
  return { format: 'csv', encoding: decoded.encoding, drafts, errors, fileMeta: decodingMeta(decoded) };
}

/** The delimiter that splits the header line into the most fields, ignoring quoted parts. */
function guessDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const firstLine = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
