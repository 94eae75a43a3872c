// What a woman books, what she may need on the day, and a booking's states, with the names the console and the
// exported files give them (her own pages word the states in her voice, the staff pages in theirs).

/** The consultations women can book. */
export const BOOKABLE_SERVICES = ['legal', 'counselling', 'mediation'] as const;
export type BookableService = (typeof BOOKABLE_SERVICES)[number];

export const BOOKABLE_SERVICE_LABELS: Record<BookableService, string> = {
  legal: '法律咨询',
  counselling: '心理疏导',
  mediation: '家事调解',
};

/** What she may ask the centre to prepare (never a reason for coming). */
export const BOOKING_NEEDS = ['minnan_dialect', 'accessible_room', 'with_child'] as const;
export type BookingNeed = (typeof BOOKING_NEEDS)[number];

/** In her words, as she chose them (and as the exports give them). */
export const NEED_LABELS: Record<BookingNeed, string> = {
  minnan_dialect: '说闽南话（不说普通话）',
  accessible_room: '需要无障碍房间（方便轮椅进出）',
  with_child: '会带孩子一起来',
};

/** Short tags for lists (the staff's and the console's). */
export const NEED_TAGS: Record<BookingNeed, string> = {
  minnan_dialect: '闽南话',
  accessible_room: '无障碍',
  with_child: '带孩子',
};

/**
 * A booking's life. `offered` is a place held for the first woman on a waiting list: not yet hers until she
 * accepts (→ `pending`); it is deleted when she declines or the offer lapses. `pending` (she asked) → `confirmed`
 * (staff accepted) → `arrived` → `completed`; or `declined` by staff (with a reason she sees in neutral words),
 * `cancelled` by her, `no_show` recorded by staff (for planning only: it never limits what she can book), or
 * `day_closed` when the centre stops serving that day after she booked (she moves it to another time, or cancels).
 */
export const BOOKING_STATUSES = [
  'offered',
  'pending',
  'confirmed',
  'declined',
  'cancelled',
  'arrived',
  'completed',
  'no_show',
  'day_closed',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

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
