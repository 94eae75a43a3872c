import { leadingZeroBits, proofOfWorkHash } from './proof-of-work.js';

describe('proof of work', () => {
  it('counts leading zero bits across bytes', () => {
    expect(leadingZeroBits(Uint8Array.from([0xff]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0x01, 0xff]))).toBe(7);
    expect(leadingZeroBits(Uint8Array.from([0x00, 0x00, 0x10]))).toBe(19);
    expect(leadingZeroBits(Uint8Array.from([0, 0]))).toBe(16);
  });

  it('hashes challenge and nonce as the H5 client does, and a search finds a nonce with the bits asked', () => {
    expect(proofOfWorkHash('abc', '1').toString('hex')).toBe(
      'bfcf0b9cbe9d8208b2cddd9a01c31a9a60698a106a0e4fc1664233a15f16acec',
    );
    let nonce = 0;
    while (leadingZeroBits(proofOfWorkHash('challenge', String(nonce))) < 8) {
      nonce += 1;
    }
    expect(leadingZeroBits(proofOfWorkHash('challenge', String(nonce)))).toBeGreaterThanOrEqual(8);
  });
});
