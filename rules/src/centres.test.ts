import { CENTRE_AREAS, CENTRE_CODES, isCentreCode } from './centres.js';

describe('the 13 centres', () => {
  it('has one code per county-level area of Quanzhou', () => {
    expect(CENTRE_CODES).toHaveLength(13);
    expect(new Set(Object.values(CENTRE_AREAS)).size).toBe(13);
  });

  it.each([
    ['jinjiang', true],
    ['taishang', true],
    ['outside_quanzhou', false],
    ['toString', false],
    ['', false],
  ])('isCentreCode(%s) is %s', (code, expected) => {
    expect(isCentreCode(code)).toBe(expected);
  });
});
