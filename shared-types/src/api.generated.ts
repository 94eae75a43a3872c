// Generated from the server's OpenAPI document by `node scripts/gen-shared-types.mjs`. Do not edit by hand:
// change the server's DTOs and regenerate. A server test fails when this file and the API drift apart.

export interface AdminStaffListDto {
  items: AdminStaffMemberDto[];
}

export interface AdminStaffMemberDto {
  id: string;
  centreCode: string;
  displayName: string;
  professions: Profession[];
  bio: string;
  photoUrl: string | null;
  showOnWall: boolean;
  active: boolean;
  wallOrder: number;
  account: StaffAccountDto | null;
  leave: LeavePeriodDto[];
}

export type AgeBand = 'under_18' | '18_29' | '30_39' | '40_49' | '50_59' | '60_plus' | 'unknown';

export type AttemptResult = 'no_answer' | 'wrong_person' | 'not_safe_now' | 'reached';

export interface AuditEntryDto {
  at: string;
  actorUsername: string | null;
  action: string;
  targetType: string;
  targetId: string;
  centreCode: string | null;
}

export interface AuditListDto {
  items: AuditEntryDto[];
}

export type AuthRole = 'woman' | 'staff' | 'centre_admin' | 'city_admin';

export interface AuthTokenDto {
  /** Bearer token for the Authorization header */
  token: string;
  role: AuthRole;
  /** When the token stops working (ISO 8601); log in again before then */
  expiresAt: string;
  /** The staff member's centre; null for women and city admins */
  centreCode: string | null;
  /** Staff: keep on this device and send with the next login (null for women) */
  deviceToken: string | null;
}

export interface AvailabilityDayDto {
  date: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** Whether the day can be booked at all */
  open: boolean;
  /** Why the day cannot be booked */
  reason?: AvailabilityDayReason;
  /** The holiday or closure name, or the 调休 working day note */
  note: string | null;
  /** The year's official holiday schedule is not out yet: the day follows the provisional calendar and may change (可能因节假日安排调整) */
  provisional: boolean;
  slots: AvailableSlotDto[];
}

export type AvailabilityDayReason = 'weekend' | 'holiday' | 'closure' | 'centre_not_open' | 'past' | 'beyond_window' | 'no_one_on_duty';

export interface AvailabilityDto {
  centreCode: string;
  days: AvailabilityDayDto[];
}

export interface AvailableSlotDto {
  /** Opaque; send it back to book */
  slotId: string;
  /** Start, Asia/Shanghai wall clock */
  start: string;
  end: string;
  service: BookableService;
  /** Places left; 0 means full right now */
  remaining: number;
}

export type BookableService = 'legal' | 'counselling' | 'mediation';

export interface BookingDto {
  /** Unguessable id */
  id: string;
  centreCode: string;
  centreName: string;
  date: string;
  start: string;
  end: string;
  /** The start as an instant (ISO 8601, UTC) */
  startsAt: string;
  service: BookableService;
  status: BookingStatus;
  topic: string | null;
  contactPreference: ContactPreference;
  needs: BookingNeed[];
  declineReason: DeclineReason | null;
  /** A consultation record has been made for it */
  recorded: boolean;
  createdAt: string;
}

export interface BookingListDto {
  items: BookingDto[];
}

export type BookingNeed = 'minnan_dialect' | 'accessible_room' | 'with_child';

export type BookingStatus = 'offered' | 'pending' | 'confirmed' | 'declined' | 'cancelled' | 'arrived' | 'completed' | 'no_show' | 'day_closed';

export interface BookingsToMoveDto {
  centreCode: string;
  centreName: string;
  count: number;
}

export interface BreakdownDto {
  /** A record code (category, service or referral) */
  key: string;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  count: number | null;
}

export type CalendarKind = 'holiday' | 'workday' | 'closed' | 'open';

export interface CalendarMarkDto {
  date: string;
  scope: string;
  kind: CalendarKind;
  name: string | null;
  source: 'official' | 'admin';
}

export interface CalendarYearDto {
  year: number;
  /** The year's official holiday schedule is loaded; without it the year runs on the provisional calendar */
  hasOfficialSchedule: boolean;
  /** Where the official schedule came from: chinese-days@<version>, or admin:<account id> */
  scheduleSource: string | null;
  /** The statutory holidays computed from the fixed rules (what the provisional calendar closes) */
  statutoryHolidays: StatutoryDayDto[];
  /** Next year's is loaded too (warn admins when it is not, from November on) */
  nextYearHasSchedule: boolean;
  marks: CalendarMarkDto[];
}

export interface CalendarYearListDto {
  items: CalendarYearStateDto[];
}

export interface CalendarYearStateDto {
  year: number;
  /** false: the provisional calendar (weekdays open, statutory holidays closed) */
  official: boolean;
  source: string | null;
}

export interface CallbackAttemptDto {
  result: AttemptResult;
  at: string;
}

