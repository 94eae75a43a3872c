import type {
  AvailabilityDayDto,
  AvailabilityDto,
  AvailableSlotDto,
  BookableService,
  BookingDto,
  BookingNeed,
  BookingStatus,
  CallbackStatus,
  DeclineReason,
  WaitlistStatus,
} from '@wac/shared-types';
import { formatClock, formatDay } from './dates';

// Plain, neutral words for the booking flow. A screen can be seen by others: nothing names the
// reason someone may need help.

export const SERVICE_CHOICES: Record<BookableService, { title: string; detail: string }> = {
  legal: { title: '法律咨询', detail: '律师帮您弄清楚法律上可以怎么办，比如婚姻、财产、孩子的事。' },
  counselling: { title: '心理疏导', detail: '心理咨询师听您说说心里话，帮您理一理心情和想法。' },
  mediation: { title: '家事调解', detail: '调解员帮家里人把话说开，一起商量解决办法。' },
};

export type Need = BookingNeed;

export const BOOKING_STATUS_LABELS: Record<BookingStatus, { title: string; detail: string }> = {
  offered: { title: '为您保留的空位', detail: '请在保留时间内确认。' },
  pending: { title: '等待确认', detail: '中心工作人员确认后，这里会显示“已确认”。' },
  confirmed: { title: '已确认', detail: '请按时到中心，带上身份证件（没有也可以来）。' },
  declined: { title: '没能安排', detail: '' },
  cancelled: { title: '已取消', detail: '' },
  arrived: { title: '已到中心', detail: '' },
  completed: { title: '已完成', detail: '' },
  no_show: { title: '没有来', detail: '不影响以后预约。' },
  day_closed: { title: '需要改约', detail: '中心当天暂停服务，请改约其他时间，或取消。' },
};

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  fully_booked: '这个时间已经约满了，请换一个时间。',
  staff_unavailable: '当天工作人员临时有安排，请换一个时间。',
  centre_closed: '中心当天不接待，请换一个日期。',
  other_service_better: '中心建议换一种服务，可以打电话给中心商量。',
  other: '请打电话给中心了解情况，或换一个时间。',
};

export const CALLBACK_STATUS_LABELS: Record<CallbackStatus, { title: string; detail: string }> = {
  open: { title: '等待回电', detail: '工作人员会在您说方便的时间打给您。' },
  claimed: { title: '正在安排回电', detail: '工作人员会在您说方便的时间打给您。' },
  closed: { title: '已完成', detail: '' },
  withdrawn: { title: '已撤回', detail: '号码已删除。' },
};

export const WAITLIST_STATUS_LABELS: Record<WaitlistStatus, { title: string; detail: string }> = {
  waiting: { title: '排队等空位', detail: '有人取消时，会先为排在前面的人保留。' },
  offered: { title: '有空位了', detail: '这个位置为您保留一段时间，请在时间内确认。' },
  accepted: { title: '已接受', detail: '已变成您的预约，见上面的预约。' },
  declined: { title: '已放弃这个空位', detail: '' },
  expired: { title: '保留时间已过', detail: '这个空位已让给下一位。' },
  withdrawn: { title: '已不再等待', detail: '' },
  lapsed: { title: '日期已过', detail: '' },
};

/** What she can still do with a booking: change or cancel it only before it starts (one to move, too). */
export function isUpcoming(booking: Pick<BookingDto, 'status' | 'startsAt'>, nowMs: number = Date.now()): boolean {
  const changeable = booking.status === 'pending' || booking.status === 'confirmed' || booking.status === 'day_closed';
  return changeable && Date.parse(booking.startsAt) > nowMs;
}

// ---- Days and times ------------------------------------------------------------------------

const DAY_REASON_TEXT: Record<NonNullable<AvailabilityDayDto['reason']>, (note: string | null) => string> = {
  weekend: () => '周末休息',
  holiday: (note) => `${note ?? '节假日'}，休息`,
  closure: (note) => (note ? `暂停接待（${note}）` : '暂停接待'),
  centre_not_open: () => '中心筹建中，暂不可预约',
  past: () => '已经过去',
  beyond_window: () => '还不能预约',
  no_one_on_duty: () => '当天没有值班人员',
};

