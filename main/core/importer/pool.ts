import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compileLexicon, type Lexicon } from '../extract';
import { processFile } from './process-file';
import type { ProcessedFile } from './types';

export interface WorkerJob {
  readonly id: number;
  readonly path: string;
  readonly maxBytes?: number;
}
export type WorkerReply =
  | { readonly id: number; readonly processed: ProcessedFile }
  | { readonly id: number; readonly error: string };

/** Processes files; `workers: 0` runs in this thread (tests, tiny batches). */
export interface FileProcessor {
  process(path: string): Promise<ProcessedFile>;
  close(): Promise<void>;
}

/** The bundled worker sits beside the bundle that imports this module (dist/main/). */
export function importWorkerScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'import-worker.js'),
    join(here, '..', '..', '..', 'dist', 'main', 'import-worker.js'),
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('The import worker is not built; run `npm run build` first.');
  return found;
}

export function createFileProcessor(lexicon: Lexicon, workers: number, maxBytes?: number): FileProcessor {
  if (workers <= 0) {
    const compiled = compileLexicon(lexicon);
    return { process: (path) => processFile(path, compiled, maxBytes), close: async () => {} };
  }
  return new WorkerPool(lexicon, workers, maxBytes);
}

/** Jobs each worker holds at once: enough that it never starves while this thread writes. */
const JOBS_PER_WORKER = 256;

class WorkerPool implements FileProcessor {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly queue: Array<{
    job: WorkerJob;
    resolve: (p: ProcessedFile) => void;
    reject: (e: Error) => void;
  }> = [];
  private readonly pending = new Map<
    number,
    { resolve: (p: ProcessedFile) => void; reject: (e: Error) => void }
  >();
  private nextId = 1;

  constructor(
    lexicon: Lexicon,
    size: number,
    private readonly maxBytes?: number,
  ) {
    const script = importWorkerScript();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { lexicon } });
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (err) => this.failAll(err));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  process(path: string): Promise<ProcessedFile> {
    return new Promise((resolve, reject) => {
      const job: WorkerJob = {
        id: this.nextId++,
        path,
        ...(this.maxBytes ? { maxBytes: this.maxBytes } : {}),
      };
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private leastLoaded(): Worker | undefined {
    let best: Worker | undefined;
    for (const w of this.workers) {
      const n = this.load.get(w)!;
      if (n < JOBS_PER_WORKER && (!best || n < this.load.get(best)!)) best = w;
    }
    return best;
  }

  private dispatch(): void {
    for (let worker = this.leastLoaded(); worker && this.queue.length > 0; worker = this.leastLoaded()) {
      const next = this.queue.shift()!;
      this.pending.set(next.job.id, { resolve: next.resolve, reject: next.reject });
      this.load.set(worker, this.load.get(worker)! + 1);
      worker.postMessage(next.job);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const waiter = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.load.set(worker, this.load.get(worker)! - 1);
    if (waiter) {
      if ('error' in reply) waiter.reject(new Error(reply.error));
      else waiter.resolve(reply.processed);
    }
    this.dispatch();
  }

  private failAll(err: Error): void {
    for (const w of this.pending.values()) w.reject(err);
    this.pending.clear();
    for (const q of this.queue.splice(0)) q.reject(err);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
