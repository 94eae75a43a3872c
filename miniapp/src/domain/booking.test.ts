import type { AvailabilityDto } from '@wac/shared-types';
import { availabilityDay, slot } from '../../test/fixtures';
import { dayOption, dayOptions, firstBookableDay, isUpcoming, slotOptions } from './booking';

const AVAILABILITY: AvailabilityDto = {
  centreCode: 'huian',
  days: [
    availabilityDay({ date: '2026-12-06', weekday: 7, open: false, reason: 'past' }),
    availabilityDay({
      date: '2026-12-07',
      weekday: 1,
      slots: [slot('08:00', 0), slot('09:00', 1), slot('08:00', 1, 'counselling')],
    }),
    availabilityDay({ date: '2026-12-08', weekday: 2, slots: [slot('08:00', 0)] }),
    availabilityDay({ date: '2026-12-26', weekday: 6, open: true, note: '调休上班', slots: [slot('08:00', 1)] }),
    availabilityDay({ date: '2026-12-30', weekday: 3, open: false, reason: 'beyond_window' }),
    availabilityDay({ date: '2027-01-02', weekday: 6, open: false, reason: 'weekend' }),
  ],
};

describe('days', () => {
  it('counts only the free times of the chosen service', () => {
    expect(dayOption(AVAILABILITY.days[1]!, 'legal')).toMatchObject({
      selectable: true,
      full: false,
      detail: '还有 1 个时间可以约',
    });
    expect(dayOption(AVAILABILITY.days[1]!, 'counselling')).toMatchObject({
      selectable: true,
      detail: '还有 1 个时间可以约',
    });
  });

  it('marks a day whose every time is taken as full (a waiting list is possible), not closed', () => {
    expect(dayOption(AVAILABILITY.days[2]!, 'legal')).toMatchObject({
      selectable: false,
      full: true,
      detail: '已约满',
    });
  });

  it('says when an open day is an unusual working day (调休)', () => {
    expect(dayOption(AVAILABILITY.days[3]!, 'legal').detail).toBe('还有 1 个时间可以约（调休上班）');
  });

  it('marks the days of a year without its official holiday schedule as possibly changing', () => {
    const provisional = { provisional: true, slots: [slot('08:00', 1)] };
    expect(dayOption(availabilityDay({ date: '2027-01-04', ...provisional }), 'legal').detail).toBe(
      '还有 1 个时间可以约（可能因节假日安排调整）',
    );
    expect(
      dayOption(
        availabilityDay({ date: '2027-01-01', ...provisional, open: false, reason: 'holiday', note: '元旦' }),
        'legal',
      ).detail,
    ).toBe('元旦，休息（可能因节假日安排调整）');
    // A centre's own closure is no holiday guess: it does not change with the official schedule.
    expect(
      dayOption(availabilityDay({ date: '2027-01-05', ...provisional, open: false, reason: 'closure' }), 'legal')
        .detail,
    ).toBe('暂停接待');
  });

  it.each([
    ['weekend', null, '周末休息'],
    ['holiday', '国庆节', '国庆节，休息'],
    ['closure', null, '暂停接待'],
    ['no_one_on_duty', null, '当天没有值班人员'],
  ] as const)('a closed day (%s) says why in plain words', (reason, note, text) => {
    expect(
      dayOption(availabilityDay({ date: '2026-12-05', weekday: 6, open: false, reason, note }), 'legal'),
    ).toMatchObject({
      selectable: false,
      full: false,
      detail: text,
      label: '12月5日 周六',
    });
  });

  it('drops past days, and everything from the first day beyond the booking window (weekends too), summed up in one line', () => {
    const { days, laterDaysHidden } = dayOptions(AVAILABILITY, 'legal');
    expect(days.map((day) => day.date)).toEqual(['2026-12-07', '2026-12-08', '2026-12-26']);
    expect(laterDaysHidden).toBe(true);
  });

  it('finds the first day with room for a service', () => {
    expect(firstBookableDay(AVAILABILITY, 'legal')).toBe('2026-12-07');
    expect(firstBookableDay(AVAILABILITY, 'mediation')).toBeUndefined();
  });
});

describe('times', () => {
  it('lists the service’s times with what is left; full ones cannot be chosen', () => {
    expect(slotOptions(AVAILABILITY, '2026-12-07', 'legal')).toEqual([
      expect.objectContaining({ slotId: 's-legal-08:00', label: '8:00–8:50', detail: '已约满', selectable: false }),
      expect.objectContaining({
        slotId: 's-legal-09:00',
        label: '9:00–9:50',
        detail: '还有 1 个名额',
        selectable: true,
      }),
    ]);
    expect(slotOptions(AVAILABILITY, '2026-12-30', 'legal')).toEqual([]);
  });
});

describe('isUpcoming', () => {
  const now = Date.parse('2026-12-07T00:00:00Z');
  it('only pending or confirmed bookings that have not started can be changed', () => {
    expect(isUpcoming({ status: 'pending', startsAt: '2026-12-07T01:00:00Z' }, now)).toBe(true);
    expect(isUpcoming({ status: 'confirmed', startsAt: '2026-12-06T23:00:00Z' }, now)).toBe(false);
    expect(isUpcoming({ status: 'cancelled', startsAt: '2026-12-08T01:00:00Z' }, now)).toBe(false);
  });
});
