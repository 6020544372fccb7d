import { randomUUID } from 'node:crypto';
import type { ApiOutput, EventSink } from '../../../shared/api';
import { ServiceError } from './errors';

export type BackgroundKind = 'export' | 'extract';
type JobStatus = ApiOutput<'jobs.get'>;

/** What a job's body gets: the cancel signal and a progress reporter. */
export interface JobContext {
  readonly signal: AbortSignal;
  progress(done: number, total: number | null, message: string): void;
}

/** What a finished job reports: the file it wrote (exports) and a line for the status bar. */
export interface JobOutcome {
  readonly path: string | null;
  readonly message: string;
}

interface Job {
  readonly jobId: string;
  readonly kind: BackgroundKind;
  state: JobStatus['state'];
  error: string | null;
  readonly controller: AbortController;
  readonly done: Promise<void>;
}

const KEEP_FINISHED = 20;

/**
 * Exports and re-extraction: long work that runs off the request, reports 'job.progress', ends with
 * exactly one 'job.done', and can be cancelled. Imports keep their own richer jobs (import-jobs.ts);
 * `isBusy` lets the service refuse to run two writers of the same kind at once.
 */
export class BackgroundJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly emit: EventSink) {}

  running(kind?: BackgroundKind): Job | undefined {
    return [...this.jobs.values()].find(
      (j) => j.state === 'running' && (kind === undefined || j.kind === kind),
    );
  }

  has(jobId: string): boolean {
    return this.jobs.has(jobId);
  }

  start(kind: BackgroundKind, body: (ctx: JobContext) => Promise<JobOutcome>): string {
    const busy = this.running(kind);
    if (busy)
      throw new ServiceError(
        'busy',
        `An ${kind} is already running (job ${busy.jobId}); wait or cancel it first.`,
      );
    const jobId = `job_${randomUUID()}`;
    const controller = new AbortController();
    let resolveDone!: () => void;
    const job: Job = {
      jobId,
      kind,
      state: 'running',
      error: null,
      controller,
      done: new Promise((resolve) => (resolveDone = resolve)),
    };
    this.jobs.set(jobId, job);
    this.forgetOldJobs();
    // Next tick: the caller holds the jobId before the first progress event arrives.
    setImmediate(() => void this.run(job, body).finally(resolveDone));
    return jobId;
  }

  private async run(job: Job, body: (ctx: JobContext) => Promise<JobOutcome>): Promise<void> {
    const { jobId, kind } = job;
    const ctx: JobContext = {
      signal: job.controller.signal,
      progress: (done, total, message) => this.emit('job.progress', { jobId, kind, done, total, message }),
    };
    try {
      const outcome = await body(ctx);
      job.state = job.controller.signal.aborted ? 'cancelled' : 'done';
      this.emit('job.done', {
        jobId,
        kind,
        state: job.state,
        path: outcome.path,
        message: outcome.message,
        error: null,
      });
    } catch (err) {
      const cancelled = job.controller.signal.aborted;
      job.state = cancelled ? 'cancelled' : 'failed';
      job.error = cancelled ? 'Cancelled.' : err instanceof Error ? err.message : String(err);
      const code = err instanceof ServiceError ? err.code : 'internal';
      this.emit('job.done', {
        jobId,
        kind,
        state: job.state,
        path: null,
        message: job.error,
        error: cancelled ? null : { code, message: job.error },
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
    const { kind, state, error } = this.require(jobId);
    return { jobId, kind, state, progress: null, summary: null, error };
  }

  /** Cancels whatever runs and waits for it to stop, so the project can close cleanly. */
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
