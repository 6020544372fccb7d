import type { ApiEventName, ApiEventPayload, ConcordApi, ConcordEvents } from '../../../shared/api';
import { createHttpClient } from './http-client';
import { createHttpEvents } from './http-events';
import { accessToken } from './token';

declare global {
  interface Window {
    /** Set by the Electron preload (main/app/preload.ts); absent in a plain browser. */
    readonly concord?: ConcordApi;
    readonly concordEvents?: ConcordEvents;
  }
}

let api: ConcordApi | undefined;
let events: ConcordEvents | undefined;

/** The one way the renderer reaches main: the preload's object in Electron, HTTP otherwise. */
export function getApi(): ConcordApi {
  api ??= window.concord ?? createHttpClient(accessToken());
  return api;
}

/** Subscribes to a contract event (IPC in Electron, server-sent events otherwise). */
export function onEvent<E extends ApiEventName>(
  name: E,
  handler: (payload: ApiEventPayload<E>) => void,
): () => void {
  events ??= window.concordEvents ?? createHttpEvents(accessToken());
  return events.on(name, handler);
}

export type { ConcordApi } from '../../../shared/api';
