import { create } from 'zustand';

/** Bumped whenever project data changes (import done, claim edited): grids and counts reload. */
export const useDataVersion = create<{ readonly version: number; bump(): void }>()((set) => ({
  version: 0,
  bump: () => set((s) => ({ version: s.version + 1 })),
}));
