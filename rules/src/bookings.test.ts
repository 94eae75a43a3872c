import {
  BOOKABLE_SERVICE_LABELS,
  BOOKABLE_SERVICES,
  BOOKING_NEEDS,
  BOOKING_STATUS_LABELS,
  BOOKING_STATUSES,
  NEED_LABELS,
  NEED_TAGS,
} from './bookings.js';

describe('the names of what she books', () => {
  it.each([
    ['services', BOOKABLE_SERVICES, BOOKABLE_SERVICE_LABELS],
    ['needs, in her words', BOOKING_NEEDS, NEED_LABELS],
    ['needs, as tags', BOOKING_NEEDS, NEED_TAGS],
    ['booking states', BOOKING_STATUSES, BOOKING_STATUS_LABELS],
  ] as [string, readonly string[], Record<string, string>][])(
    'names every one of the %s, each differently',
    (_, codes, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...codes].sort());
      expect(new Set(Object.values(labels)).size).toBe(codes.length);
    },
  );

  it('keeps a tag shorter than her own words for the same need', () => {
    for (const need of BOOKING_NEEDS) {
      expect(NEED_TAGS[need].length).toBeLessThan(NEED_LABELS[need].length);
    }
  });
});
