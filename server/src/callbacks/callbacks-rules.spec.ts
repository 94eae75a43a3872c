import { parseMainlandPhone } from './phone.js';
import { isValidWindow, nextSafeMoment } from './windows.js';

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

describe('safe windows', () => {
  // Monday 5 October 2026, 10:00 in Shanghai.
  const now = new Date('2026-10-05T02:00:00Z');

  it('is now when a window is open now', () => {
    expect(nextSafeMoment([{ from: '09:00', to: '11:00' }], now)?.toISOString()).toBe(now.toISOString());
  });

  it('is the next opening of the earliest window', () => {
    const windows = [
      { weekday: 3, from: '14:00', to: '15:00' },
      { weekday: 2, from: '19:00', to: '20:00' },
      { date: '2026-10-09', from: '08:00', to: '09:00' },
    ];
    expect(nextSafeMoment(windows, now)?.toISOString()).toBe('2026-10-06T11:00:00.000Z');
  });

  it("skips today's window once it has closed, and a window in the past", () => {
    expect(nextSafeMoment([{ from: '08:00', to: '09:00' }], now)?.toISOString()).toBe('2026-10-06T00:00:00.000Z');
    expect(nextSafeMoment([{ date: '2026-10-01', from: '08:00', to: '09:00' }], now)).toBeUndefined();
  });

  it('checks a window makes sense', () => {
    expect(isValidWindow({ from: '09:00', to: '10:00' })).toBe(true);
    expect(isValidWindow({ from: '10:00', to: '10:00' })).toBe(false);
    expect(isValidWindow({ from: '11:00', to: '10:00' })).toBe(false);
    expect(isValidWindow({ date: '2026-10-09', weekday: 5, from: '09:00', to: '10:00' })).toBe(false);
  });
});
