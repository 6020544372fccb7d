import { describe, expect, it, vi } from 'vitest';
import {
  API,
  API_EVENTS,
  API_METHODS,
  channelOf,
  eventChannelOf,
  routeOf,
  type ApiHandlers,
  type ApiMethod,
} from '../../../shared/api';
import { makeClient } from '../../../shared/api/client';
import { ok } from '../../../shared/api/result';
import { createPreloadApi } from '../../../main/app/preload-api';
import { ProjectError } from '../../../main/core/db/errors';
import { dispatch } from '../../../main/core/service/dispatch';
import { ServiceError } from '../../../main/core/service/errors';
import { INVALID_FOR_ALL, INVALID_INPUTS, VALID_INPUTS } from './samples';

/** Handlers that record calls and answer with a marker; every method present. */
function spyHandlers(): { handlers: ApiHandlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    API_METHODS.map((m) => [m, (input: unknown) => (calls.push(m), { echoed: input })]),
  ) as unknown as ApiHandlers;
  return { handlers, calls };
}

describe('the contract', () => {
  it('gives every method an input and an output validator', () => {
    expect(API_METHODS.length).toBeGreaterThanOrEqual(10);
    for (const m of API_METHODS) {
      expect(typeof API[m].input.safeParse, m).toBe('function');
      expect(typeof API[m].output.safeParse, m).toBe('function');
    }
  });

  it('derives IPC channels and HTTP routes from method names, one each', () => {
    expect(channelOf('sources.list')).toBe('concord:sources.list');
    expect(routeOf('claims.list')).toBe('/api/claims.list');
    expect(new Set(API_METHODS.map(channelOf)).size).toBe(API_METHODS.length);
    expect(new Set(API_METHODS.map(routeOf)).size).toBe(API_METHODS.length);
    expect(eventChannelOf('import.progress')).toBe('concord-event:import.progress');
    expect(API_EVENTS).toEqual(expect.arrayContaining(['import.progress', 'import.done']));
  });

  it('accepts the sample valid input of every method', () => {
    for (const m of API_METHODS) expect(API[m].input.safeParse(VALID_INPUTS[m]).success, m).toBe(true);
  });
});

describe('input validation, client side', () => {
  it.each(API_METHODS)('%s: invalid input never reaches the transport', async (method) => {
    const send = vi.fn(async () => ok({}));
    const client = makeClient(send);
    const call = client[method] as (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;
    for (const bad of [...INVALID_FOR_ALL, ...INVALID_INPUTS[method]]) {
      const result = await call(bad);
      expect(result.ok, `${method} ${JSON.stringify(bad)}`).toBe(false);
      expect(result.error?.code).toBe('invalid_input');
    }
    expect(send).not.toHaveBeenCalled();
    expect((await call(VALID_INPUTS[method])).ok).toBe(true);
    expect(send).toHaveBeenCalledWith(method, VALID_INPUTS[method]);
  });

  it('turns a transport that throws into a typed transport error', async () => {
    const client = makeClient(async () => {
      throw new Error('socket hang up');
    });
    const result = await client['project.info']({});
    expect(result).toEqual({
      ok: false,
      error: { code: 'transport', message: 'project.info: socket hang up' },
    });
  });
});

describe('input validation, host side (dispatch)', () => {
  it.each(API_METHODS)('%s: invalid input never reaches the handler', async (method) => {
    const { handlers, calls } = spyHandlers();
    for (const bad of [...INVALID_FOR_ALL, ...INVALID_INPUTS[method]]) {
      const result = await dispatch(handlers, method, bad);
      expect(result.ok, `${method} ${JSON.stringify(bad)}`).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(calls).toEqual([]);
    expect(await dispatch(handlers, method, VALID_INPUTS[method])).toEqual({
      ok: true,
      value: { echoed: VALID_INPUTS[method] },
    });
  });

  it('names the offending field in the message', async () => {
    const result = await dispatch(spyHandlers().handlers, 'sources.list', { offset: 0, limit: 5000 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^sources\.list: limit: /);
  });

  it('refuses unknown methods, including prototype names', async () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString']) {
      const result = await dispatch(spyHandlers().handlers, name, {});
      expect(result.ok ? null : result.error.code).toBe('unknown_method');
    }
  });

  it('turns what handlers throw into typed errors', async () => {
    const { handlers } = spyHandlers();
    const failing = (err: unknown) =>
      ({ ...handlers, 'project.info': () => Promise.reject(err) }) as ApiHandlers;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(
      await dispatch(failing(new ServiceError('not_found', 'No source s_1.')), 'project.info', {}),
    ).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No source s_1.' },
    });
    expect(
      await dispatch(
        failing(new ProjectError('corrupt', 'x.concord is damaged', '/p/x.concord')),
        'project.info',
        {},
      ),
    ).toEqual({
      ok: false,
      error: { code: 'project_error', message: 'x.concord is damaged', file: '/p/x.concord' },
    });
    const internal = await dispatch(failing(new TypeError('boom')), 'project.info', {});
    expect(internal.ok ? null : internal.error).toEqual({
      code: 'internal',
      message: 'project.info failed: boom',
    });
    quiet.mockRestore();
  });
});

describe('client and preload objects', () => {
  it('the HTTP/IPC client covers exactly the contract methods', () => {
    const client = makeClient(async () => ok(null));
    expect(Object.keys(client).sort()).toEqual([...API_METHODS].sort());
  });

  it('the preload invokes each method on its derived channel and exposes only contract events', async () => {
    const invoke = vi.fn(async (_channel: string, input: unknown) => ok(input));
    const on = vi.fn();
    const removeListener = vi.fn();
    const { concord, concordEvents } = createPreloadApi({ invoke, on, removeListener });
    expect(Object.keys(concord).sort()).toEqual([...API_METHODS].sort());
    for (const m of API_METHODS) {
      const call = concord[m] as (input: unknown) => Promise<unknown>;
      await call(VALID_INPUTS[m as ApiMethod]);
      expect(invoke).toHaveBeenLastCalledWith(channelOf(m), VALID_INPUTS[m]);
    }
    const off = concordEvents.on('import.done', () => {});
    expect(on).toHaveBeenCalledWith('concord-event:import.done', expect.any(Function));
    off();
    expect(removeListener).toHaveBeenCalledWith('concord-event:import.done', on.mock.calls[0]![1]);
    expect(() => concordEvents.on('ipc-anything' as 'import.done', () => {})).toThrow(/Unknown event/);
  });
});
