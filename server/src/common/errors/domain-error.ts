import type { ErrorCode } from './error-codes.js';

export interface FieldError {
  field: string;
  reason: string;
}

/** A failure the caller can act on. Services throw these; only the exception filter knows about HTTP. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