export interface CallbackDto {
  id: string;
  centreCode: string;
  centreName: string;
  /** Masked; null once erased */
  phoneMasked: string | null;
  windows: SafeWindowDto[];
  mayIdentify: boolean;
  mayLeaveMessage: boolean;
  topic: string | null;
  status: CallbackStatus;
  outcome: CallbackOutcome | null;
  createdAt: string;
}

export interface CallbackListDto {
  items: CallbackDto[];
}

export type CallbackOutcome = 'helped' | 'referred' | 'booked' | 'unreachable' | 'declined_help' | 'other';

export type CallbackStatus = 'open' | 'claimed' | 'closed' | 'withdrawn';

export interface CentreDetailDto {
  code: string;
  name: string;
  area: string;
  address: string;
  latitude: number;
  longitude: number;
  approximate: boolean;
  phone: string;
  status: CentreStatus;
  services: CentreServiceCode[];
  openingHours: string;
  workRules: string[];
  serviceScope: string[];
  dutyPeople: DutyPersonDto[];
}

export interface CentreListDto {
  items: CentreSummaryDto[];
  /** Only with lat/lng: nearest centres come in pages; pass this as `after` (with the same lat/lng) for the next page. Null on the last page. Without a position the whole list comes at once and this is absent. */
  next?: string | null;
}

export type CentreServiceCode = 'hotline' | 'legal' | 'counselling' | 'mediation' | 'relief' | 'anti_domestic_violence' | 'publicity';

export type CentreStatus = 'preparing' | 'open';

export interface CentreSummaryDto {
  code: string;
  name: string;
  area: string;
  address: string;
  /** GCJ-02 latitude */
  latitude: number;
  /** GCJ-02 longitude */
  longitude: number;
  /** True when the position is the area seat, not the centre itself */
  approximate: boolean;
  phone: string;
  status: CentreStatus;
  /** Metres from the given position; only when lat/lng were given */
  distanceMeters?: number;
}

export interface CloseCallbackDto {
  outcome: CallbackOutcome;
}

export type ContactPreference = 'in_app' | 'wechat_notice';

export interface CopyWeekDto {
  /** Monday of the week to copy */
  fromMonday: string;
  /** Monday of the week to fill (its days are replaced) */
  toMonday: string;
}

export interface CopyWeekResultDto {
  /** Assignments written */
  copied: number;
}

export type CreatableRole = 'staff' | 'centre_admin';

export interface CreateBookingDto {
  /** A slotId from the availability list */
  slotId: string;
  /** What she would like to talk about, in her words; no name needed */
  topic?: string;
  /** How she wants to hear about it (default in_app) */
  contactPreference?: ContactPreference;
  /** What would help her come */
  needs?: BookingNeed[];
}

export interface CreateCallbackDto {
  centreCode: string;
  /** A number she types herself: a mainland mobile or a landline with area code */
  phone: string;
  /** When it is safe to call (1–7 windows) */
  windows: SafeWindowDto[];
  /** May the caller say she is from the centre? */
  mayIdentify: boolean;
  /** May the caller leave a message? */
  mayLeaveMessage: boolean;
  topic?: string;
}

export interface CreateEventDto {
  date: string;
  place: string;
  topic: string;
  partners: string[];
  /** People reached */
  reached: number;
  centreCode: string;
}

export interface CreateRecordDto {
  /** Day of the visit or call (not in the future) */
  date: string;
  channel: RecordChannel;
  category: RecordCategory;
  services: RecordService[];
  /** "none" alone when nobody was referred */
  referrals: Referral[];
  followUpNeeded: boolean;
  durationMinutes: number;
  helperProfession: Profession;
  ageBand: AgeBand;
  /** A centre code for the area she lives in, or outside_quanzhou / unknown */
  area: string;
  /** A minor or a person without full capacity may be harmed: report to the police */
  mandatoryReport: boolean;
  /** Short; no names, numbers or addresses; never exported */
  note?: string;
  /** City admins: the centre (staff and centre admins: always their own) */
  centreCode?: string;
  /** A completed booking this record is for; it is marked as recorded, not linked */
  fromBookingId?: string;
  /** A closed callback this record is for; it is marked as recorded, not linked */
  fromCallbackId?: string;
}

export interface CreateStaffDto {
  centreCode: string;
  displayName: string;
  professions: Profession[];
  bio: string;
  photoId?: string;
  showOnWall: boolean;
  /** A login for this person (staff or centre admin) */
  account?: NewAccountDto;
}

export interface DayChangeDto {
  date: string;
  before: DayViewDto;
  after: DayViewDto;
}

export type DayClosedReason = 'weekend' | 'holiday' | 'closure';

export interface DayViewDto {
  open: boolean;
  note: string | null;
  provisional: boolean;
}

export interface DeclineBookingDto {
  reason: DeclineReason;
}

export type DeclineReason = 'fully_booked' | 'staff_unavailable' | 'centre_closed' | 'other_service_better' | 'other';

