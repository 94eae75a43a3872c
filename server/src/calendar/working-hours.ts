import { eachDate, shanghaiClock, shanghaiInstant, WORKING_DAY } from '@wac/rules';

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
