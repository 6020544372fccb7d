import { z } from 'zod';
import { API_METHODS, type ApiMethod, type ConcordApi } from '../api';
import { fail, type Result } from './result';
import { validateInput } from './validate';

// Clients run under a CSP without 'unsafe-eval' (renderer, sandboxed preload): tell zod not to
// even probe `new Function`, which a strict CSP reports as a violation although zod catches it.
z.config({ jitless: true });

/** Sends one validated call and returns the host's Result; the only thing a client varies in. */
export type Transport = (method: ApiMethod, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds a ConcordApi over a transport (IPC in the preload, fetch in the browser). Inputs are
 * validated here before anything is sent, so a bad call never leaves the renderer; a transport
 * that throws becomes a typed `transport` error rather than a rejected promise.
 */
export function makeClient(send: Transport): ConcordApi {
  const entries = API_METHODS.map((method) => {
    const call = async (input: unknown): Promise<Result<unknown>> => {
      const checked = validateInput(method, input);
      if (!checked.ok) return checked;
      try {
        return await send(method, checked.value);
      } catch (err) {
        return fail('transport', `${method}: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    return [method, call] as const;
  });
  // The entries cover API_METHODS exactly, which is what ConcordApi requires.
  return Object.freeze(Object.fromEntries(entries)) as unknown as ConcordApi;
}