export interface DutyPersonDto {
  id: string;
  displayName: string;
  professions: Profession[];
  bio: string;
  /** Server path of the photo, e.g. /api/photos/<id> */
  photoUrl: string | null;
}

export interface ErasureSummaryDto {
  /** Upcoming bookings cancelled (their places freed) */
  cancelledBookings: number;
  leftWaitingLists: number;
  withdrawnCallbacks: number;
}

export type ErrorCode = 'VALIDATION_FAILED' | 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CENTRE_NOT_FOUND' | 'PHOTO_NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'BOOKING_NOT_FOUND' | 'SLOT_FULL' | 'LIMIT_REACHED' | 'ALREADY_BOOKED_AT_THIS_TIME' | 'BOOKING_STATUS_CONFLICT' | 'IDEMPOTENCY_KEY_REUSED' | 'DAY_CLOSED' | 'CENTRE_NOT_BOOKABLE' | 'SLOT_IN_PAST' | 'TOO_SOON' | 'TOO_FAR_AHEAD' | 'OUTSIDE_HOURS' | 'SERVICE_NOT_OFFERED' | 'TOO_LATE_TO_CHANGE' | 'NOT_YET_STARTED' | 'CALLBACK_NOT_FOUND' | 'CALLBACK_STATUS_CONFLICT' | 'CALLBACK_NOT_CLAIMED_BY_YOU' | 'PLACES_AVAILABLE' | 'ALREADY_WAITING' | 'OFFER_EXPIRED' | 'WAITLIST_ENTRY_NOT_FOUND' | 'WAITLIST_STATUS_CONFLICT' | 'RECORD_NOT_FOUND' | 'RECORD_LOCKED' | 'RECORD_SUPERSEDED' | 'SOURCE_NOT_RECORDABLE' | 'STAFF_NOT_FOUND' | 'STAFF_HAS_NO_LOGIN' | 'LEAVE_NOT_FOUND' | 'EVENT_NOT_FOUND' | 'ALREADY_ON_DUTY_ELSEWHERE' | 'LOGIN_FAILED' | 'WECHAT_CODE_INVALID' | 'WECHAT_USER_BLOCKED' | 'WECHAT_RATE_LIMITED' | 'WECHAT_UNAVAILABLE' | 'WECHAT_NOT_CONFIGURED' | 'WECHAT_ALREADY_BOUND' | 'INTERNAL' | 'SERVICE_UNAVAILABLE' | 'RATE_LIMITED' | 'NETWORK_LIMIT' | 'CHALLENGE_EXPIRED' | 'CHALLENGE_USED' | 'DATABASE_UNAVAILABLE';

export interface ErrorResponseDto {
  statusCode: number;
  code: ErrorCode;
  message: string;
  fields?: FieldErrorDto[];
}

export interface EventDto {
  date: string;
  place: string;
  topic: string;
  partners: string[];
  /** People reached */
  reached: number;
  id: string;
  centreCode: string;
}

export interface EventListDto {
  items: EventDto[];
}

export type Festival = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节';

export interface FieldErrorDto {
  /** Path of the offending input, e.g. `lat` or `windows.0.from` */
  field: string;
  /** Why it was refused, in plain words */
  reason: string;
}

export interface GuestChallengeDto {
  /** Send back with a nonce such that sha256(challenge + ":" + nonce) has `bits` leading zero bits */
  challenge: string;
  /** Leading zero bits needed (0: none; send an empty body) */
  bits: number;
  expiresAt: string;
}

export interface GuestLoginDto {
  /** From GET /api/auth/guest/challenge (required unless it asks for 0 bits) */
  challenge?: string;
  /** The solution found on the phone */
  nonce?: string;
}

export interface HealthDto {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
}

export interface JoinWaitlistDto {
  centreCode: string;
  date: string;
  service: BookableService;
}

export interface LeaveDto {
  fromDate: string;
  toDate: string;
}

export interface LeavePeriodDto {
  id: string;
  fromDate: string;
  toDate: string;
}

export interface LivenessDto {
  status: 'ok';
}

export interface LogAttemptDto {
  result: AttemptResult;
}

export interface NewAccountDto {
  username: string;
  password: string;
  role: CreatableRole;
}

export interface OfficialHolidayDto {
  festival: Festival;
  from: string;
  to: string;
}

export interface OfficialScheduleDto {
  holidays: OfficialHolidayDto[];
  workdays: OfficialWorkdayDto[];
}

export interface OfficialSchedulePreviewDto {
  year: number;
  /** Every day that opens or closes city-wide (and every day of the year stops being provisional) */
  changes: DayChangeDto[];
  /** Bookings on days it closes, per centre: they will be moved to 需改约 and the women told */
  bookingsToMove: BookingsToMoveDto[];
}

export interface OfficialScheduleResultDto {
  year: number;
  /** Holiday and 调休 days written */
  daysChanged: number;
  /** Bookings moved to 需改约 because their day closed */
  bookingsMoved: number;
}

