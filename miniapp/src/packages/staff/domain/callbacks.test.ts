import { staffCallback } from '../testing/fixtures';
import { groupDigits, isSafeNow, numberShown, queueState, safeTime } from './callbacks';

// Tuesday 2026-12-01, 14:30 in Quanzhou.
const TUESDAY_1430 = Date.parse('2026-12-01T06:30:00.000Z');

describe('is it safe to call now?', () => {
  it('inside a weekly window on that weekday', () => {
    expect(isSafeNow([{ weekday: 2, from: '14:00', to: '16:00' }], TUESDAY_1430)).toBe(true);
    expect(isSafeNow([{ weekday: 3, from: '14:00', to: '16:00' }], TUESDAY_1430)).toBe(false);
  });

  it('inside a window on that date; the end is not included', () => {
    expect(isSafeNow([{ date: '2026-12-01', from: '14:00', to: '14:30' }], TUESDAY_1430)).toBe(false);
    expect(isSafeNow([{ date: '2026-12-01', from: '14:30', to: '15:00' }], TUESDAY_1430)).toBe(true);
    expect(isSafeNow([{ date: '2026-12-02', from: '14:00', to: '16:00' }], TUESDAY_1430)).toBe(false);
  });

  it('a window with neither date nor weekday is every day', () => {
    expect(isSafeNow([{ from: '14:00', to: '15:00' }], TUESDAY_1430)).toBe(true);
  });

  it('tells when: now, her next safe time, or none within a month', () => {
    expect(safeTime(staffCallback({ windows: [{ weekday: 2, from: '14:00', to: '16:00' }] }), TUESDAY_1430)).toEqual({
      kind: 'now',
    });
    expect(
      safeTime(
        staffCallback({
          windows: [{ weekday: 3, from: '10:00', to: '12:00' }],
          nextSafeAt: '2026-12-02T02:00:00.000Z',
        }),
        TUESDAY_1430,
      ),
    ).toEqual({
      kind: 'later',
      when: '12月2日 周三 10:00',
    });
    expect(
      safeTime(
        staffCallback({ windows: [{ date: '2026-10-01', from: '10:00', to: '12:00' }], nextSafeAt: null }),
        TUESDAY_1430,
      ),
    ).toEqual({ kind: 'none' });
  });
});

describe('the number', () => {
  it('is masked until claimed', () => {
    expect(numberShown(staffCallback({ status: 'open', phone: null }))).toEqual({
      kind: 'masked',
      display: '138****5678',
    });
  });

  it('is whole once claimed by this staff member (the server sends it only then)', () => {
    expect(
      numberShown(staffCallback({ status: 'claimed', claimed: true, claimedByMe: true, phone: '13800005678' })),
    ).toEqual({
      kind: 'revealed',
      phone: '13800005678',
      display: '138 0000 5678',
    });
  });

  it('stays masked for anyone else, even if a number were sent', () => {
    expect(
      numberShown(staffCallback({ status: 'claimed', claimed: true, claimedByMe: false, phone: '13800005678' })).kind,
    ).toBe('masked');
  });

  it('is hidden once closed, and gone once erased', () => {
    expect(numberShown(staffCallback({ status: 'closed', claimedByMe: true, phone: null })).kind).toBe('masked');
    expect(numberShown(staffCallback({ status: 'withdrawn', phoneMasked: null })).kind).toBe('erased');
  });

  it('groups a mobile number for reading out; a landline stays as it is', () => {
    expect(groupDigits('13800005678')).toBe('138 0000 5678');
    expect(groupDigits('059522180000')).toBe('059522180000');
  });
});

describe('who has it', () => {
  it('open, mine, a colleague’s, or ended', () => {
    expect(queueState({ status: 'open', claimedByMe: false })).toBe('open');
    expect(queueState({ status: 'claimed', claimedByMe: true })).toBe('mine');
    expect(queueState({ status: 'claimed', claimedByMe: false })).toBe('colleague');
    expect(queueState({ status: 'closed', claimedByMe: true })).toBe('closed');
    expect(queueState({ status: 'withdrawn', claimedByMe: false })).toBe('withdrawn');
  });
});
