import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';

// The small puzzle an H5 guest login solves first (server: identity/proof-of-work.ts): find a nonce so that
// sha256(`${challenge}:${nonce}`) starts with `bits` zero bits. A pure-JS hash, because crypto.subtle is missing on
// plain-http LAN origins; solved in chunks that give the page back between them, so it never freezes.

/** Hashes tried before the page gets a turn: a few milliseconds on a phone. */
const CHUNK_SIZE = 1500;

/** How many leading bits of a hash are zero (the server's count, byte by byte). */
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

export function puzzleHash(challenge: string, nonce: string): Uint8Array {
  return sha256(utf8ToBytes(`${challenge}:${nonce}`));
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The first nonce (as decimal text) that solves the puzzle; `bits` 0 is solved by any nonce. */
export async function solvePuzzle(challenge: string, bits: number): Promise<string> {
  for (let start = 0; ; start += CHUNK_SIZE) {
    for (let nonce = start; nonce < start + CHUNK_SIZE; nonce += 1) {
      if (leadingZeroBits(puzzleHash(challenge, String(nonce))) >= bits) {
        return String(nonce);
      }
    }
    await nextTurn();
  }
}
