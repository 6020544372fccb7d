import {
  channelOf,
  eventChannelOf,
  isApiEventName,
  type ApiEventName,
  type ConcordApi,
  type ConcordEvents,
} from '../../shared/api';
import { makeClient } from '../../shared/api/client';

/** The few ipcRenderer functions the preload needs; injected so tests can run without Electron. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/**
 * What the preload exposes as window.concord and window.concordEvents. Channel names come from
 * shared/api.ts; inputs are validated here, before they cross into main (which checks again).
 */
export function createPreloadApi(ipc: IpcRendererLike): {
  concord: ConcordApi;
  concordEvents: ConcordEvents;
} {
  const concord = makeClient(
    (method, input) => ipc.invoke(channelOf(method), input) as ReturnType<Parameters<typeof makeClient>[0]>,
  ) satisfies ConcordApi;

  const concordEvents = {
    on(name: ApiEventName, handler: (payload: never) => void) {
      // The page is untrusted: it may only listen on contract events, never on arbitrary channels.
      if (!isApiEventName(name)) throw new Error(`Unknown event "${String(name)}"`);
      const channel = eventChannelOf(name);
      const listener = (_event: unknown, payload: unknown) => handler(payload as never);
      ipc.on(channel, listener);
      return () => void ipc.removeListener(channel, listener);
    },
  } satisfies ConcordEvents;

  return { concord, concordEvents };
}
