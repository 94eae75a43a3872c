import { addDays, clockToMinutes, isoWeekday, shanghaiClock, shanghaiInstant } from '@wac/rules';

/** A time she says it is safe to call: on a date, on a weekday every week, or (neither given) any day. */
export interface SafeWindow {
  date?: string;
  weekday?: number;
  from: string;
  to: string;
}

const LOOKAHEAD_DAYS = 31;

/**
 * The earliest moment from `now` at which one of her windows is open (now itself if one is open now), or undefined
 * when none opens in the next month. The callback queue is ordered by this.
 */
export function nextSafeMoment(windows: readonly SafeWindow[], now: Date): Date | undefined {
  const today = shanghaiClock(now).date;
  let best: Date | undefined;
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset += 1) {
    const date = addDays(today, offset);
    for (const window of windows) {
      if ((window.date && window.date !== date) || (window.weekday && window.weekday !== isoWeekday(date))) {
        continue;
      }
      const opens = shanghaiInstant(date, window.from);
      const closes = shanghaiInstant(date, window.to);
      if (closes.getTime() <= now.getTime()) {
        continue;
      }
      const candidate = opens.getTime() > now.getTime() ? opens : now;
      if (!best || candidate.getTime() < best.getTime()) {
        best = candidate;
      }
    }
    if (best) {
      return best;
    }
  }
  return best;
}

export function isValidWindow(window: SafeWindow): boolean {
  return clockToMinutes(window.from) < clockToMinutes(window.to) && !(window.date && window.weekday);
}
