import { create } from 'zustand';
import type { ApiError, ApiOutput } from '../../../shared/api';
import { getApi, onEvent } from '../api';

type ProjectInfo = ApiOutput<'project.info'>;
type HostInfo = ApiOutput<'host.info'>;
type SourceRow = ApiOutput<'sources.list'>['rows'][number];
type ImportProgress = ApiOutput<'jobs.get'>['progress'];
type BatchSummary = ApiOutput<'jobs.get'>['summary'];

export interface ImportState {
  readonly jobId: string;
  readonly running: boolean;
  readonly progress: ImportProgress;
  readonly summary: BatchSummary;
}

export interface ProjectState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly host: HostInfo | null;
  readonly info: ProjectInfo | null;
  readonly recentSources: ReadonlyArray<SourceRow>;
  readonly importing: ImportState | null;
  readonly error: ApiError | null;
  /** Loads the project and subscribes to its events; safe to call more than once. */
  init(): Promise<void>;
  refresh(): Promise<void>;
  importPaths(paths: ReadonlyArray<string>): Promise<void>;
  pickAndImport(mode: 'files' | 'folder'): Promise<void>;
  cancelImport(): Promise<void>;
}

const RECENT = 8;
let subscribed = false;

/** The open project as the shell shows it: components read this and call its actions. */
export const useProject = create<ProjectState>()((set, get) => ({
  status: 'idle',
  host: null,
  info: null,
  recentSources: [],
  importing: null,
  error: null,

  async init() {
    if (!subscribed) {
      subscribed = true;
      onEvent('import.progress', ({ jobId, ...progress }) =>
        set((s) => ({
          importing: { jobId, running: true, progress, summary: s.importing?.summary ?? null },
        })),
      );
      onEvent('import.done', ({ jobId, summary, error }) => {
        set((s) => ({
          importing: { jobId, running: false, progress: s.importing?.progress ?? null, summary },
          error,
        }));
        void get().refresh();
      });
      onEvent('project.changed', () => void get().refresh());
    }
    set({ status: 'loading' });
    const host = await getApi()['host.info']({});
    if (host.ok) set({ host: host.value });
    await get().refresh();
  },

  async refresh() {
    const api = getApi();
    const [info, sources] = await Promise.all([
      api['project.info']({}),
      api['sources.list']({ offset: 0, limit: RECENT, sort: 'publishedAt', dir: 'desc' }),
    ]);
    if (!info.ok) return set({ status: 'error', error: info.error });
    if (!sources.ok) return set({ status: 'error', error: sources.error });
    set({ status: 'ready', info: info.value, recentSources: sources.value.rows, error: null });
  },

  async importPaths(paths) {
    const started = await getApi()['import.start']({ paths: [...paths] });
    if (!started.ok) return set({ error: started.error });
    set({
      importing: { jobId: started.value.jobId, running: true, progress: null, summary: null },
      error: null,
    });
  },

  async pickAndImport(mode) {
    const picked = await getApi()['dialog.pickImportPaths']({ mode });
    if (!picked.ok) return set({ error: picked.error });
    if (picked.value.paths.length > 0) await get().importPaths(picked.value.paths);
  },

  async cancelImport() {
    const job = get().importing;
    if (!job?.running) return;
    const result = await getApi()['import.cancel']({ jobId: job.jobId });
    if (!result.ok) set({ error: result.error });
  },
}));
