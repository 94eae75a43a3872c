import { isValidWindow, nextSafeMoment } from './windows.js';

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
