import type { ApiErrorCode } from '../../../shared/api';

/** A failure the service reports to the caller as a typed error (see shared/api/result.ts). */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
