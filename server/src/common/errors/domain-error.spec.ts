import { DomainError } from './domain-error.js';

describe('DomainError', () => {
  it('is an expected answer: it captures no stack frames, and leaves other errors theirs', () => {
    const refusal = new DomainError('SLOT_FULL', 'That time is fully booked');

    expect(refusal).toBeInstanceOf(Error);
    expect(refusal.message).toBe('That time is fully booked');
    expect(refusal.code).toBe('SLOT_FULL');
    expect(refusal.stack).not.toMatch(/\n\s+at /);
    expect(new Error('a fault').stack).toMatch(/\n\s+at /);
  });
});
