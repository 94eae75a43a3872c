import { dueAt, isDue, type JobSchedule } from './schedule.js';

const at = (iso: string) => new Date(iso);
/** 07:30 in Shanghai is 23:30 UTC the day before. */
const digest: JobSchedule = { dailyAt: '07:30', catchUpMs: 2 * 3600 * 1000 };

describe('job schedules', () => {
  it('runs an interval job at once the first time, then every interval after it last started', () => {
    const every = { everyMs: 60_000 };
    expect(isDue(every, null, at('2026-12-01T10:00:00Z'))).toBe(true);
    expect(isDue(every, at('2026-12-01T10:00:00Z'), at('2026-12-01T10:00:59Z'))).toBe(false);
    expect(isDue(every, at('2026-12-01T10:00:00Z'), at('2026-12-01T10:01:00Z'))).toBe(true);
    expect(dueAt(every, at('2026-12-01T10:00:00Z'), at('2026-12-01T10:00:30Z'))).toEqual(at('2026-12-01T10:01:00Z'));
  });

  it('runs a daily job once at its Shanghai time, whatever the date in UTC', () => {
    // 07:29 Shanghai on 2 December: not yet; the next run is at 07:30.
    expect(dueAt(digest, null, at('2026-12-01T23:29:00Z'))).toEqual(at('2026-12-01T23:30:00Z'));
    expect(isDue(digest, null, at('2026-12-01T23:30:00Z'))).toBe(true);
    // Ran at 07:30:05: not again until tomorrow 07:30.
    expect(isDue(digest, at('2026-12-01T23:30:05Z'), at('2026-12-02T03:00:00Z'))).toBe(false);
    expect(dueAt(digest, at('2026-12-01T23:30:05Z'), at('2026-12-02T03:00:00Z'))).toEqual(at('2026-12-02T23:30:00Z'));
    // Yesterday's run does not stop today's.
    expect(isDue(digest, at('2026-11-30T23:30:01Z'), at('2026-12-01T23:31:00Z'))).toBe(true);
  });

  it('catches up on a daily run missed briefly, and skips one missed for longer', () => {
    // The servers came back at 08:40: still within two hours of 07:30.
    expect(isDue(digest, at('2026-11-30T23:30:01Z'), at('2026-12-02T00:40:00Z'))).toBe(true);
    // At 15:00 the morning digest is skipped: due tomorrow at 07:30.
    expect(dueAt(digest, at('2026-11-30T23:30:01Z'), at('2026-12-02T07:00:00Z'))).toEqual(at('2026-12-02T23:30:00Z'));
    expect(isDue(digest, null, at('2026-12-02T07:00:00Z'))).toBe(false);
  });
});
