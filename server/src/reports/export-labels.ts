import type { BookableService } from '../availability/services.js';
import type { BookingStatus } from '../bookings/booking-status.js';
import type { BookingNeed } from '../bookings/booking.entity.js';

// The words the admin console shows for each code (miniapp/src/packages/admin/texts.ts), so an exported file reads
// like the screen; the record codes' and professions' names are the one catalogue in @wac/rules. Codes stay in extra
// columns at the right for anyone who sorts or joins on them.

export const BOOKABLE_SERVICE_LABELS: Record<BookableService, string> = {
  legal: '法律咨询',
  counselling: '心理疏导',
  mediation: '家事调解',
};

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  offered: '候补保留中',
  pending: '待确认',
  confirmed: '已确认',
  declined: '已婉拒',
  cancelled: '已取消',
  arrived: '已到达',
  completed: '已完成',
  no_show: '未到',
  day_closed: '需改约',
};

export const NEED_LABELS: Record<BookingNeed, string> = {
  minnan_dialect: '说闽南话（不说普通话）',
  accessible_room: '需要无障碍房间（方便轮椅进出）',
  with_child: '会带孩子一起来',
};

/** A code's label, or the code itself for one added later. */
export const labelOf = (labels: Record<string, string>, code: string) => labels[code] ?? code;
export const labelsOf = (labels: Record<string, string>, codes: readonly string[]) =>
  codes.map((code) => labelOf(labels, code)).join('、');
export const yesNo = (value: boolean) => (value ? '是' : '否');
