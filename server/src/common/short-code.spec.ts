import { newShortCode, normalizeShortCode, SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from './short-code.js';

describe('short codes', () => {
  it('carry at least 40 bits of entropy from an alphabet without look-alikes', () => {
    expect(SHORT_CODE_LENGTH * Math.log2(SHORT_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(40);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) {
      expect(SHORT_CODE_ALPHABET).not.toContain(lookAlike);
    }
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(SHORT_CODE_ALPHABET.length);
  });

  it('are drawn at random: no repeats, every character used', () => {
    const codes = Array.from({ length: 2000 }, newShortCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => normalizeShortCode(code) === code)).toBe(true);
    expect(new Set(codes.join(''))).toEqual(new Set(SHORT_CODE_ALPHABET));
  });

  it('accept what she types: lower case, spaces and dashes between groups', () => {
    expect(normalizeShortCode('abcde-fghjk')).toBe('ABCDEFGHJK');
    expect(normalizeShortCode(' 23456 789AB ')).toBe('23456789AB');
  });

  it('refuse anything else', () => {
    for (const input of ['', 'ABCDEFGHJ', 'ABCDEFGHJKM', 'ABCDEFGHJ0', 'ABCDEFGHJI', 'ABCDE_FGHJK', '../../etc']) {
      expect(normalizeShortCode(input)).toBeNull();
    }
  });
});
