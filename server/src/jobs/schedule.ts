import { addDays, shanghaiClock, shanghaiInstant } from '@wac/rules';

/**
 * How often a job runs: every so many milliseconds, or once a day at a Shanghai wall-clock time (`HH:MM`). A daily
 * run missed by more than `catchUpMs` (the servers were down at that time) is skipped, not sent late: a 07:30
 * digest of the day is no use at 15:00.
 */
export type JobSchedule = { everyMs: number } | { dailyAt: string; catchUpMs: number };

/** The instant from which the job is due again. A job that never ran is due at once (a daily one: at its time). */
export function dueAt(schedule: JobSchedule, lastStartedAt: Date | null, now: Date): Date {
  if ('everyMs' in schedule) {
    return lastStartedAt ? new Date(lastStartedAt.getTime() + schedule.everyMs) : now;
  }
  const today = shanghaiClock(now).date;
  const todays = shanghaiInstant(today, schedule.dailyAt);
  const latest = todays.getTime() <= now.getTime() ? todays : shanghaiInstant(addDays(today, -1), schedule.dailyAt);
  const next = shanghaiInstant(addDays(shanghaiClock(latest).date, 1), schedule.dailyAt);
  const ranSinceLatest = lastStartedAt !== null && lastStartedAt.getTime() >= latest.getTime();
  const missedTooLong = now.getTime() - latest.getTime() > schedule.catchUpMs;
  return ranSinceLatest || missedTooLong ? next : latest;
}

export function isDue(schedule: JobSchedule, lastStartedAt: Date | null, now: Date): boolean {
  return dueAt(schedule, lastStartedAt, now).getTime() <= now.getTime();
}
