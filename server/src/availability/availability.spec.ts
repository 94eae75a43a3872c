import type { DayStatus } from '../calendar/service-day.js';
import {
  checkSlot,
  dayCapacity,
  daySlots,
  dayUnbookableReason,
  remainingPlaces,
  slotsValidUntil,
  slotTimes,
  takenKey,
  type DayContext,
  type Taken,
} from './availability.js';
import { DEFAULT_SLOT_RULES, type SlotRules } from './slot-template.entity.js';

const lawyer = { professions: ['lawyer' as const] };
const counsellor = { professions: ['counsellor' as const] };
const mediator = { professions: ['mediator' as const] };
const volunteer = { professions: ['volunteer' as const] };
const nothingTaken: Taken = { byService: new Map(), byTime: new Map() };
const OPEN: DayStatus = { open: true, note: null, provisional: false };

/** Monday 2026-11-30, 07:00 in Shanghai. */
const MONDAY_7AM = new Date('2026-11-29T23:00:00Z');

function day(overrides: Partial<DayContext> = {}, rules: Partial<SlotRules> = {}): DayContext {
  const fullRules = { ...DEFAULT_SLOT_RULES, ...rules };
  return {
    date: '2026-11-30',
    status: OPEN,
    centreOpen: true,
    capacity: dayCapacity([lawyer, counsellor, mediator], fullRules),
    rules: fullRules,
    now: MONDAY_7AM,
    ...overrides,
  };
}

describe('slotTimes', () => {
  it('cuts 08:00–12:00 into 50-minute sessions with 10 minutes for notes', () => {
    expect(slotTimes(DEFAULT_SLOT_RULES)).toEqual([
      { start: '08:00', end: '08:50' },
      { start: '09:00', end: '09:50' },
      { start: '10:00', end: '10:50' },
      { start: '11:00', end: '11:50' },
    ]);
  });

  it('keeps only sessions that end by closing time', () => {
    expect(
      slotTimes({ slotMinutes: 45, bufferMinutes: 30, dayStart: '08:00', dayEnd: '12:00' }).map((t) => t.start),
    ).toEqual(['08:00', '09:15', '10:30']);
    expect(slotTimes({ slotMinutes: 30, bufferMinutes: 0, dayStart: '08:00', dayEnd: '12:00' })).toHaveLength(8);
    expect(slotTimes({ slotMinutes: 300, bufferMinutes: 0, dayStart: '08:00', dayEnd: '12:00' })).toEqual([]);
  });
});

describe('dayCapacity', () => {
  it('counts the people of each profession on duty, limited by rooms not held for walk-ins', () => {
    expect(dayCapacity([lawyer, lawyer, counsellor], { rooms: 2, walkInReserve: 0 })).toEqual({
      services: { legal: 2, counselling: 1, mediation: 0 },
      rooms: 2,
    });
    expect(dayCapacity([lawyer, lawyer, counsellor], { rooms: 2, walkInReserve: 1 })).toEqual({
      services: { legal: 2, counselling: 1, mediation: 0 },
      rooms: 1,
    });
    expect(dayCapacity([lawyer, lawyer, counsellor], { rooms: 1, walkInReserve: 3 }).rooms).toBe(0);
  });

  it('never offers more sessions at once than professionals on duty, and ignores other helpers', () => {
    expect(dayCapacity([lawyer, volunteer, volunteer], { rooms: 5, walkInReserve: 0 }).rooms).toBe(1);
    const both = { professions: ['lawyer' as const, 'mediator' as const] };
    expect(dayCapacity([both], { rooms: 3, walkInReserve: 0 })).toEqual({
      services: { legal: 1, counselling: 0, mediation: 1 },
      rooms: 1,
    });
    expect(dayCapacity([], { rooms: 3, walkInReserve: 0 })).toEqual({
      services: { legal: 0, counselling: 0, mediation: 0 },
      rooms: 0,
    });
  });
});

