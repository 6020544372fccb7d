import { create } from 'zustand';
import type { ApiError, ApiEventPayload } from '../../../shared/api';
import type { BatchSummary, ImportProgress } from '../../../shared/model';
import type { StoreDeps } from './deps';

export interface ImportJob {
  readonly jobId: string;
  readonly running: boolean;
  readonly cancelling: boolean;
  readonly progress: ImportProgress | null;
  readonly summary: BatchSummary | null;
}

export interface ImportState {
  readonly open: boolean;
  readonly pathsText: string;
  readonly job: ImportJob | null;
  readonly error: ApiError | null;
  openDialog(): void;
  closeDialog(): void;
  setPaths(text: string): void;
  /** Starts an import of the typed paths (one per line). */
  start(): Promise<void>;
  /** Native file/folder dialog, where the host has one. */
  pick(mode: 'files' | 'folder'): Promise<void>;
  cancel(): Promise<void>;
  onProgress(event: ApiEventPayload<'import.progress'>): void;
  onDone(event: ApiEventPayload<'import.done'>): void;
}

export function typedPaths(text: string): string[] {
  return text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The Import dialog: paths, the running job's progress, cancel, and the batch report. */
export const createImportStore = (deps: StoreDeps) =>
  create<ImportState>()((set, get) => {
    const startPaths = async (paths: string[]) => {
      if (paths.length === 0 || get().job?.running) return;
      const started = await deps.api()['import.start']({ paths });
      if (!started.ok) return set({ error: started.error });
      const jobId = started.value.jobId;
      // Events can overtake the answer; they already created the job then.
      if (get().job?.jobId === jobId) return set({ error: null });
      set({ job: { jobId, running: true, cancelling: false, progress: null, summary: null }, error: null });
    };
    return {
      open: false,
      pathsText: '',
      job: null,
      error: null,

      openDialog: () => set({ open: true }),
      closeDialog: () => set({ open: false }),
      setPaths: (pathsText) => set({ pathsText }),
      start: () => startPaths(typedPaths(get().pathsText)),

      async pick(mode) {
        const picked = await deps.api()['dialog.pickImportPaths']({ mode });
        if (!picked.ok) return set({ error: picked.error });
        await startPaths([...picked.value.paths]);
      },

      async cancel() {
        const job = get().job;
        if (!job?.running) return;
        set({ job: { ...job, cancelling: true } });
        const result = await deps.api()['import.cancel']({ jobId: job.jobId });
        if (!result.ok) set({ error: result.error });
      },

      onProgress({ jobId, ...progress }) {
        const job = get().job;
        if (job && job.jobId !== jobId) return;
        set({ job: { jobId, running: true, cancelling: job?.cancelling ?? false, progress, summary: null } });
      },

      onDone({ jobId, summary, error }) {
        const job = get().job;
        if (job && job.jobId !== jobId) return;
        set({
          job: { jobId, running: false, cancelling: false, progress: job?.progress ?? null, summary },
          error,
        });
        deps.changed();
      },
    };
  });
