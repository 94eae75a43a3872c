import { CALLBACK_ERRORS, describeWindow, upcomingCallDays, windowsWithChoice, validateCallback } from './callback';

describe('the call-me-back form', () => {
  const today = '2026-12-07';
  const window = { weekday: 2, from: '14:00', to: '16:00' };

  it('needs a number and at least one safe time, in plain words', () => {
    expect(validateCallback({ phone: '', windows: [], topic: '' }, today)).toEqual({
      phone: CALLBACK_ERRORS.phoneMissing,
      windows: CALLBACK_ERRORS.windowsMissing,
    });
  });

  it('explains a wrong number', () => {
    expect(validateCallback({ phone: '12345', windows: [window], topic: '' }, today)).toEqual({
      phone: CALLBACK_ERRORS.phoneInvalid,
    });
  });

  it('refuses a date that has passed, more than 7 times, and a topic over 200 characters', () => {
    expect(
      validateCallback(
        { phone: '13800001234', windows: [{ date: '2026-12-06', from: '08:00', to: '10:00' }], topic: '' },
        today,
      ).windows,
    ).toBe(CALLBACK_ERRORS.windowPast);
    expect(
      validateCallback({ phone: '13800001234', windows: Array.from({ length: 8 }, () => window), topic: '' }, today)
        .windows,
    ).toBe(CALLBACK_ERRORS.windowsTooMany);
    expect(validateCallback({ phone: '13800001234', windows: [window], topic: '字'.repeat(201) }, today).topic).toBe(
      CALLBACK_ERRORS.topicTooLong,
    );
  });

  it('is happy with a number and a time', () => {
    expect(validateCallback({ phone: '0595-22180000', windows: [window], topic: '' }, today)).toEqual({});
  });

  it('describes safe times the way people say them', () => {
    expect(describeWindow(window)).toBe('每周二 14:00–16:00');
    expect(describeWindow({ date: '2026-12-08', from: '08:00', to: '10:00' })).toBe('12月8日 周二 8:00–10:00');
  });

  it('offers the days staff call on: Monday to Friday, weekends skipped', () => {
    expect(upcomingCallDays('2026-12-10', 4)).toEqual(['2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15']);
  });

  it('counts a chosen but not added time once, and only when it is complete', () => {
    const added = [{ weekday: 2, from: '14:00', to: '16:00' }];
    const range = { from: '08:00', to: '10:00' };
    expect(windowsWithChoice(added, { kind: 'date', date: '2026-12-08', weekday: null, range })).toEqual([
      ...added,
      { date: '2026-12-08', from: '08:00', to: '10:00' },
    ]);
    expect(windowsWithChoice(added, { kind: 'weekday', date: null, weekday: 2, range: added[0]! })).toEqual(added);
    expect(windowsWithChoice(added, { kind: 'date', date: null, weekday: null, range })).toEqual(added);
    expect(windowsWithChoice(added, { kind: 'weekday', date: null, weekday: 3, range: null })).toEqual(added);
  });
});
