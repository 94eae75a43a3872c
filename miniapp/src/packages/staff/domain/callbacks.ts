import type { SafeWindowDto, StaffCallbackDto } from '@wac/shared-types';
import { formatShanghaiInstant, shanghaiToday, weekdayOf } from '../../../domain/dates';

// The call-back queue, as the person calling needs it: whether it is safe to call now, what she
// allowed (say who we are? leave a message?) before the number, and the number only once claimed.

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** 'HH:MM' in Quanzhou now. */
function shanghaiClock(nowMs: number): string {
  return new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16);
}

/** Whether one of her windows is open right now (Asia/Shanghai); a window with no day is every day. */
export function isSafeNow(windows: readonly SafeWindowDto[], nowMs: number = Date.now()): boolean {
  const today = shanghaiToday(nowMs);
  const weekday = weekdayOf(today);
  const clock = shanghaiClock(nowMs);
  return windows.some(
    (window) =>
      (window.date ? window.date === today : true) &&
      (window.weekday ? window.weekday === weekday : true) &&
      window.from <= clock &&
      clock < window.to,
  );
}

export type SafeTime = { kind: 'now' } | { kind: 'later'; when: string } | { kind: 'none' };

/** When to call: now, at her next safe time (the server's nextSafeAt), or not within a month. */
export function safeTime(
  callback: Pick<StaffCallbackDto, 'windows' | 'nextSafeAt'>,
  nowMs: number = Date.now(),
): SafeTime {
  if (isSafeNow(callback.windows, nowMs)) {
    return { kind: 'now' };
  }
  if (callback.nextSafeAt && Date.parse(callback.nextSafeAt) > nowMs) {
    return { kind: 'later', when: formatShanghaiInstant(callback.nextSafeAt) };
  }
  return callback.nextSafeAt ? { kind: 'now' } : { kind: 'none' };
}

export type QueueState = 'open' | 'mine' | 'colleague' | 'closed' | 'withdrawn';

export function queueState(callback: Pick<StaffCallbackDto, 'status' | 'claimedByMe'>): QueueState {
  switch (callback.status) {
    case 'open':
      return 'open';
    case 'claimed':
      return callback.claimedByMe ? 'mine' : 'colleague';
    case 'closed':
      return 'closed';
    case 'withdrawn':
      return 'withdrawn';
  }
}

/** 13800005678 → '138 0000 5678' (easier to read out and check); landlines keep their dash. */
export function groupDigits(phone: string): string {
  const digits = phone.replace(/\s/g, '');
  return /^1\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}` : digits;
}

export type NumberShown =
  | { kind: 'revealed'; phone: string; display: string }
  | { kind: 'masked'; display: string }
  | { kind: 'erased' };

/**
 * The number as this staff member may see it: whole only when the server sent it (she claimed
 * it), otherwise masked (138****5678), or gone once erased.
 */
export function numberShown(
  callback: Pick<StaffCallbackDto, 'phone' | 'phoneMasked' | 'claimedByMe' | 'status'>,
): NumberShown {
  if (callback.phone && callback.claimedByMe && callback.status === 'claimed') {
    return { kind: 'revealed', phone: callback.phone, display: groupDigits(callback.phone) };
  }
  if (callback.phoneMasked) {
    return { kind: 'masked', display: callback.phoneMasked };
  }
  return { kind: 'erased' };
}
