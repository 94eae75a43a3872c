import { invalidField } from '../errors/validation.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;
const REASON = 'a header of 8–64 letters, digits, - or _ (one per attempt, the same on a retry)';

/**
 * The client's `Idempotency-Key`: one per attempt, sent again on a retry after a lost answer, so the retry finds
 * the first attempt's result instead of doing it twice.
 */
export function parseIdempotencyKey(key: string | undefined, options: { required: boolean }): string | undefined {
  if (key === undefined && !options.required) {
    return undefined;
  }
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    throw invalidField('Idempotency-Key', REASON);
  }
  return key;
}
