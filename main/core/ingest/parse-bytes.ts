/**
 * Bytes of one file → FileResult. Pure (no I/O), so it can run in a worker thread.
 * parseArticleBytes is synchronous for every format but .eml, whose MIME parser
 * (postal-mime) is asynchronous: use parseArticleBytesAsync for those, as readArticleFile does.
 */
import { finishArticle } from './article-builder';
import { ErrorCode, ingestError } from './errors';
import { readCsv } from './readers/csv';
import { readEml } from './readers/eml';
import { readFeed } from './readers/feed';
import { readHtml } from './readers/html';
import { readJson, readJsonLines } from './readers/json';
import { readPlainText } from './readers/plain-text';
import { chooseFormat } from './sniff-format';
import { sniffBinaryKind } from './binary-sniff';
import {
  type FileResult,
  type IngestError,
  isIngestError,
  type ItemError,
  type RawArticle,
  type ReaderOutput,
} from './types';

export function parseArticleBytes(bytes: Uint8Array, fileName: string, path?: string): FileResult {
  const early = precheck(bytes, fileName, path);
  if ('articles' in early) return early;
  if (early.format === 'eml') {
    return failed(
      bytes,
      fileName,
      path,
      ingestError(ErrorCode.asyncFormat, 'email files are parsed asynchronously; use parseArticleBytesAsync'),
    );
  }
  return assemble(
    bytes,
    fileName,
    path,
    guarded(() => readSync(bytes, early.format as Exclude<Format, 'eml'>)),
  );
}

export async function parseArticleBytesAsync(
  bytes: Uint8Array,
  fileName: string,
  path?: string,
): Promise<FileResult> {
  const early = precheck(bytes, fileName, path);
  if ('articles' in early) return early;
  const format = early.format;
  let output: ReaderOutput | IngestError;
  try {
    output = format === 'eml' ? await readEml(bytes) : guarded(() => readSync(bytes, format));
  } catch (error) {
    output = readerFailure(error);
  }
  return assemble(bytes, fileName, path, output);
}

type Format = ReaderOutput['format'];

function precheck(bytes: Uint8Array, fileName: string, path?: string): FileResult | { format: Format } {
  if (bytes.length === 0)
    return failed(bytes, fileName, path, ingestError(ErrorCode.emptyFile, 'the file is empty'));
  const binaryKind = sniffBinaryKind(bytes);
  if (binaryKind)
    return failed(
      bytes,
      fileName,
      path,
      ingestError(ErrorCode.binaryFile, `binary file (${binaryKind}), not an article`),
    );
  return { format: chooseFormat(fileName, bytes) };
}

/** A bug in a reader must cost one file, not the batch: report it like bad input. */
function guarded(read: () => ReaderOutput | IngestError): ReaderOutput | IngestError {
  try {
    return read();
  } catch (error) {
    return readerFailure(error);
  }
}

function readerFailure(error: unknown): IngestError {
  return ingestError(
    ErrorCode.readerFailed,
    `the file could not be read: ${(error as Error)?.message ?? String(error)}`,
  );
}

function readSync(bytes: Uint8Array, format: Exclude<Format, 'eml'>): ReaderOutput | IngestError {
  switch (format) {
    case 'txt':
    case 'md':
      return readPlainText(bytes, format);
    case 'html':
      return readHtml(bytes);
    case 'json':
      return readJson(bytes);
    case 'jsonl':
      return readJsonLines(bytes);
    case 'csv':
      return readCsv(bytes);
    case 'rss':
    case 'atom':
      return readFeed(bytes);
  }
}

function assemble(
  bytes: Uint8Array,
  fileName: string,
  path: string | undefined,
  output: ReaderOutput | IngestError,
): FileResult {
  if (isIngestError(output)) return failed(bytes, fileName, path, output);
  const file = baseName(fileName);
  const ctx = {
    file,
    path: path ?? fileName,
    format: output.format,
    encoding: output.encoding,
    fileMeta: output.fileMeta,
  };
  const articles: RawArticle[] = [];
  const errors: ItemError[] = [...output.errors];
  for (const { itemIndex, draft } of output.drafts) {
    const result = finishArticle(draft, itemIndex, ctx);
    if ('text' in result) articles.push(result);
    else errors.push(result);
  }
  errors.sort((a, b) => (a.itemIndex ?? -1) - (b.itemIndex ?? -1));
  return { path: path ?? fileName, file, size: bytes.length, articles, errors };
}

function failed(
  bytes: Uint8Array,
  fileName: string,
  path: string | undefined,
  error: IngestError,
): FileResult {
  return {
    path: path ?? fileName,
    file: baseName(fileName),
    size: bytes.length,
    articles: [],
    errors: [error],
  };
}

export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}
