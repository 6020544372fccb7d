import { create } from 'zustand';
import type { ApiError, ApiOutput } from '../../../shared/api';
import type { StoreDeps } from './deps';

type ProjectInfo = ApiOutput<'project.info'>;
type HostInfo = ApiOutput<'host.info'>;

export interface ProjectState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly host: HostInfo | null;
  readonly info: ProjectInfo | null;
  readonly error: ApiError | null;
  init(): Promise<void>;
  /** Reloads name and counts (after an import, an edit, another project). */
  refresh(): Promise<void>;
}

/** The open project as the header shows it. */
export const createProjectStore = (deps: Pick<StoreDeps, 'api'>) =>
  create<ProjectState>()((set, get) => ({
    status: 'idle',
    host: null,
    info: null,
    error: null,

    async init() {
      set({ status: 'loading' });
      const host = await deps.api()['host.info']({});
      if (host.ok) set({ host: host.value });
      await get().refresh();
    },

    async refresh() {
      const info = await deps.api()['project.info']({});
      if (!info.ok) return set({ status: 'error', error: info.error });
      set({ status: 'ready', info: info.value, error: null });
    },
  }));
