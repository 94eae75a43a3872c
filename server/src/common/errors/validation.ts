import { DomainError, type FieldError } from './domain-error.js';

/** One 400 answer for every refused input, naming each field and why, in the same words everywhere. */
export function validationFailed(problems: readonly FieldError[]): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    `Invalid input. ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`,
    [...problems],
  );
}

export function invalidField(field: string, reason: string): DomainError {
  return validationFailed([{ field, reason }]);
}
