import { getApi, onEvent } from '../api';
import { createClaimsStore } from './claims';
import { useDataVersion } from './data-version';
import type { StoreDeps } from './deps';
import { createImportStore } from './import';
import { createLexiconStore } from './lexicon';
import { createNavStore } from './nav';
import { createProjectStore } from './project';
import { createReaderStore } from './reader';
import { createSourcesStore } from './sources';

/** The app's store instances, over the real API; tests build their own with a fake one. */
const deps: StoreDeps = { api: getApi, changed: () => useDataVersion.getState().bump() };

export const useNav = createNavStore();
export const useProject = createProjectStore(deps);
export const useSources = createSourcesStore(deps);
export const useReader = createReaderStore(deps);
export const useClaims = createClaimsStore(deps);
export const useImport = createImportStore(deps);
export const useLexicon = createLexiconStore(deps);

let started = false;

/** Loads the project and routes host events to the stores; once per page. */
export function startApp(): void {
  if (started) return;
  started = true;
  onEvent('import.progress', (e) => useImport.getState().onProgress(e));
  onEvent('import.done', (e) => useImport.getState().onDone(e));
  onEvent('project.changed', () => useDataVersion.getState().bump());
  onEvent('app.command', (e) => e.command === 'find' && useNav.getState().focusSearch());
  useDataVersion.subscribe(() => void useProject.getState().refresh());
  void useProject.getState().init();
  void useLexicon.getState().load();
}

/** Opens a source in the Reader (from the Sources grid, a search hit, a claim row). */
export function openInReader(sourceId: string): void {
  void useReader.getState().open(sourceId);
  useNav.getState().go('reader');
}
