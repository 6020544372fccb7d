import type { ApiHandlers } from '../../../shared/api';
import { ServiceError } from './errors';
import type { ProjectSession } from './session';

/** What only a desktop shell can do; the browser host has none of it and says so. */
export interface NativeDialogs {
  pickImportPaths(mode: 'files' | 'folder'): Promise<string[]>;
  pickProjectFile(mode: 'open' | 'create'): Promise<string | null>;
  pickExportPath(format: string, suggestedName?: string): Promise<string | null>;
}

export interface HostDescription {
  readonly kind: 'electron' | 'browser';
  readonly version: string;
  readonly dialogs?: NativeDialogs;
}

function noDialogs(): never {
  throw new ServiceError('unsupported', 'This host has no native dialogs; type the path instead.');
}

/**
 * Every method of the contract, implemented once for all hosts. A host differs only in the
 * HostDescription it passes; the compiler rejects this object if a contract method is missing.
 */
export function createHandlers(session: ProjectSession, host: HostDescription): ApiHandlers {
  const dialogs = host.dialogs;
  return {
    'host.info': () => ({ host: host.kind, nativeDialogs: dialogs !== undefined, version: host.version }),
    'project.info': () => session.service.info(),
    'project.open': (i) => session.open(i.path, i.create ?? false),
    'sources.list': (i) => session.service.listSources(i),
    'sources.search': (i) => session.service.searchSources(i),
    'sources.get': (i) => session.service.getSource(i),
    'claims.list': (i) => session.service.listClaims(i),
    'claims.setStatus': (i) => session.service.edits.setStatus(i),
    'claims.update': (i) => session.service.edits.update(i),
    'claims.create': (i) => session.service.edits.create(i),
    'lexicon.entities': () => session.service.edits.entities(),
    'lexicon.metrics': () => session.service.edits.metrics(),
    'import.start': (i) => session.service.startImport(i),
    'import.cancel': (i) => session.service.cancelImport(i),
    'jobs.get': (i) => session.service.job(i),
    'keys.list': (i) => session.service.reconcile.listKeys(i),
    'keys.columns': (i) => session.service.reconcile.columns(i),
    'keys.get': (i) => session.service.reconcile.getKey(i),
    'keys.merge': (i) => session.service.reconcile.merge(i),
    'keys.split': (i) => session.service.reconcile.split(i),
    'keys.rename': (i) => session.service.reconcile.rename(i),
    'keys.exclude': (i) => session.service.reconcile.exclude(i),
    'keys.include': (i) => session.service.reconcile.include(i),
    'claims.move': (i) => session.service.reconcile.move(i),
    'decisions.save': (i) => session.service.reconcile.saveDecision(i),
    'history.list': (i) => session.service.history.list(i),
    'history.undo': () => session.service.history.undo(),
    'history.redo': () => session.service.history.redo(),
    'fx.list': (i) => session.service.fx.list(i),
    'fx.set': (i) => session.service.fx.set(i),
    'fx.delete': (i) => session.service.fx.delete(i),
    'export.start': (i) => session.service.exports.start(i),
    'export.preview': (i) => session.service.exports.preview(i),
    'jobs.cancel': (i) => session.service.cancelJob(i),
    'dialog.pickImportPaths': async (i) => ({
      paths: dialogs ? await dialogs.pickImportPaths(i.mode) : noDialogs(),
    }),
    'dialog.pickProjectFile': async (i) => ({
      path: dialogs ? await dialogs.pickProjectFile(i.mode) : noDialogs(),
    }),
    'dialog.pickExportPath': async (i) => ({
      path: dialogs ? await dialogs.pickExportPath(i.format, i.suggestedName) : noDialogs(),
    }),
  };
}
