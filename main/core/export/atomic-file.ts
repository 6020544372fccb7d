/**
 * Atomic, streamed file output: everything goes to `<path>.tmp-<pid>`, which is flushed to disk and
 * renamed over `path` only when complete. An interrupted or failed export therefore never leaves a
 * half-written file under the final name, and the previous export stays intact until replaced.
 */
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';

export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}`;
}

export async function writeAtomically<T>(
  path: string,
  write: (tmpPath: string) => Promise<T>,
): Promise<T & { bytes: number }> {
  const tmp = tempPathFor(path);
  try {
    const result = await write(tmp);
    // fsync before rename: otherwise a crash can leave the new name pointing at an empty file.
    const handle = await open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const { size } = await stat(tmp);
    await rename(tmp, path);
    return { ...result, bytes: size };
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Buffered text output to a file: one write per ~1 MB rather than one per row. */
export class TextSink {
  private parts: string[] = [];
  private pending = 0;

  private constructor(private readonly handle: FileHandle) {}

  static async create(path: string): Promise<TextSink> {
    return new TextSink(await open(path, 'w'));
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    await this.handle.write(chunk, null, 'utf8');
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }

  /** Writes with `fill`, closing the file whatever happens. */
  static async use(path: string, fill: (sink: TextSink) => Promise<void>): Promise<void> {
    const sink = await TextSink.create(path);
    let failed = true;
    try {
      await fill(sink);
      failed = false;
    } finally {
      if (failed) await sink.handle.close().catch(() => undefined);
      else await sink.close();
    }
  }
}
