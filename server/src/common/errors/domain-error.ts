import type { ErrorCode } from './error-codes.js';

export interface FieldError {
  field: string;
  reason: string;
}

/**
 * An error that is an expected outcome, not a fault: no stack trace is captured (V8 walks the stack at every `new
 * Error`, and a crowd refused at a full slot throws one each). Nothing reads it: such errors are answered, never logged
 * with a trace.
 */
export class StacklessError extends Error {
  constructor(message: string) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** A failure the caller can act on. Services throw these; only the exception filter knows about HTTP. */
export class DomainError extends StacklessError {
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
