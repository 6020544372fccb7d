import type { z } from 'zod';
import { API, type ApiMethod, type ApiParsedInput } from '../api';
import { fail, ok, type Result } from './result';

/** One line per problem, "path: message", so the UI and the CLI can show it as is. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'input'}: ${i.message}`)
    .join('; ');
}

/** Checks a method's input against the contract; both the clients and the hosts call this. */
export function validateInput<M extends ApiMethod>(method: M, input: unknown): Result<ApiParsedInput<M>> {
  const parsed = API[method].input.safeParse(input);
  if (!parsed.success) return fail('invalid_input', `${method}: ${describeIssues(parsed.error)}`);
  return ok(parsed.data as ApiParsedInput<M>);
}
