import { parentPort, workerData } from 'node:worker_threads';
import { compileLexicon, type Lexicon } from '../extract';
import { processFile } from './process-file';
import type { WorkerReply, WorkerJob } from './pool';

// Entry point of an import worker thread (bundled as dist/main/import-worker.js).
const port = parentPort;
if (!port) throw new Error('import worker must run on a worker thread');
const lexicon = compileLexicon((workerData as { lexicon: Lexicon }).lexicon);

port.on('message', (job: WorkerJob) => {
  processFile(job.path, lexicon, job.maxBytes).then(
    (processed) => port.postMessage({ id: job.id, processed } satisfies WorkerReply),
    (err: unknown) =>
      port.postMessage({
        id: job.id,
        error: err instanceof Error ? err.message : String(err),
      } satisfies WorkerReply),
  );
});