export interface OfficialWorkdayDto {
  /** A Saturday or Sunday worked in exchange (调休上班) */
  date: string;
  /** The holiday it belongs to */
  festival: Festival;
}

export type PhotoContentType = 'image/jpeg' | 'image/png' | 'image/webp';

export type Profession = 'lawyer' | 'counsellor' | 'mediator' | 'social_worker' | 'liaison' | 'volunteer' | 'coordinator';

export interface PutCalendarMarkDto {
  /** '*' for every centre (city admins), or a centre code */
  scope: string;
  /** A centre may only be closed or opened; holiday/workday are city-wide */
  kind: CalendarKind;
  name?: string;
}

export interface PutRosterDayDto {
  /** Everyone on duty that day (replaces the day) */
  staffMemberIds: string[];
}

export interface PutWecomRobotDto {
  /** The group robot's webhook address as WeCom shows it (…/cgi-bin/webhook/send?key=…), or the key alone */
  webhook: string;
}

export interface ReadinessCheckDto {
  name: string;
  status: 'up' | 'down';
  /** Why the check is down */
  reason?: string;
}

export interface ReadinessDto {
  status: 'ready' | 'not_ready';
  checks: ReadinessCheckDto[];
}

export type RecordCategory = 'marriage_family' | 'domestic_violence' | 'property' | 'custody' | 'psychological' | 'labour' | 'other';

export type RecordChannel = 'walk_in' | 'hotline_12338' | 'booking' | 'callback';

export interface RecordDto {
  /** Day of the visit or call (not in the future) */
  date: string;
  channel: RecordChannel;
  category: RecordCategory;
  services: RecordService[];
  /** "none" alone when nobody was referred */
  referrals: Referral[];
  followUpNeeded: boolean;
  durationMinutes: number;
  helperProfession: Profession;
  ageBand: AgeBand;
  /** A centre code for the area she lives in, or outside_quanzhou / unknown */
  area: string;
  /** A minor or a person without full capacity may be harmed: report to the police */
  mandatoryReport: boolean;
  /** Short; no names, numbers or addresses; never exported */
  note?: string;
  id: string;
  centreCode: string;
  /** The version this one corrects */
  supersedes: string | null;
  /** False once a correction replaced it */
  current: boolean;
  /** Until when it can still be edited in place (ISO 8601) */
  editableUntil: string;
  createdAt: string;
}

export interface RecordFieldsDto {
  /** Day of the visit or call (not in the future) */
  date: string;
  channel: RecordChannel;
  category: RecordCategory;
  services: RecordService[];
  /** "none" alone when nobody was referred */
  referrals: Referral[];
  followUpNeeded: boolean;
  durationMinutes: number;
  helperProfession: Profession;
  ageBand: AgeBand;
  /** A centre code for the area she lives in, or outside_quanzhou / unknown */
  area: string;
  /** A minor or a person without full capacity may be harmed: report to the police */
  mandatoryReport: boolean;
  /** Short; no names, numbers or addresses; never exported */
  note?: string;
}

export interface RecordListDto {
  items: RecordDto[];
}

export type RecordService = 'legal_advice' | 'counselling' | 'mediation' | 'relief' | 'information' | 'accompaniment';

export type Referral = 'police' | 'court' | 'procuratorate' | 'justice_bureau' | 'social_work' | 'shelter' | 'other_centre' | 'none';

export interface ReportDto {
  /** city: seen by the city level, small counts hidden */
  scope: 'city' | 'centre';
  centreCode: string | null;
  /** Whether small counts were hidden */
  suppressed: boolean;
  months: ReportMonthDto[];
  totals: ReportTotalsDto;
  byCategory: BreakdownDto[];
  byService: BreakdownDto[];
  byReferral: BreakdownDto[];
}

export interface ReportMonthDto {
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  visits: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  calls: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  bookingsMade: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  bookingsConfirmed: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  bookingsCompleted: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  bookingsNoShow: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  callbacks: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  events: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  peopleReached: number | null;
  /** People reached by events + people served (visits and calls) */
  beneficiaries: number | null;
  month: string;
}

export interface ReportTotalsDto {
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  visits: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  calls: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  bookingsMade: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  bookingsConfirmed: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  bookingsCompleted: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  bookingsNoShow: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  callbacks: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  events: number | null;
  /** null: hidden at city level: a small count (1–4), or one that would let a total give a small count away */
  peopleReached: number | null;
  /** People reached by events + people served (visits and calls) */
  beneficiaries: number | null;
}

export interface RescheduleBookingDto {
  /** The new slotId */
  slotId: string;
}

export interface ResetPasswordDto {
  password: string;
}

export interface RosterDayDto {
  date: string;
  weekday: number;
  /** The centre serves that day (calendar) */
  serviceDay: boolean;
  reason?: DayClosedReason;
  note: string | null;
  people: RosterPersonDto[];
  /** Only on service days */
  warnings: RosterWarning[];
}

