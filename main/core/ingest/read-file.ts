/** One file from disk → FileResult. Never throws for bad input: problems become errors. */
// Synchronous file calls on purpose: imports read files on worker threads, where four thread-pool
// round trips per small file (stat, open, read, close) cost more than the read itself.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ErrorCode, formatBytes, ingestError } from './errors';
import { parseArticleBytesAsync } from './parse-bytes';
import type { FileResult, IngestError } from './types';

/** One article file (even a JSONL batch) above this is almost surely not what the user meant. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export async function readArticleFile(path: string, opts: { maxBytes?: number } = {}): Promise<FileResult> {
  const absolute = resolve(path);
  const file = basename(absolute);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (size: number, error: IngestError): FileResult => ({
    path: absolute,
    file,
    size,
    articles: [],
    errors: [error],
  });

  let size: number;
  try {
    const info = statSync(absolute);
    if (info.isDirectory())
      return fail(0, ingestError(ErrorCode.unreadable, `${absolute} is a folder, not a file`));
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(0, ingestError(ErrorCode.notFound, `${absolute} does not exist`));
    return fail(
      0,
      ingestError(ErrorCode.unreadable, `${absolute} cannot be read: ${(error as Error).message}`),
    );
  }
  // Checked before reading: a 2 GB file must not be pulled into memory to be refused.
  if (size > maxBytes) {
    return fail(
      size,
      ingestError(
        ErrorCode.tooLarge,
        `file is ${formatBytes(size)}; the limit for one article file is ${formatBytes(maxBytes)}`,
      ),
    );
  }
  let bytes: Uint8Array;
  try {
    const handle = openSync(absolute, 'r');
    try {
      // Read at most maxBytes + 1: the file may have grown since stat.
      const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const bytesRead = readSync(handle, buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length >= buffer.length) break;
      }
      if (length > maxBytes) {
        return fail(
          length,
          ingestError(
            ErrorCode.tooLarge,
            `file is larger than ${formatBytes(maxBytes)}, the limit for one article file`,
          ),
        );
      }
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, length);
    } finally {
      closeSync(handle);
    }
  } catch (error) {
    return fail(
      size,
      ingestError(ErrorCode.unreadable, `${absolute} cannot be read: ${(error as Error).message}`),
    );
  }
  return parseArticleBytesAsync(bytes, file, absolute);
}
