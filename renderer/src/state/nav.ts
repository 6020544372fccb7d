import { create } from 'zustand';

export const VIEWS = ['sources', 'reader', 'claims', 'compare', 'reconcile'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  sources: 'Sources',
  reader: 'Reader',
  claims: 'Claims',
  compare: 'Compare',
  reconcile: 'Reconcile',
};

export interface NavState {
  readonly view: View;
  /** Bumped to ask the Sources view to focus its search box (Ctrl/Cmd+F, Edit → Find). */
  readonly searchFocus: number;
  go(view: View): void;
  focusSearch(): void;
}

/** Which view is shown; no API here, only navigation. */
export const createNavStore = () =>
  create<NavState>()((set) => ({
    view: 'sources',
    searchFocus: 0,
    go: (view) => set({ view }),
    focusSearch: () => set((s) => ({ view: 'sources', searchFocus: s.searchFocus + 1 })),
  }));
