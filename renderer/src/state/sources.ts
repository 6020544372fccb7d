import { create } from 'zustand';
import { SOURCE_SORTS, type ApiError } from '../../../shared/api';
import type { SearchHit, SourceSummary } from '../../../shared/model';
import { errorOf, valueOf, type GridSort, type Page, type StoreDeps } from './deps';

type SourceSort = (typeof SOURCE_SORTS)[number];

export interface SourcesState {
  readonly query: string;
  /** null: no search active, the grid shows every source. */
  readonly hits: ReadonlyArray<SearchHit> | null;
  readonly searching: boolean;
  readonly total: number | null;
  readonly error: ApiError | null;
  setQuery(query: string): void;
  search(): Promise<void>;
  clearSearch(): void;
  /** One block of the grid (infinite row model), sorted on the server. */
  loadPage(start: number, end: number, sort: ReadonlyArray<GridSort>): Promise<Page<SourceSummary>>;
}

const PAGE_MAX = 1000;

export function sourceSortOf(sort: ReadonlyArray<GridSort>): { sort?: SourceSort; dir?: 'asc' | 'desc' } {
  const first = sort.find((s) => s.sort);
  if (!first?.sort) return {};
  const known = (SOURCE_SORTS as ReadonlyArray<string>).includes(first.colId);
  return known ? { sort: first.colId as SourceSort, dir: first.sort } : {};
}

/** The Sources view: the paged list and full-text search. */
export const createSourcesStore = (deps: Pick<StoreDeps, 'api'>) =>
  create<SourcesState>()((set, get) => ({
    query: '',
    hits: null,
    searching: false,
    total: null,
    error: null,

    setQuery: (query) => set({ query }),

    async search() {
      const query = get().query.trim();
      if (query === '') return get().clearSearch();
      set({ searching: true });
      const result = await deps.api()['sources.search']({ query, limit: 100 });
      // A newer query may have been typed meanwhile; only the latest one's hits are shown.
      if (get().query.trim() !== query) return;
      if (!result.ok) return set({ searching: false, error: result.error });
      set({ searching: false, hits: result.value, error: null });
    },

    clearSearch: () => set({ query: '', hits: null, searching: false }),

    async loadPage(start, end, sort) {
      try {
        const page = valueOf(
          await deps.api()['sources.list']({
            offset: start,
            limit: Math.min(PAGE_MAX, Math.max(1, end - start)),
            ...sourceSortOf(sort),
          }),
        );
        set({ total: page.total, error: null });
        return page;
      } catch (err) {
        set({ error: errorOf(err) });
        throw err;
      }
    },
  }));