describe('remainingPlaces', () => {
  it('is the smaller of the service places and the rooms left', () => {
    const capacity = { services: { legal: 2, counselling: 1, mediation: 1 }, rooms: 2 };
    const taken: Taken = { byService: new Map([[takenKey('09:00', 'legal'), 1]]), byTime: new Map([['09:00', 1]]) };
    expect(remainingPlaces(capacity, taken, '09:00', 'legal')).toBe(1);
    expect(remainingPlaces(capacity, taken, '09:00', 'counselling')).toBe(1);
    const roomsFull: Taken = { byService: new Map([[takenKey('09:00', 'legal'), 2]]), byTime: new Map([['09:00', 2]]) };
    expect(remainingPlaces(capacity, roomsFull, '09:00', 'counselling')).toBe(0);
    expect(remainingPlaces(capacity, nothingTaken, '10:00', 'legal')).toBe(2);
  });
});

describe('dayUnbookableReason', () => {
  it.each<[string, Partial<DayContext>, Partial<SlotRules>, string | undefined]>([
    ['an ordinary open day', {}, {}, undefined],
    ['a centre still in preparation', { centreOpen: false }, {}, 'centre_not_open'],
    [
      'a weekend',
      { date: '2026-12-05', status: { open: false, reason: 'weekend', note: null, provisional: false } },
      {},
      'weekend',
    ],
    ['yesterday', { date: '2026-11-29' }, {}, 'past'],
    ['the last day of the window', { date: '2026-12-14' }, {}, undefined],
    ['the day after the window', { date: '2026-12-15' }, {}, 'beyond_window'],
    ['a shorter window', { date: '2026-12-04' }, { bookingWindowDays: 3 }, 'beyond_window'],
    [
      'a day with nobody on duty',
      { capacity: { services: { legal: 0, counselling: 0, mediation: 0 }, rooms: 0 } },
      {},
      'no_one_on_duty',
    ],
  ])('%s', (_label, overrides, rules, expected) => {
    expect(dayUnbookableReason(day(overrides, rules))?.reason).toBe(expected);
  });

  it('passes on the holiday name', () => {
    expect(
      dayUnbookableReason(day({ status: { open: false, reason: 'holiday', note: '元旦', provisional: false } })),
    ).toEqual({
      reason: 'holiday',
      note: '元旦',
    });
  });
});

describe('daySlots', () => {
  it('offers every session for every service that has someone on duty', () => {
    const slots = daySlots(day({ capacity: dayCapacity([lawyer, counsellor], DEFAULT_SLOT_RULES) }), nothingTaken, [
      'legal',
      'counselling',
      'mediation',
    ]);
    expect(slots).toHaveLength(8);
    expect(new Set(slots.map((s) => s.service))).toEqual(new Set(['legal', 'counselling']));
    expect(slots.every((s) => s.remaining === 1)).toBe(true);
  });

  it('leaves out sessions inside the lead time, and those already begun', () => {
    // 08:30 in Shanghai with a 60-minute lead: 08:00 has begun and 09:00 is too soon.
    const slots = daySlots(day({ now: new Date('2026-11-30T00:30:00Z') }), nothingTaken, ['legal']);
    expect(slots.map((s) => s.start)).toEqual(['10:00', '11:00']);
    const noLead = daySlots(day({ now: new Date('2026-11-30T00:30:00Z') }, { leadTimeMinutes: 0 }), nothingTaken, [
      'legal',
    ]);
    expect(noLead.map((s) => s.start)).toEqual(['09:00', '10:00', '11:00']);
  });

  it('shows a full session with 0 places left', () => {
    const taken: Taken = { byService: new Map([[takenKey('08:00', 'legal'), 1]]), byTime: new Map([['08:00', 1]]) };
    const legal = daySlots(day(), taken, ['legal']);
    expect(legal.find((s) => s.start === '08:00')?.remaining).toBe(0);
    expect(legal.find((s) => s.start === '09:00')?.remaining).toBe(1);
  });

  it('offers nothing on a day that cannot be booked', () => {
    expect(daySlots(day({ centreOpen: false }), nothingTaken, ['legal'])).toEqual([]);
  });
});

