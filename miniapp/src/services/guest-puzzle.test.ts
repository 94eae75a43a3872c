import { createHash } from 'node:crypto';
import { leadingZeroBits, puzzleHash, solvePuzzle } from './guest-puzzle';

// The server checks with node's sha256; these tests do too, so a wrong hash input or count on the phone shows here.
function serverBits(challenge: string, nonce: string): number {
  return leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest());
}

describe('the H5 login puzzle', () => {
  it('counts leading zero bits as the server does', () => {
    expect(leadingZeroBits(Uint8Array.from([0xff]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0x01, 0xff]))).toBe(7);
    expect(leadingZeroBits(Uint8Array.from([0x00, 0x00, 0x10]))).toBe(19);
  });

  it('hashes `challenge:nonce` exactly as the server does', () => {
    const expected = createHash('sha256').update('abc.123.9.sig:42').digest();
    expect(Buffer.from(puzzleHash('abc.123.9.sig', '42'))).toEqual(expected);
  });

  it('finds a nonce the server accepts, across chunks, giving the page turns in between', async () => {
    const challenge = 'Zm9vYmFy.1893456000000.12.c2lnbmF0dXJl';
    let turns = 0;
    const ticker = setInterval(() => {
      turns += 1;
    }, 0);
    const nonce = await solvePuzzle(challenge, 12);
    clearInterval(ticker);

    expect(serverBits(challenge, nonce)).toBeGreaterThanOrEqual(12);
    // This challenge's first solution is nonce 5442: several chunks, so the page had its turns in between.
    expect(Number(nonce)).toBeGreaterThan(1500);
    expect(turns).toBeGreaterThan(0);
  });
});
