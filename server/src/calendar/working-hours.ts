import { eachDate, shanghaiClock, shanghaiInstant } from './dates.js';

/** The staff's working day at a centre (Shanghai time): the office day around the morning consultations. */
export const WORKING_DAY = { start: '08:00', end: '18:00' } as const;

/**
 * Minutes of working time between two instants, counting only the working hours of days the centre works
 * (`isWorkingDay`): a booking asked for on Friday evening has waited no working time by Monday 08:00.
 */
export function workingMinutesBetween(from: Date, to: Date, isWorkingDay: (date: string) => boolean): number {
  if (to.getTime() <= from.getTime()) {
    return 0;
  }
  let minutes = 0;
  for (const date of eachDate(shanghaiClock(from).date, shanghaiClock(to).date)) {
    if (!isWorkingDay(date)) {
      continue;
    }
    const start = Math.max(shanghaiInstant(date, WORKING_DAY.start).getTime(), from.getTime());
    const end = Math.min(shanghaiInstant(date, WORKING_DAY.end).getTime(), to.getTime());
    minutes += Math.max(0, end - start) / 60000;
  }
  return Math.floor(minutes);
}
