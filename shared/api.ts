import type { z } from 'zod';
import { EVENTS } from './api/events';
import * as inp from './api/inputs';
import * as out from './api/outputs';
import * as rec from './api/reconcile-io';
import type { Result } from './api/result';

/**
 * THE contract between the renderer and main. Each method is one entry: its input validator and
 * its output shape. The TS interface, IPC channel names, HTTP routes, the preload object and the
 * renderer client are all derived from this object; a new method is one line here plus its
 * handler in main/core/service (the compiler lists every place that is then missing one).
 */
export const API = {
  'host.info': { input: inp.emptyInput, output: out.hostInfoOutput },
  'project.info': { input: inp.emptyInput, output: out.projectInfoOutput },
  /** Opens (or, with create, makes) another project file; both hosts accept a typed path. */
  'project.open': { input: inp.projectOpenInput, output: out.projectInfoOutput },
  'sources.list': { input: inp.sourcesListInput, output: out.sourcePageOutput },
  'sources.search': { input: inp.sourcesSearchInput, output: out.searchOutput },
  'sources.get': { input: inp.byIdInput, output: out.sourceDetailOutput },
  'claims.list': { input: inp.claimsListInput, output: out.claimPageOutput },
  /** Every change below is written to the history table in the same transaction (for undo). */
  'claims.setStatus': { input: inp.claimsSetStatusInput, output: out.claimsOutput },
  /** Editing an extracted ('auto') claim makes it 'edited'. */
  'claims.update': { input: inp.claimsUpdateInput, output: out.claimOutput },
  /** A manual claim at a span of a source's text: status 'accepted', quote = its sentence. */
  'claims.create': { input: inp.claimsCreateInput, output: out.claimOutput },
  'lexicon.entities': { input: inp.emptyInput, output: out.entitiesOutput },
  'lexicon.metrics': { input: inp.emptyInput, output: out.metricsOutput },
  'import.start': { input: inp.importStartInput, output: out.jobStartedOutput },
  'import.cancel': { input: inp.jobInput, output: out.cancelOutput },
  'jobs.get': { input: inp.jobInput, output: out.jobOutput },
  /** Native dialogs: Electron shows them; the browser host answers `unsupported` (type a path). */
  /** Compare: claim keys with one cell per report and summary columns, in the analyst's currency. */
  'keys.list': { input: rec.keysListInput, output: rec.keysPageOutput },
  'keys.columns': { input: rec.keysColumnsInput, output: rec.keysColumnsOutput },
  /** Reconcile: one key's claims, suggestion with reasons, consensus, decision and audit trail. */
  'keys.get': { input: rec.keyGetInput, output: rec.keyDetailOutput },
  'keys.merge': { input: rec.keysMergeInput, output: rec.keyOutput },
  'keys.split': { input: rec.keySplitInput, output: rec.keyOutput },
  'keys.rename': { input: rec.keyRenameInput, output: rec.keyOutput },
  'keys.exclude': { input: rec.keyExcludeInput, output: rec.keyOutput },
  'keys.include': { input: rec.keyIncludeInput, output: rec.keyOutput },
  'claims.move': { input: rec.claimsMoveInput, output: rec.keyOutput },
  'decisions.save': { input: rec.decisionSaveInput, output: rec.decisionOutput },
  /** Undo/redo replay `history` (kept in the project, so they work across restarts). */
  'history.list': { input: rec.historyListInput, output: rec.historyListOutput },
  'history.undo': { input: inp.emptyInput, output: rec.historyStepOutput },
  'history.redo': { input: inp.emptyInput, output: rec.historyStepOutput },
  'fx.list': { input: rec.fxListInput, output: rec.fxListOutput },
  'fx.set': { input: rec.fxSetInput, output: rec.fxListOutput },
  'fx.delete': { input: rec.fxDeleteInput, output: rec.fxListOutput },
  /** Exports run as jobs ('job.progress' / 'job.done'); the file appears only when complete. */
  'export.start': { input: rec.exportStartInput, output: out.jobStartedOutput },
  'export.preview': { input: rec.exportPreviewInput, output: rec.exportPreviewOutput },
  'jobs.cancel': { input: inp.jobInput, output: out.cancelOutput },
  'dialog.pickImportPaths': { input: inp.pickImportInput, output: out.pathsOutput },
  'dialog.pickProjectFile': { input: inp.pickProjectInput, output: out.maybePathOutput },
  /** Save dialog for exports; the browser host answers `unsupported` (type a path). */
  'dialog.pickExportPath': { input: inp.pickExportInput, output: out.maybePathOutput },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type ApiMethod = keyof typeof API;
export const API_METHODS = Object.keys(API) as ApiMethod[];

/** Results are handed out read-only: the renderer renders them, stores copy what they change. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** What a caller passes (before validation). */
export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>;
/** What a handler receives (after validation). */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof API)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = DeepReadonly<z.output<(typeof API)[M]['output']>>;

/** The renderer's view of main: `window.concord` in Electron, the HTTP client in a browser. */
export type ConcordApi = {
  readonly [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;
};

/** What a host implements: plain async functions that throw on failure (dispatch turns throws into Results). */
export type ApiHandlers = {
  readonly [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> | ApiOutput<M>;
};

export type ApiEventName = keyof typeof EVENTS;
export const API_EVENTS = Object.keys(EVENTS) as ApiEventName[];
export type ApiEventPayload<E extends ApiEventName> = DeepReadonly<z.output<(typeof EVENTS)[E]>>;
export type EventSink = <E extends ApiEventName>(name: E, payload: ApiEventPayload<E>) => void;

/** Subscriptions as the renderer sees them; returns the unsubscribe function. */
export interface ConcordEvents {
  on<E extends ApiEventName>(name: E, handler: (payload: ApiEventPayload<E>) => void): () => void;
}

/** IPC channel of a method; never typed by hand anywhere else. */
export function channelOf(method: ApiMethod): `concord:${ApiMethod}` {
  return `concord:${method}`;
}

/** IPC channel of an event. */
export function eventChannelOf(name: ApiEventName): `concord-event:${ApiEventName}` {
  return `concord-event:${name}`;
}

/** HTTP route of a method in the browser host (always POST with a JSON body). */
export function routeOf(method: ApiMethod): `/api/${ApiMethod}` {
  return `/api/${method}`;
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, name);
}

export function isApiEventName(name: string): name is ApiEventName {
  return Object.prototype.hasOwnProperty.call(EVENTS, name);
}

export { EVENTS };
export { MAX_PAGE, SOURCE_SORTS, CLAIM_SORTS } from './api/inputs';
export { API_ERROR_CODES, fail, ok, type ApiError, type ApiErrorCode, type Result } from './api/result';