describe('checkSlot', () => {
  it.each<[string, Partial<DayContext>, string, string | undefined]>([
    ['a free session', {}, '09:00', undefined],
    ['a time between sessions', {}, '08:13', 'not_a_slot_time'],
    ['a time after closing', {}, '12:00', 'not_a_slot_time'],
    ['a session starting within the hour', { now: new Date('2026-11-30T00:30:00Z') }, '09:00', 'too_soon'],
    ['a session already begun', { now: new Date('2026-11-30T00:30:00Z') }, '08:00', 'too_soon'],
    [
      'a closed day',
      { status: { open: false, reason: 'closure', note: null, provisional: false } },
      '09:00',
      'closure',
    ],
  ])('%s', (_label, overrides, start, expected) => {
    expect(checkSlot(day(overrides), start, 'legal')).toBe(expected);
  });

  it('refuses a service nobody on duty gives', () => {
    expect(checkSlot(day({ capacity: dayCapacity([lawyer], DEFAULT_SLOT_RULES) }), '09:00', 'counselling')).toBe(
      'service_not_offered',
    );
  });
});

describe('slotsValidUntil', () => {
  const at = (shanghai: string) => new Date(`${shanghai.replace(' ', 'T')}:00+08:00`);
  const week = (now: Date, rules: Partial<SlotRules> = {}) =>
    ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'].map((date) => day({ date, now }, rules));
  /** What an answer holds that depends on the time: each day's reason and its offered slots. */
  const judged = (days: DayContext[], now: Date) =>
    days.map((d) => {
      const atNow = { ...d, now };
      return [dayUnbookableReason(atNow)?.reason, daySlots(atNow, nothingTaken, ['legal']).map((x) => x.start)];
    });

  it('ends when the next session stops being offered (its lead time begins)', () => {
    // 08:00 with a 60-minute lead is offered until 07:00:00.000 inclusive.
    expect(slotsValidUntil(week(at('2026-11-30 06:30')), at('2026-11-30 06:30'))).toBe(
      at('2026-11-30 07:00').getTime() + 1,
    );
    expect(slotsValidUntil(week(at('2026-11-30 07:00')), at('2026-11-30 07:00'))).toBe(
      at('2026-11-30 07:00').getTime() + 1,
    );
    expect(slotsValidUntil(week(at('2026-11-30 07:01')), at('2026-11-30 07:01'))).toBe(
      at('2026-11-30 08:00').getTime() + 1,
    );
  });

  it('ends at the next Shanghai midnight once today has no session left to lose', () => {
    expect(slotsValidUntil(week(at('2026-11-30 10:30')), at('2026-11-30 10:30'))).toBe(
      at('2026-12-01 00:00').getTime(),
    );
  });

  it('counts a long lead time reaching days after tomorrow', () => {
    const now = at('2026-11-30 13:00');
    const rules = { leadTimeMinutes: 3 * 24 * 60, bookingWindowDays: 14 };
    // Thursday's sessions less three days fall on Monday 08:00–11:00: at 13:00 all are gone, so midnight is next;
    // at 08:30 Thursday's 09:00 session is the next to go.
    expect(slotsValidUntil(week(now, rules), now)).toBe(at('2026-12-01 00:00').getTime());
    const morning = at('2026-11-30 08:30');
    expect(slotsValidUntil(week(morning, rules), morning)).toBe(at('2026-11-30 09:00').getTime() + 1);
  });

  it.each([
    '2026-11-30 05:00',
    '2026-11-30 07:00',
    '2026-11-30 09:59',
    '2026-11-30 11:30',
    '2026-12-01 06:45',
    '2026-12-01 23:59',
  ])('gives an answer that stays the same until then and changes at that moment (now %s)', (shanghai) => {
    for (const rules of [
      {},
      { leadTimeMinutes: 0 },
      { leadTimeMinutes: 1500 },
      { slotMinutes: 25, bufferMinutes: 5 },
    ]) {
      const now = at(shanghai);
      const days = week(now, rules);
      const until = slotsValidUntil(days, now);
      expect(until).toBeGreaterThan(now.getTime());
      const before = judged(days, now);
      for (let t = now.getTime(); t < until; t += 7 * 60 * 1000) {
        expect(judged(days, new Date(t))).toEqual(before);
      }
      expect(judged(days, new Date(until - 1))).toEqual(before);
      expect(judged(days, new Date(until))).not.toEqual(before);
    }
  });
});
