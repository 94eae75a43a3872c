import { createHash } from 'node:crypto';

/** What a guest login's proof of work hashes: sha256 of `challenge:nonce`. The H5 client computes the same. */
export function proofOfWorkHash(challenge: string, nonce: string): Buffer {
  return createHash('sha256').update(`${challenge}:${nonce}`).digest();
}

/** How many leading bits of a hash are zero. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
