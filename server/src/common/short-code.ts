import { randomInt } from 'node:crypto';

/**
 * The short code on every booking and callback request, for her to note down and find it again with no login:
 * ten characters from 31 that cannot be mistaken for each other (no 0/O, 1/I/L), about 49.5 bits drawn at random,
 * so a code cannot be guessed or counted through; look-ups are rate-limited on top.
 */
export const SHORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SHORT_CODE_LENGTH = 10;

export function newShortCode(): string {
  return Array.from(
    { length: SHORT_CODE_LENGTH },
    () => SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)],
  ).join('');
}

/** A code as she may type it (lower case, spaces or dashes between groups) in its stored form; null if it is none. */
export function normalizeShortCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== SHORT_CODE_LENGTH || [...code].some((char) => !SHORT_CODE_ALPHABET.includes(char))) {
    return null;
  }
  return code;
}
