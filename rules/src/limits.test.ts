import { USERNAME_LENGTH, USERNAME_PATTERN } from './limits.js';

describe('login names', () => {
  it.each(['chen.jinjiang', 'staff-yongchun', 'a_1', 'admin'])('accepts %s', (name) => {
    expect(USERNAME_PATTERN.test(name)).toBe(true);
  });

  it.each(['ab', 'Chen', '.chen', '陈律师', 'chen jinjiang', 'a'.repeat(USERNAME_LENGTH.max + 1)])(
    'refuses %s',
    (name) => {
      expect(USERNAME_PATTERN.test(name)).toBe(false);
    },
  );

  it('takes as long a name as the length limit says', () => {
    expect(USERNAME_PATTERN.test('a'.repeat(USERNAME_LENGTH.max))).toBe(true);
    expect(USERNAME_PATTERN.test('a'.repeat(USERNAME_LENGTH.min))).toBe(true);
  });
});
