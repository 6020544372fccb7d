/** Error codes reported in FileResult.errors. Stable strings: the UI and batch reports key on them. */
import type { IngestError } from './types';

export const ErrorCode = {
  notFound: 'not-found',
  unreadable: 'unreadable',
  symlinkLoop: 'symlink-loop',
  emptyFile: 'empty-file',
  tooLarge: 'too-large',
  binaryFile: 'binary-file',
  undecodable: 'undecodable',
  unknownFormat: 'unknown-format',
  malformedJson: 'malformed-json',
  malformedJsonLine: 'malformed-jsonl-line',
  notAnArticleObject: 'not-an-article-object',
  malformedCsv: 'malformed-csv',
  csvNoHeader: 'csv-no-header',
  csvNoTextColumn: 'csv-no-text-column',
  malformedXml: 'malformed-xml',
  malformedEmail: 'malformed-email',
  noText: 'no-text',
  asyncFormat: 'async-format',
  readerFailed: 'reader-failed',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

export function ingestError(code: ErrorCodeValue, message: string): IngestError {
  return { code, message };
}

/** "200 MB", "1.5 KB": sizes as people read them in error messages. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown =
    unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}
