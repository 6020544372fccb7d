import { homedir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { ApiOutput, ApiParsedInput, EventSink } from '../../shared/api';
import { claimsOfSource } from './db/claims';
import { pageClaims } from './db/claim-pages';
import { schemaVersion } from './db/migrate';
import { pageSources, sourceSummaryById } from './db/source-pages';
import { sourceText } from './db/sources';
import type { Project } from './project';
import { BackgroundJobs } from './service/background-jobs';
import { ClaimEditing } from './service/claim-edits';
import { ServiceError } from './service/errors';
import {
  ExportsPlaceholder,
  FxPlaceholder,
  HistoryPlaceholder,
  ReconcilePlaceholder,
} from './service/reconcile-placeholder';
import { ImportJobs } from './service/import-jobs';

export interface ServiceOptions {
  /** Import worker threads; 0 parses on this thread (tests; no built worker needed). */
  readonly workers?: number;
  /** Base for relative import paths; defaults to the process's working folder. */
  readonly cwd?: string;
}

/**
 * The project-bound half of shared/api.ts, over one open Project. Plain Node: Electron IPC, the
 * browser host and tests all call this same class. Methods throw ServiceError for the caller's
 * mistakes; dispatch (service/dispatch.ts) turns every throw into a typed Result.
 */
export class ConcordService {
  private readonly jobs: ImportJobs;
  /** Exports and re-extraction (service/background-jobs.ts). */
  readonly background: BackgroundJobs;
  /** claims.setStatus/update/create and the lexicon pickers (service/claim-edits.ts). */
  readonly edits: ClaimEditing;
  readonly reconcile = new ReconcilePlaceholder();
  readonly history = new HistoryPlaceholder();
  readonly fx = new FxPlaceholder();
  readonly exports = new ExportsPlaceholder();

  constructor(
    readonly project: Project,
    events: EventSink,
    private readonly options: ServiceOptions = {},
  ) {
    this.jobs = new ImportJobs(project, events, options.workers ?? 0);
    this.background = new BackgroundJobs(events);
    this.edits = new ClaimEditing(project.db);
  }

  info(): ApiOutput<'project.info'> {
    return {
      file: this.project.file,
      name: basename(this.project.file),
      schemaVersion: schemaVersion(this.project.db),
      counts: this.project.counts(),
    };
  }

  listSources(input: ApiParsedInput<'sources.list'>): ApiOutput<'sources.list'> {
    return pageSources(this.project.db, input);
  }

  searchSources(input: ApiParsedInput<'sources.search'>): ApiOutput<'sources.search'> {
    return this.project.search(input.query, input.limit ?? 50);
  }

  getSource(input: ApiParsedInput<'sources.get'>): ApiOutput<'sources.get'> {
    const source = sourceSummaryById(this.project.db, input.id);
    const body = source && sourceText(this.project.db, input.id);
    if (!source || !body) throw new ServiceError('not_found', `No source ${input.id} in this project.`);
    return { source, title: body.title, text: body.text, claims: claimsOfSource(this.project.db, input.id) };
  }

  listClaims(input: ApiParsedInput<'claims.list'>): ApiOutput<'claims.list'> {
    return pageClaims(this.project.db, input);
  }

  startImport(input: ApiParsedInput<'import.start'>): ApiOutput<'import.start'> {
    return { jobId: this.jobs.start(input.paths.map((p) => this.resolvePath(p))) };
  }

  cancelImport(input: ApiParsedInput<'import.cancel'>): ApiOutput<'import.cancel'> {
    return { cancelled: this.jobs.cancel(input.jobId) };
  }

  job(input: ApiParsedInput<'jobs.get'>): ApiOutput<'jobs.get'> {
    return this.background.has(input.jobId) ? this.background.get(input.jobId) : this.jobs.get(input.jobId);
  }

  /** Cancels an import, export or re-extraction job. */
  cancelJob(input: ApiParsedInput<'jobs.cancel'>): ApiOutput<'jobs.cancel'> {
    const jobs = this.background.has(input.jobId) ? this.background : this.jobs;
    return { cancelled: jobs.cancel(input.jobId) };
  }

  isBusy(): boolean {
    return this.jobs.running() !== undefined || this.background.running() !== undefined;
  }

  /** Stops running jobs; the caller closes the project afterwards (it may outlive the service). */
  async close(): Promise<void> {
    await Promise.all([this.jobs.close(), this.background.close()]);
  }

  /** Typed paths come from people: "~/news" and relative paths mean what a shell would make of them. */
  private resolvePath(path: string): string {
    const expanded = path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
    return isAbsolute(expanded) ? expanded : resolve(this.options.cwd ?? process.cwd(), expanded);
  }
}
