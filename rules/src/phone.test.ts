import { isValidPhone, maskPhone, parseMainlandPhone, phoneDigits } from './phone.js';

describe('parseMainlandPhone', () => {
  it.each([
    ['13800135678', '13800135678', '138****5678'],
    ['138 0013 5678', '13800135678', '138****5678'],
    ['+86 199-1234-5678', '19912345678', '199****5678'],
    ['0086 15012345678', '15012345678', '150****5678'],
    ['0595-22881234', '0595-22881234', '0595-****1234'],
    ['(0595) 2288 123', '0595-2288123', '0595-****8123'],
    ['010-62345678', '010-62345678', '010-****5678'],
    ['02188889999', '021-88889999', '021-****9999'],
  ])('reads %s', (input, normalized, masked) => {
    expect(parseMainlandPhone(input)).toEqual({ normalized, masked });
  });

  it.each([
    '',
    '12345678901',
    '1380013567',
    '138001356789',
    '+1 415 555 0100',
    '0595-123',
    '010-1234567',
    'abc',
    '110',
    '12338',
  ])('refuses %s', (input) => {
    expect(parseMainlandPhone(input)).toBeUndefined();
  });
});

describe('phone numbers she types', () => {
  it.each(['13800001234', '138 0000 1234', '+86 138-0000-1234', '0595-22180000', '(0595)2218000', '010-12345678'])(
    'accepts %s',
    (input) => {
      expect(isValidPhone(input)).toBe(true);
    },
  );

  it.each(['12345', '23800001234', '1380000123', '0595-123', '110', ''])('refuses %s', (input) => {
    expect(isValidPhone(input)).toBe(false);
  });

  it('sends only the digits', () => {
    expect(phoneDigits(' +86 138-0000 1234 ')).toBe('13800001234');
  });
});

describe('the masked form', () => {
  it('keeps the first three (or the area code) and the last four digits', () => {
    expect(maskPhone('13800135678')).toBe('138****5678');
    expect(maskPhone('0595-22881234')).toBe('0595-****1234');
  });
});
