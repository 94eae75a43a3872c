import { staffBooking } from '../testing/fixtures';
import { arrivalNeedsCheck, bookingButtons, groupByDayAndTime, sectionBookings } from './bookings';

const NOW = Date.parse('2026-12-01T02:00:00.000Z'); // 10:00 in Quanzhou
const BEFORE = '2026-12-01T03:00:00.000Z';
const AFTER = '2026-12-01T01:00:00.000Z';

describe('the bookings list', () => {
  const items = [
    staffBooking({ id: 'late', date: '2026-12-02', start: '10:00', end: '10:50', status: 'confirmed' }),
    staffBooking({ id: 'new-tomorrow', date: '2026-12-02', start: '08:00', end: '08:50', status: 'pending' }),
    staffBooking({ id: 'early', date: '2026-12-01', start: '08:00', end: '08:50', status: 'confirmed' }),
    staffBooking({
      id: 'same-time',
      date: '2026-12-01',
      start: '08:00',
      end: '08:50',
      status: 'arrived',
      createdAt: '2026-11-30T00:00:00.000Z',
    }),
    staffBooking({ id: 'new-today', date: '2026-12-01', start: '11:00', end: '11:50', status: 'pending' }),
    staffBooking({ id: 'held', date: '2026-12-01', start: '09:00', end: '09:50', status: 'offered' }),
    staffBooking({ id: 'cancelled', date: '2026-12-01', start: '09:00', end: '09:50', status: 'cancelled' }),
    staffBooking({ id: 'declined', date: '2026-12-03', start: '09:00', end: '09:50', status: 'declined' }),
  ];

  it('puts new (pending) requests first, soonest first', () => {
    const sections = sectionBookings(items, '2026-12-01');
    expect(sections.pendingCount).toBe(2);
    expect(sections.pending.flatMap((day) => day.times.flatMap((time) => time.bookings.map((b) => b.id)))).toEqual([
      'new-today',
      'new-tomorrow',
    ]);
  });

  it('groups the rest by day, then by time, bookings at the same time together', () => {
    const { schedule } = sectionBookings(items, '2026-12-01');
    expect(schedule.map((day) => day.label)).toEqual(['今天 12月1日 周二', '12月2日 周三']);
    expect(schedule[0]!.times.map((time) => [time.label, time.bookings.map((b) => b.id)])).toEqual([
      ['8:00–8:50', ['early', 'same-time']],
      ['9:00–9:50', ['held']],
    ]);
  });

  it('keeps declined and cancelled ones apart (shown on request)', () => {
    const sections = sectionBookings(items, '2026-12-01');
    expect(sections.endedCount).toBe(2);
    expect(sections.ended.map((day) => day.date)).toEqual(['2026-12-01', '2026-12-03']);
  });

  it('is empty for no bookings', () => {
    expect(groupByDayAndTime([])).toEqual([]);
  });
});

describe('what can be done with a booking', () => {
  it('a new request before its start: confirm, decline, or mark arrived', () => {
    expect(bookingButtons(staffBooking({ status: 'pending', startsAt: BEFORE }), NOW)).toEqual([
      'confirm',
      'decline',
      'arrive',
    ]);
  });

  it('after the start: no confirming any more, and a no-show can be recorded', () => {
    expect(bookingButtons(staffBooking({ status: 'pending', startsAt: AFTER }), NOW)).toEqual([
      'arrive',
      'no-show',
      'decline',
    ]);
    expect(bookingButtons(staffBooking({ status: 'confirmed', startsAt: AFTER }), NOW)).toEqual([
      'arrive',
      'no-show',
      'decline',
    ]);
  });

  it('a confirmed booking before its start: arrived or decline, no no-show yet', () => {
    expect(bookingButtons(staffBooking({ status: 'confirmed', startsAt: BEFORE }), NOW)).toEqual(['arrive', 'decline']);
  });

  it('arrived → complete; completed → register its record, once', () => {
    expect(bookingButtons(staffBooking({ status: 'arrived' }), NOW)).toEqual(['complete']);
    expect(bookingButtons(staffBooking({ status: 'completed', recorded: false }), NOW)).toEqual(['record']);
    expect(bookingButtons(staffBooking({ status: 'completed', recorded: true }), NOW)).toEqual([]);
  });

  it('a place held for a waiting-list offer, and ended bookings: nothing', () => {
    for (const status of ['offered', 'declined', 'cancelled', 'no_show'] as const) {
      expect(bookingButtons(staffBooking({ status }), NOW)).toEqual([]);
    }
  });

  it('asks once more before marking arrived on another day', () => {
    expect(arrivalNeedsCheck({ date: '2026-12-02' }, '2026-12-01')).toBe(true);
    expect(arrivalNeedsCheck({ date: '2026-12-01' }, '2026-12-01')).toBe(false);
  });
});
