import { isValidPhone, phoneDigits, SAFE_WINDOWS_MAX, TOPIC_MAX_LENGTH, WORKING_DAY } from '@wac/rules';
import type { SafeWindowDto } from '@wac/shared-types';
import { addDays, formatClock, formatDay, weekdayName, weekdayOf } from './dates';

// The call-me-back form's rules; the limits and the phone patterns are the server's own (@wac/rules), so mistakes
// are caught before sending. Staff call during their working day (WORKING_DAY): only times inside it are offered,
// so she is never promised a call at 20:00 or on a Sunday.

/** Simple two-hour blocks within the call hours, chosen by tapping (no clock wheels). */
export const TIME_RANGES: readonly { from: string; to: string }[] = [
  { from: '08:00', to: '10:00' },
  { from: '10:00', to: '12:00' },
  { from: '12:00', to: '14:00' },
  { from: '14:00', to: '16:00' },
  { from: '16:00', to: '18:00' },
];

export type DayKind = 'date' | 'weekday';

/** One safe time: a given date or every week on a weekday, from–to (Asia/Shanghai). */
export type SafeWindow = SafeWindowDto;

/** The next `count` days staff call on (Monday to Friday), starting today, as choices. */
export function upcomingCallDays(today: string, count = 7): string[] {
  const days: string[] = [];
  for (let date = today; days.length < count; date = addDays(date, 1)) {
    if ((WORKING_DAY.weekdays as readonly number[]).includes(weekdayOf(date))) {
      days.push(date);
    }
  }
  return days;
}

export function dateChoiceLabel(date: string, today: string): string {
  if (date === today) {
    return `今天 ${formatDay(date)}`;
  }
  if (date === addDays(today, 1)) {
    return `明天 ${formatDay(date)}`;
  }
  return formatDay(date);
}

export function describeWindow(window: SafeWindow): string {
  const day = window.date ? formatDay(window.date, weekdayOf(window.date)) : `每${weekdayName(window.weekday ?? 1)}`;
  return `${day} ${formatClock(window.from)}–${formatClock(window.to)}`;
}

/** What she has chosen in the window builder (a day and a time block), whether or not she tapped "add". */
export interface WindowChoice {
  kind: DayKind;
  date: string | null;
  weekday: number | null;
  range: { from: string; to: string } | null;
}

/** The safe time her choice stands for, or null while the day or the time is still missing. */
export function chosenWindow(choice: WindowChoice): SafeWindow | null {
  if (!choice.range) {
    return null;
  }
  if (choice.kind === 'date') {
    return choice.date ? { date: choice.date, from: choice.range.from, to: choice.range.to } : null;
  }
  return choice.weekday ? { weekday: choice.weekday, from: choice.range.from, to: choice.range.to } : null;
}

/** The windows to send: those added, plus the one chosen but not added (what she chose counts). */
export function windowsWithChoice(windows: readonly SafeWindow[], choice: WindowChoice): SafeWindow[] {
  const chosen = chosenWindow(choice);
  if (!chosen || windows.some((window) => sameWindow(window, chosen)) || windows.length >= SAFE_WINDOWS_MAX) {
    return [...windows];
  }
  return [...windows, chosen];
}

export function sameWindow(a: SafeWindow, b: SafeWindow): boolean {
  return a.date === b.date && a.weekday === b.weekday && a.from === b.from && a.to === b.to;
}

export interface CallbackDraft {
  phone: string;
  windows: SafeWindow[];
  topic: string;
}

export type CallbackField = 'phone' | 'windows' | 'topic';

export const CALLBACK_ERRORS = {
  phoneMissing: '请填写一个可以打给您的电话号码。',
  phoneInvalid: '号码好像不对。手机号是 11 位数字；座机请加区号，比如 0595-22180000。',
  windowsMissing: '请至少添加一个方便接电话的时间。',
  windowsTooMany: `最多添加 ${SAFE_WINDOWS_MAX} 个时间。`,
  windowPast: '有一个日期已经过去了，请删掉它。',
  topicTooLong: `最多 ${TOPIC_MAX_LENGTH} 个字。`,
} as const;

/** What is wrong with the form, per field, in plain words; empty when it can be sent. */
export function validateCallback(draft: CallbackDraft, today: string): Partial<Record<CallbackField, string>> {
  const errors: Partial<Record<CallbackField, string>> = {};
  if (phoneDigits(draft.phone) === '') {
    errors.phone = CALLBACK_ERRORS.phoneMissing;
  } else if (!isValidPhone(draft.phone)) {
    errors.phone = CALLBACK_ERRORS.phoneInvalid;
  }
  if (draft.windows.length === 0) {
    errors.windows = CALLBACK_ERRORS.windowsMissing;
  } else if (draft.windows.length > SAFE_WINDOWS_MAX) {
    errors.windows = CALLBACK_ERRORS.windowsTooMany;
  } else if (draft.windows.some((window) => window.date !== undefined && window.date < today)) {
    errors.windows = CALLBACK_ERRORS.windowPast;
  }
  if (draft.topic.trim().length > TOPIC_MAX_LENGTH) {
    errors.topic = CALLBACK_ERRORS.topicTooLong;
  }
  return errors;
}