export interface RosterMonthDto {
  centreCode: string;
  month: string;
  days: RosterDayDto[];
}

export interface RosterPersonDto {
  staffMemberId: string;
  displayName: string;
  professions: Profession[];
  onLeave: boolean;
}

export type RosterWarning = 'no_professional' | 'no_lawyer' | 'no_counsellor' | 'no_mediator';

export interface SafeWindowDto {
  /** Only on this date */
  date?: string;
  /** Every week on this day (1 = Monday) */
  weekday?: number;
  /** From (Asia/Shanghai) */
  from: string;
  /** Until (Asia/Shanghai) */
  to: string;
}

export interface SlotTemplateDto {
  slotMinutes: number;
  /** Time after each session for notes */
  bufferMinutes: number;
  dayStart: string;
  dayEnd: string;
  rooms: number;
  /** Rooms kept free for walk-ins at every session */
  walkInReserve: number;
  bookingWindowDays: number;
  /** No booking for a session starting sooner than this */
  leadTimeMinutes: number;
}

export interface StaffAccountDto {
  username: string;
  role: StaffRole;
  active: boolean;
}

export interface StaffCallbackDto {
  id: string;
  centreCode: string;
  centreName: string;
  /** Masked; null once erased */
  phoneMasked: string | null;
  windows: SafeWindowDto[];
  mayIdentify: boolean;
  mayLeaveMessage: boolean;
  topic: string | null;
  status: CallbackStatus;
  outcome: CallbackOutcome | null;
  createdAt: string;
  /** The whole number: only for the staff member who claimed it (each view is audited) */
  phone: string | null;
  claimedByMe: boolean;
  /** Someone has claimed it */
  claimed: boolean;
  /** When one of her safe windows next opens (ISO 8601); null if none in the next month */
  nextSafeAt: string | null;
  attempts: CallbackAttemptDto[];
  /** A consultation record has been made for it */
  recorded: boolean;
}

export interface StaffCallbackListDto {
  items: StaffCallbackDto[];
}

export interface StaffLoginDto {
  username: string;
  password: string;
  /** The device token an earlier login on this device returned: its failures count apart from strangers’ */
  deviceToken?: string;
}

export interface StaffMeDto {
  username: string;
  role: StaffRole;
  centreCode: string | null;
  /** Staff notices also reach this login through WeChat */
  wechatBound: boolean;
}

export type StaffRole = 'staff' | 'centre_admin' | 'city_admin';

export interface StatutoryDayDto {
  date: string;
  festival: Festival;
}

export interface UpdateCentreDto {
  name?: string;
  address?: string;
  /** GCJ-02 latitude (as in WeChat/Amap/Tencent maps); inside China */
  latitude?: number;
  /** GCJ-02 longitude; inside China */
  longitude?: number;
  /** Whether the position is only the area seat */
  approximate?: boolean;
  phone?: string;
  status?: CentreStatus;
  openingHours?: string;
  workRules?: string[];
  serviceScope?: string[];
}

export interface UpdateEventDto {
  date?: string;
  place?: string;
  topic?: string;
  partners?: string[];
  /** People reached */
  reached?: number;
}

export interface UpdateStaffDto {
  displayName?: string;
  professions?: Profession[];
  bio?: string;
  photoId?: string | null;
  showOnWall?: boolean;
  /** False takes the person off duty and disables their login */
  active?: boolean;
  wallOrder?: number;
}

export interface UploadPhotoDto {
  contentType: PhotoContentType;
  /** The image, base64-encoded (at most 60 KB once decoded) */
  dataBase64: string;
}

export interface UploadedPhotoDto {
  id: string;
  url: string;
}

export interface WaitlistEntryDto {
  id: string;
  centreCode: string;
  centreName: string;
  date: string;
  service: BookableService;
  status: WaitlistStatus;
  /** Her place in line while waiting (1 = next) */
  position: number | null;
  /** A place held for her, to accept before it expires */
  offer: WaitlistOfferDto | null;
  createdAt: string;
}

export interface WaitlistListDto {
  items: WaitlistEntryDto[];
}

export interface WaitlistOfferDto {
  start: string;
  end: string;
  /** When the held place passes to the next woman (ISO 8601) */
  expiresAt: string;
}

export type WaitlistStatus = 'waiting' | 'offered' | 'accepted' | 'declined' | 'expired' | 'withdrawn' | 'lapsed';

export interface WechatLoginDto {
  /** The code from wx.login (valid for 5 minutes, single use) */
  code: string;
}

export interface WecomRobotDto {
  centreCode: string;
  /** Whether the centre's staff notices also go to a WeCom group */
  configured: boolean;
  /** The first and last characters of the key, to recognise it */
  keyHint: string | null;
}

export interface WecomTestResultDto {
  sent: boolean;
  /** WeCom's error code when it refused (e.g. wecom:93000) */
  problem: string | null;
}

