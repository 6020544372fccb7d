import { routeOf, type ConcordApi } from '../../../shared/api';
import { makeClient } from '../../../shared/api/client';
import { fail, isApiErrorCode, type Result } from '../../../shared/api/result';

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if ((body as { ok: unknown }).ok === true) return 'value' in body;
  const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
  return isApiErrorCode(error?.code) && typeof error?.message === 'string';
}

/** The contract over the browser host's HTTP bridge: POST /api/<method>, JSON in and out. */
export function createHttpClient(token: string | null): ConcordApi {
  return makeClient(async (method, input) => {
    const response = await fetch(routeOf(method), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Concord-Token': token } : {}) },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
    const body: unknown = await response.json().catch(() => null);
    return isResult(body) ? body : fail('transport', `${method}: HTTP ${response.status} without a result`);
  });
}
