import { randomUUID } from 'node:crypto';
import type { ApiOutput, EventSink } from '../../../shared/api';
import type { BatchSummary, ImportProgress } from '../../../shared/model';
import type { Project } from '../project';
import { ServiceError } from './errors';

type JobStatus = ApiOutput<'jobs.get'>;

interface Job {
  readonly jobId: string;
  state: JobStatus['state'];
  progress: ImportProgress | null;
  summary: BatchSummary | null;
  error: string | null;
  readonly controller: AbortController;
  readonly done: Promise<void>;
}

/** Finished jobs kept for `jobs.get`; older ones are forgotten (their batches stay in the project). */
const KEEP_FINISHED = 20;

/**
 * Import jobs of one project: one at a time (imports share one connection and its id caches),
 * each reporting progress and exactly one 'import.done' event, each cancellable.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly project: Project,
    private readonly emit: EventSink,
    private readonly workers: number,
  ) {}

  running(): Job | undefined {
    return [...this.jobs.values()].find((j) => j.state === 'running');
  }

  start(paths: ReadonlyArray<string>): string {
    const busy = this.running();
    if (busy)
      throw new ServiceError(
        'busy',
        `An import is already running (job ${busy.jobId}); wait or cancel it first.`,
      );
    const jobId = `job_${randomUUID()}`;
    const controller = new AbortController();
    let resolveDone!: () => void;
    const job: Job = {
      jobId,
      state: 'running',
      progress: null,
      summary: null,
      error: null,
      controller,
      done: new Promise((resolve) => (resolveDone = resolve)),
    };
    this.jobs.set(jobId, job);
    this.forgetOldJobs();
    // Started on the next tick so the caller has the jobId before the first progress event.
    setImmediate(() => void this.run(job, paths).finally(resolveDone));
    return jobId;
  }

  private async run(job: Job, paths: ReadonlyArray<string>): Promise<void> {
    try {
      const summary = await this.project.importPaths(paths, {
        workers: this.workers,
        signal: job.controller.signal,
        onProgress: (p) => {
          job.progress = p;
          this.emit('import.progress', { ...p, jobId: job.jobId });
        },
      });
      job.summary = summary;
      job.state = summary.status;
      this.emit('import.done', { jobId: job.jobId, summary, error: null });
    } catch (err) {
      job.state = 'failed';
      job.error = err instanceof Error ? err.message : String(err);
      this.emit('import.done', {
        jobId: job.jobId,
        summary: null,
        error: { code: 'internal', message: job.error },
      });
    }
  }

  cancel(jobId: string): boolean {
    const job = this.require(jobId);
    if (job.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  get(jobId: string): JobStatus {
    const { state, progress, summary, error } = this.require(jobId);
    return { jobId, kind: 'import', state, progress, summary, error };
  }

  /** Cancels whatever runs and waits for it to stop writing, so the project can close cleanly. */
  async close(): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => j.state === 'running');
    for (const j of running) j.controller.abort();
    await Promise.all(running.map((j) => j.done));
  }

  private require(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new ServiceError('not_found', `No job ${jobId} in this session.`);
    return job;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
      this.jobs.delete(j.jobId);
  }
}