export interface DayOption {
  date: string;
  label: string;
  /** Why it cannot be chosen, or how much is left. */
  detail: string;
  /** Has at least one time with a place left. */
  selectable: boolean;
  /** Open for this service, but every time is taken: she may ask to be told when a place frees. */
  full: boolean;
}

export interface SlotOption {
  slotId: string;
  start: string;
  end: string;
  label: string;
  detail: string;
  remaining: number;
  selectable: boolean;
}

function slotsOf(day: AvailabilityDayDto, service: BookableService) {
  return day.slots.filter((slot) => slot.service === service);
}

/** A day of a year whose official holiday schedule is not out yet: open or closed by the fixed rules only. */
export const PROVISIONAL_DAY_NOTE = '可能因节假日安排调整';

/** The time a booking being moved holds now: it counts as taken, but it is hers, so it never reads 已约满. */
export interface CurrentTime {
  date: string;
  start: string;
}

export function dayOption(day: AvailabilityDayDto, service: BookableService, current?: CurrentTime): DayOption {
  const label = formatDay(day.date, day.weekday);
  const provisional = day.provisional ? `（${PROVISIONAL_DAY_NOTE}）` : '';
  if (!day.open) {
    const reason = day.reason ? DAY_REASON_TEXT[day.reason](day.note) : '不接待';
    const mayChange = day.reason === 'holiday' || day.reason === 'weekend' ? provisional : '';
    return { date: day.date, label, detail: `${reason}${mayChange}`, selectable: false, full: false };
  }
  const slots = slotsOf(day, service);
  const isHers = (slot: AvailableSlotDto) => current?.date === day.date && current.start === slot.start;
  const free = slots.filter((slot) => slot.remaining > 0 && !isHers(slot)).length;
  // An open day can be a 调休 working Saturday: say so, it is unusual.
  const note = `${day.note ? `（${day.note}）` : ''}${provisional}`;
  if (free > 0) {
    return { date: day.date, label, detail: `还有 ${free} 个时间可以约${note}`, selectable: true, full: false };
  }
  if (current?.date === day.date) {
    return { date: day.date, label, detail: `您现在约在这天，其他时间已约满${note}`, selectable: false, full: false };
  }
  if (slots.length > 0) {
    return { date: day.date, label, detail: `已约满${note}`, selectable: false, full: true };
  }
  return { date: day.date, label, detail: '没有还能预约的时间', selectable: false, full: false };
}

export interface DayList {
  days: DayOption[];
  /** Days after the booking window were left out; say so once. */
  laterDaysHidden: boolean;
}

/**
 * The days to list: past days dropped; from the first day beyond the booking window on, nothing
 * is listed (a weekend out there would only confuse), and one line says later days open later.
 */
export function dayOptions(availability: AvailabilityDto, service: BookableService, current?: CurrentTime): DayList {
  const windowEnd = availability.days.findIndex((day) => day.reason === 'beyond_window');
  const inWindow = windowEnd === -1 ? availability.days : availability.days.slice(0, windowEnd);
  return {
    days: inWindow.filter((day) => day.reason !== 'past').map((day) => dayOption(day, service, current)),
    laterDaysHidden: windowEnd !== -1,
  };
}

export function slotOptions(
  availability: AvailabilityDto,
  date: string,
  service: BookableService,
  current?: CurrentTime,
): SlotOption[] {
  const day = availability.days.find((candidate) => candidate.date === date);
  if (!day || !day.open) {
    return [];
  }
  return slotsOf(day, service).map((slot) => {
    const hers = current?.date === date && current.start === slot.start;
    return {
      slotId: slot.slotId,
      start: slot.start,
      end: slot.end,
      label: `${formatClock(slot.start)}–${formatClock(slot.end)}`,
      detail: hers ? '您现在约的时间' : slot.remaining > 0 ? `还有 ${slot.remaining} 个名额` : '已约满',
      remaining: slot.remaining,
      // Moving to the time she already holds would change nothing.
      selectable: !hers && slot.remaining > 0,
    };
  });
}

/** The first day with a place for this service, if any. */
export function firstBookableDay(availability: AvailabilityDto, service: BookableService): string | undefined {
  return availability.days.find((day) => dayOption(day, service).selectable)?.date;
}
