/**
 * Results that cross a process boundary. Errors are data with a stable `code`, never thrown
 * strings, so the UI can show "file X: …; skipped" and the CLI can print the same line.
 */
export const API_ERROR_CODES = [
  'invalid_input', // the input failed the contract's validator (client or host side)
  'unknown_method',
  'not_found', // a source, claim or job id that does not exist
  'busy', // e.g. an import is already running in this project
  'unsupported', // this host cannot do it (the browser host has no native dialogs)
  'project_error', // the project file cannot be opened or written (see message)
  'unauthorized', // browser host: missing or wrong token
  'forbidden', // browser host: foreign Host or Origin
  'transport', // the request never got an answer (network, IPC, body too large)
  'internal', // a bug: the message says what happened
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  readonly code: ApiErrorCode;
  readonly message: string;
  /** The file the error is about, when there is one (imports, project files). */
  readonly file?: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ApiErrorCode, message: string, file?: string): { ok: false; error: ApiError } {
  return { ok: false, error: file === undefined ? { code, message } : { code, message, file } };
}

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as ReadonlyArray<string>).includes(value);
}
