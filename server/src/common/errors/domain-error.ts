import type { ErrorCode } from './error-codes.js';

export interface FieldError {
  field: string;
  reason: string;
}

/** A failure the caller can act on. Services throw these; only the exception filter knows about HTTP. */
export class DomainError extends Error {
  /** For a 429 or 503: when to try again (sent as Retry-After). */
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
