import type { ApiError, ConcordApi, Result } from '../../../shared/api';

/** What every store needs from outside: the API, and a way to say "project data changed". */
export interface StoreDeps {
  readonly api: () => ConcordApi;
  /** Called after a store changed project data (grids refetch, header counts refresh). */
  readonly changed: () => void;
}

/** The value of a Result, or throws its error as an ApiFailure for the caller to show. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

export function errorOf(err: unknown): ApiError {
  if (err instanceof ApiFailure) return err.error;
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}

/** AG Grid's sort model entry, as the grids hand it to the stores. */
export interface GridSort {
  readonly colId: string;
  readonly sort: 'asc' | 'desc' | null | undefined;
}

export interface Page<T> {
  readonly rows: ReadonlyArray<T>;
  readonly total: number;
}
