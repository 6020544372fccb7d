import { isApiMethod, type ApiHandlers } from '../../../shared/api';
import { fail, ok, type Result } from '../../../shared/api/result';
import { validateInput } from '../../../shared/api/validate';
import { ProjectError } from '../db/errors';
import { ServiceError } from './errors';

/**
 * The one entry point every host calls with untrusted input: checks the method name and the
 * input against the contract, runs the handler, and turns anything thrown into a typed error.
 */
export async function dispatch(
  handlers: ApiHandlers,
  method: string,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return fail('unknown_method', `No method "${method.slice(0, 100)}" in the API.`);
  const checked = validateInput(method, input);
  if (!checked.ok) return checked;
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return ok(await handler(checked.value));
  } catch (err) {
    return toFailure(method, err);
  }
}

function toFailure(method: string, err: unknown): Result<never> {
  if (err instanceof ServiceError) return fail(err.code, err.message, err.file);
  if (err instanceof ProjectError) return fail('project_error', err.message, err.file);
  // Anything else is a bug: keep the stack on the host's stderr, give the UI one clear line.
  console.error(`concord: ${method} failed:`, err);
  return fail('internal', `${method} failed: ${err instanceof Error ? err.message : String(err)}`);
}