/** Every operation: path template → method → its path and query parameters, JSON body and successful answer. */
export interface ApiPaths {
  '/api/admin/audit': {
    get: {
      operationId: 'getAuditLog';
      path: Record<string, never>;
      query: { from: string; to: string; action?: string; centre?: string };
      body: never;
      response: AuditListDto;
    };
  };
  '/api/admin/bookings/export': {
    get: {
      operationId: 'exportBookings';
      path: Record<string, never>;
      query: { from: string; to: string; centre?: string; status?: BookingStatus; service?: BookableService };
      body: never;
      response: void;
    };
  };
  '/api/admin/calendar': {
    get: {
      operationId: 'getCalendarYear';
      path: Record<string, never>;
      query: { year: number; centre?: string };
      body: never;
      response: CalendarYearDto;
    };
  };
  '/api/admin/calendar/official/{year}': {
    put: {
      operationId: 'putOfficialYear';
      path: { year: number };
      query: Record<string, never>;
      body: OfficialScheduleDto;
      response: OfficialScheduleResultDto;
    };
  };
  '/api/admin/calendar/official/{year}/preview': {
    post: {
      operationId: 'previewOfficialYear';
      path: { year: number };
      query: Record<string, never>;
      body: OfficialScheduleDto;
      response: OfficialSchedulePreviewDto;
    };
  };
  '/api/admin/calendar/years': {
    get: {
      operationId: 'getCalendarYears';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: CalendarYearListDto;
    };
  };
  '/api/admin/calendar/{date}': {
    put: {
      operationId: 'putCalendarMark';
      path: { date: string };
      query: Record<string, never>;
      body: PutCalendarMarkDto;
      response: CalendarMarkDto;
    };
    delete: {
      operationId: 'deleteCalendarMark';
      path: { date: string };
      query: { scope: string };
      body: never;
      response: void;
    };
  };
  '/api/admin/centres/{code}': {
    patch: {
      operationId: 'updateCentre';
      path: { code: string };
      query: Record<string, never>;
      body: UpdateCentreDto;
      response: CentreDetailDto;
    };
  };
  '/api/admin/centres/{code}/template': {
    get: {
      operationId: 'getSlotTemplate';
      path: { code: string };
      query: Record<string, never>;
      body: never;
      response: SlotTemplateDto;
    };
    put: {
      operationId: 'putSlotTemplate';
      path: { code: string };
      query: Record<string, never>;
      body: SlotTemplateDto;
      response: SlotTemplateDto;
    };
  };
  '/api/admin/centres/{code}/wecom': {
    get: {
      operationId: 'getWecomRobot';
      path: { code: string };
      query: Record<string, never>;
      body: never;
      response: WecomRobotDto;
    };
    put: {
      operationId: 'putWecomRobot';
      path: { code: string };
      query: Record<string, never>;
      body: PutWecomRobotDto;
      response: WecomRobotDto;
    };
    delete: {
      operationId: 'deleteWecomRobot';
      path: { code: string };
      query: Record<string, never>;
      body: never;
      response: void;
    };
  };
  '/api/admin/centres/{code}/wecom/test': {
    post: {
      operationId: 'testWecomRobot';
      path: { code: string };
      query: Record<string, never>;
      body: never;
      response: WecomTestResultDto;
    };
  };
  '/api/admin/events': {
    get: {
      operationId: 'listEvents';
      path: Record<string, never>;
      query: { from: string; to: string; centre?: string };
      body: never;
      response: EventListDto;
    };
    post: {
      operationId: 'createEvent';
      path: Record<string, never>;
      query: Record<string, never>;
      body: CreateEventDto;
      response: EventDto;
    };
  };
  '/api/admin/events/{id}': {
    patch: {
      operationId: 'updateEvent';
      path: { id: string };
      query: Record<string, never>;
      body: UpdateEventDto;
      response: EventDto;
    };
    delete: {
      operationId: 'deleteEvent';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: void;
    };
  };
  '/api/admin/photos': {
    post: {
      operationId: 'uploadPhoto';
      path: Record<string, never>;
      query: Record<string, never>;
      body: UploadPhotoDto;
      response: UploadedPhotoDto;
    };
  };
  '/api/admin/records/export': {
    get: {
      operationId: 'exportRecords';
      path: Record<string, never>;
      query: { from: string; to: string; centre?: string };
      body: never;
      response: void;
    };
  };
  '/api/admin/reports': {
    get: {
      operationId: 'getReport';
      path: Record<string, never>;
      query: { from: string; to: string; centre?: string };
      body: never;
      response: ReportDto;
    };
  };
  '/api/admin/reports/export': {
    get: {
      operationId: 'exportReport';
      path: Record<string, never>;
      query: { from: string; to: string; centre?: string; format: 'csv' | 'xlsx' };
      body: never;
      response: void;
    };
  };
  '/api/admin/roster': {
    get: {
      operationId: 'getRosterMonth';
      path: Record<string, never>;
      query: { centre: string; month: string };
      body: never;
      response: RosterMonthDto;
    };
  };
  '/api/admin/roster/{centre}/copy-week': {
    post: {
      operationId: 'copyRosterWeek';
      path: { centre: string };
      query: Record<string, never>;
      body: CopyWeekDto;
      response: CopyWeekResultDto;
    };
  };
  '/api/admin/roster/{centre}/{date}': {
    put: {
      operationId: 'putRosterDay';
      path: { centre: string; date: string };
      query: Record<string, never>;
      body: PutRosterDayDto;
      response: RosterDayDto;
    };
  };
  '/api/admin/staff': {
    get: {
      operationId: 'listStaff';
      path: Record<string, never>;
      query: { centre?: string };
      body: never;
      response: AdminStaffListDto;
    };
    post: {
      operationId: 'createStaff';
      path: Record<string, never>;
      query: Record<string, never>;
      body: CreateStaffDto;
      response: AdminStaffMemberDto;
    };
  };
  '/api/admin/staff/{id}': {
    patch: {
      operationId: 'updateStaff';
      path: { id: string };
      query: Record<string, never>;
      body: UpdateStaffDto;
      response: AdminStaffMemberDto;
    };
  };
  '/api/admin/staff/{id}/leave': {
    post: {
      operationId: 'addStaffLeave';
      path: { id: string };
      query: Record<string, never>;
      body: LeaveDto;
      response: AdminStaffMemberDto;
    };
  };
  '/api/admin/staff/{id}/leave/{leaveId}': {
    delete: {
      operationId: 'removeStaffLeave';
      path: { id: string; leaveId: string };
      query: Record<string, never>;
      body: never;
      response: AdminStaffMemberDto;
    };
  };
  '/api/admin/staff/{id}/reset-password': {
    post: {
      operationId: 'resetStaffPassword';
      path: { id: string };
      query: Record<string, never>;
      body: ResetPasswordDto;
      response: AdminStaffMemberDto;
    };
  };
  '/api/auth/end-session': {
    post: {
      operationId: 'endSession';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: void;
    };
  };
  '/api/auth/guest': {
    post: {
      operationId: 'loginAsGuest';
      path: Record<string, never>;
      query: Record<string, never>;
      body: GuestLoginDto;
      response: AuthTokenDto;
    };
  };
  '/api/auth/guest/challenge': {
    get: {
      operationId: 'getGuestChallenge';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: GuestChallengeDto;
    };
  };
  '/api/auth/login': {
    post: {
      operationId: 'loginStaff';
      path: Record<string, never>;
      query: Record<string, never>;
      body: StaffLoginDto;
      response: AuthTokenDto;
    };
  };
  '/api/auth/logout': {
    post: {
      operationId: 'logoutStaff';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: void;
    };
  };
  '/api/auth/wechat': {
    post: {
      operationId: 'loginWithWechat';
      path: Record<string, never>;
      query: Record<string, never>;
      body: WechatLoginDto;
      response: AuthTokenDto;
    };
  };
  '/api/bookings': {
    post: {
      operationId: 'createBooking';
      path: Record<string, never>;
      query: Record<string, never>;
      body: CreateBookingDto;
      response: BookingDto;
    };
  };
  '/api/bookings/mine': {
    get: {
      operationId: 'listMyBookings';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: BookingListDto;
    };
  };
  '/api/bookings/{id}/cancel': {
    post: {
      operationId: 'cancelBooking';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: BookingDto;
    };
  };
  '/api/bookings/{id}/reschedule': {
    post: {
      operationId: 'rescheduleBooking';
      path: { id: string };
      query: Record<string, never>;
      body: RescheduleBookingDto;
      response: BookingDto;
    };
  };
  '/api/callbacks': {
    post: {
      operationId: 'requestCallback';
      path: Record<string, never>;
      query: Record<string, never>;
      body: CreateCallbackDto;
      response: CallbackDto;
    };
  };
  '/api/callbacks/mine': {
    get: {
      operationId: 'listMyCallbacks';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: CallbackListDto;
    };
  };
  '/api/callbacks/{id}/withdraw': {
    post: {
      operationId: 'withdrawCallback';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: CallbackDto;
    };
  };
  '/api/centres': {
    get: {
      operationId: 'listCentres';
      path: Record<string, never>;
      query: { lat?: number; lng?: number; limit?: number; after?: string };
      body: never;
      response: CentreListDto;
    };
  };
  '/api/centres/{code}': {
    get: {
      operationId: 'getCentre';
      path: { code: string };
      query: Record<string, never>;
      body: never;
      response: CentreDetailDto;
    };
  };
  '/api/centres/{code}/availability': {
    get: {
      operationId: 'getAvailability';
      path: { code: string };
      query: { from: string; to: string; service?: BookableService };
      body: never;
      response: AvailabilityDto;
    };
  };
  '/api/health': {
    get: {
      operationId: 'getHealth';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: HealthDto;
    };
  };
  '/api/health/live': {
    get: {
      operationId: 'getLiveness';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: LivenessDto;
    };
  };
  '/api/health/ready': {
    get: {
      operationId: 'getReadiness';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: ReadinessDto;
    };
  };
  '/api/me': {
    delete: {
      operationId: 'eraseMyData';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: ErasureSummaryDto;
    };
  };
  '/api/photos/{id}': {
    get: {
      operationId: 'getPhoto';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: void;
    };
  };
  '/api/staff/bookings': {
    get: {
      operationId: 'listCentreBookings';
      path: Record<string, never>;
      query: { from: string; to: string; centre?: string; status?: BookingStatus; service?: BookableService };
      body: never;
      response: BookingListDto;
    };
  };
  '/api/staff/bookings/{id}/arrive': {
    post: {
      operationId: 'markBookingArrived';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: BookingDto;
    };
  };
  '/api/staff/bookings/{id}/complete': {
    post: {
      operationId: 'completeBooking';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: BookingDto;
    };
  };
  '/api/staff/bookings/{id}/confirm': {
    post: {
      operationId: 'confirmBooking';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: BookingDto;
    };
  };
  '/api/staff/bookings/{id}/decline': {
    post: {
      operationId: 'declineBooking';
      path: { id: string };
      query: Record<string, never>;
      body: DeclineBookingDto;
      response: BookingDto;
    };
  };
  '/api/staff/bookings/{id}/no-show': {
    post: {
      operationId: 'markBookingNoShow';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: BookingDto;
    };
  };
  '/api/staff/callbacks': {
    get: {
      operationId: 'listCallbackQueue';
      path: Record<string, never>;
      query: { status?: CallbackStatus; centre?: string };
      body: never;
      response: StaffCallbackListDto;
    };
  };
  '/api/staff/callbacks/{id}': {
    get: {
      operationId: 'getCallback';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: StaffCallbackDto;
    };
  };
  '/api/staff/callbacks/{id}/attempts': {
    post: {
      operationId: 'logCallbackAttempt';
      path: { id: string };
      query: Record<string, never>;
      body: LogAttemptDto;
      response: StaffCallbackDto;
    };
  };
  '/api/staff/callbacks/{id}/claim': {
    post: {
      operationId: 'claimCallback';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: StaffCallbackDto;
    };
  };
  '/api/staff/callbacks/{id}/close': {
    post: {
      operationId: 'closeCallback';
      path: { id: string };
      query: Record<string, never>;
      body: CloseCallbackDto;
      response: StaffCallbackDto;
    };
  };
  '/api/staff/callbacks/{id}/release': {
    post: {
      operationId: 'releaseCallback';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: StaffCallbackDto;
    };
  };
  '/api/staff/me': {
    get: {
      operationId: 'getStaffMe';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: StaffMeDto;
    };
  };
  '/api/staff/me/wechat': {
    put: {
      operationId: 'putStaffWechat';
      path: Record<string, never>;
      query: Record<string, never>;
      body: WechatLoginDto;
      response: StaffMeDto;
    };
    delete: {
      operationId: 'deleteStaffWechat';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: StaffMeDto;
    };
  };
  '/api/staff/records': {
    get: {
      operationId: 'listRecords';
      path: Record<string, never>;
      query: { from: string; to: string; centre?: string; channel?: RecordChannel; category?: RecordCategory };
      body: never;
      response: RecordListDto;
    };
    post: {
      operationId: 'createRecord';
      path: Record<string, never>;
      query: Record<string, never>;
      body: CreateRecordDto;
      response: RecordDto;
    };
  };
  '/api/staff/records/{id}': {
    get: {
      operationId: 'getRecord';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: RecordDto;
    };
    put: {
      operationId: 'editRecord';
      path: { id: string };
      query: Record<string, never>;
      body: RecordFieldsDto;
      response: RecordDto;
    };
  };
  '/api/staff/records/{id}/corrections': {
    post: {
      operationId: 'correctRecord';
      path: { id: string };
      query: Record<string, never>;
      body: RecordFieldsDto;
      response: RecordDto;
    };
  };
  '/api/waitlist': {
    post: {
      operationId: 'joinWaitlist';
      path: Record<string, never>;
      query: Record<string, never>;
      body: JoinWaitlistDto;
      response: WaitlistEntryDto;
    };
  };
  '/api/waitlist/mine': {
    get: {
      operationId: 'listMyWaitlist';
      path: Record<string, never>;
      query: Record<string, never>;
      body: never;
      response: WaitlistListDto;
    };
  };
  '/api/waitlist/{id}/accept': {
    post: {
      operationId: 'acceptWaitlistOffer';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: BookingDto;
    };
  };
  '/api/waitlist/{id}/decline': {
    post: {
      operationId: 'declineWaitlistOffer';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: WaitlistEntryDto;
    };
  };
  '/api/waitlist/{id}/withdraw': {
    post: {
      operationId: 'leaveWaitlist';
      path: { id: string };
      query: Record<string, never>;
      body: never;
      response: WaitlistEntryDto;
    };
  };
}
