import type {
  AgeBand,
  BookableService,
  CreateRecordDto,
  FieldErrorDto,
  Profession,
  RecordCategory,
  RecordChannel,
  RecordDto,
  RecordFieldsDto,
  RecordService,
  Referral,
} from '@wac/shared-types';
import {
  addDays,
  AGE_BAND_LABELS,
  OUTSIDE_AREA_LABELS,
  REFERRAL_LABELS,
  CENTRE_CODES,
  isCentreCode,
  IDENTIFYING_PATTERNS,
  NOTE_MAX_LENGTH,
  OUTSIDE_AREAS,
  RECORD_BACKDATE_DAYS,
  RECORD_DURATION_MINUTES,
  refusedInNote,
  type RefusedInNote,
} from '@wac/rules';

// 来访来电登记: the form's rules, the server's own (@wac/rules), so mistakes show before sending. A record
// is anonymous by construction: only coded choices, plus a short note that must not identify her.

/** Tappable durations (minutes); a record being edited keeps its own value as one more choice. */
export const DURATION_CHOICES: readonly number[] = [10, 20, 30, 45, 60, 90, 120, 180];

export const AREA_CHOICES: readonly string[] = [...CENTRE_CODES, ...OUTSIDE_AREAS];

/** Where the record comes from: a finished booking or call-back is marked as recorded (not linked). */
export type RecordSource = { kind: 'booking'; bookingId: string } | { kind: 'callback'; callbackId: string };

export interface RecordDraft {
  date: string;
  channel: RecordChannel | null;
  category: RecordCategory | null;
  services: RecordService[];
  referrals: Referral[];
  followUpNeeded: boolean;
  durationMinutes: number | null;
  helperProfession: Profession | null;
  ageBand: AgeBand | null;
  area: string | null;
  mandatoryReport: boolean;
  note: string;
  /** City admins only: whose record it is. */
  centreCode: string | null;
}

export type RecordField = keyof RecordDraft;

/** The services a booking was for, as a record's services. */
export const BOOKED_SERVICE: Record<BookableService, RecordService> = {
  legal: 'legal_advice',
  counselling: 'counselling',
  mediation: 'mediation',
};

export interface DraftDefaults {
  today: string;
  /** The staff member's centre: most women live in the centre's own area. */
  centreCode: string | null;
  /** Chosen last time on this phone; otherwise asked. */
  profession?: Profession;
  source?: RecordSource;
  /** The day of the booking or call, when the record is for one. */
  date?: string;
  service?: BookableService;
}

/** A new record: today, nobody referred, no follow-up, 30 minutes; what cannot be guessed is asked. */
export function newDraft({ today, centreCode, profession, source, date, service }: DraftDefaults): RecordDraft {
  const channel: RecordChannel | null =
    source?.kind === 'booking' ? 'booking' : source?.kind === 'callback' ? 'callback' : 'walk_in';
  return {
    date: date && date <= today && date >= addDays(today, -RECORD_BACKDATE_DAYS) ? date : today,
    channel,
    category: null,
    services: service ? [BOOKED_SERVICE[service]] : [],
    referrals: ['none'],
    followUpNeeded: false,
    durationMinutes: 30,
    helperProfession: profession ?? null,
    ageBand: null,
    area: centreCode,
    mandatoryReport: false,
    note: '',
    centreCode,
  };
}

/** An existing record in the form (to edit it, or to correct it as a new version). */
export function draftFromRecord(record: RecordDto): RecordDraft {
  return {
    date: record.date,
    channel: record.channel,
    category: record.category,
    services: [...record.services],
    referrals: [...record.referrals],
    followUpNeeded: record.followUpNeeded,
    durationMinutes: record.durationMinutes,
    helperProfession: record.helperProfession,
    ageBand: record.ageBand,
    area: record.area,
    mandatoryReport: record.mandatoryReport,
    note: record.note ?? '',
    centreCode: record.centreCode,
  };
}

/** Adds or removes one; "none" stands alone (choosing it clears the others, choosing another clears it). */
export function toggleReferral(current: readonly Referral[], referral: Referral): Referral[] {
  if (current.includes(referral)) {
    return current.filter((item) => item !== referral);
  }
  if (referral === 'none') {
    return ['none'];
  }
  return [...current.filter((item) => item !== 'none'), referral];
}

export function toggleService(current: readonly RecordService[], service: RecordService): RecordService[] {
  return current.includes(service) ? current.filter((item) => item !== service) : [...current, service];
}

// ---- The free-text note -----------------------------------------------------------------------

export const NOTE_ERRORS = {
  tooLong: `备注最多 ${NOTE_MAX_LENGTH} 个字。`,
  longNumber: '备注里有一串数字（像电话、证件号或门牌），请删掉。',
  email: '备注里有邮箱地址，请删掉。',
  wechat: '备注里有微信号，请删掉。',
  identity: '备注里不能写身份证号、电话号码或住址，请删掉。',
} as const;

/** What the server refuses in a note, checked here first, in plain words. */
const NOTE_REFUSED: Record<RefusedInNote, string> = {
  number: NOTE_ERRORS.longNumber,
  email: NOTE_ERRORS.email,
  wechat: NOTE_ERRORS.wechat,
  identityWords: NOTE_ERRORS.identity,
};

export const NOTE_WARNINGS = {
  name: '备注里好像有人名（“姓…”“叫…”“…女士”）。记录不写姓名，请改成“当事人”。',
  address: '备注里好像有地址（小区、楼号、门牌）。记录不写住址，请删掉。',
} as const;

/** Looks like her name or address. Names cannot be told for sure, so the form asks rather than refuses. */
const NOTE_SUSPECT: { pattern: RegExp; message: string }[] = [
  { pattern: IDENTIFYING_PATTERNS.name, message: NOTE_WARNINGS.name },
  { pattern: IDENTIFYING_PATTERNS.address, message: NOTE_WARNINGS.address },
];

/** Why the note cannot be sent (a number, e-mail, WeChat id or the words for them), or undefined. */
export function noteProblem(note: string): string | undefined {
  const text = note.trim();
  if (text.length > NOTE_MAX_LENGTH) {
    return NOTE_ERRORS.tooLong;
  }
  const refused = refusedInNote(text);
  return refused === undefined ? undefined : NOTE_REFUSED[refused];
}

/** What in the note may identify her: shown as she types, does not stop sending. */
export function noteWarnings(note: string): string[] {
  const text = note.trim();
  return NOTE_SUSPECT.filter(({ pattern }) => pattern.test(text)).map(({ message }) => message);
}

// ---- Checking and sending ---------------------------------------------------------------------

export const RECORD_ERRORS = {
  dateFuture: '日期不能是将来。',
  datePast: `只能登记最近 ${RECORD_BACKDATE_DAYS} 天内的来访来电。`,
  channel: '请选择方式。',
  category: '请选择类别。',
  services: '请至少选择一项服务。',
  referrals: `请选择转介去向，没有转介就选“${REFERRAL_LABELS.none}”。`,
  referralsNoneAlone: `“${REFERRAL_LABELS.none}”不能和其他去向一起选。`,
  duration: `用时应在 ${RECORD_DURATION_MINUTES.min}–${RECORD_DURATION_MINUTES.max} 分钟之间。`,
  helperProfession: '请选择接待人员的身份。',
  ageBand: `请选择年龄段，不知道就选“${AGE_BAND_LABELS.unknown}”。`,
  area: `请选择她住在哪个区域，不知道就选“${OUTSIDE_AREA_LABELS.unknown}”。`,
  centreCode: '请选择是哪个中心的登记。',
  fallback: '这一项需要修改。',
} as const;

export interface ValidationContext {
  today: string;
  /** A city admin must say which centre the record belongs to. */
  needsCentre: boolean;
}

/** What is wrong, per field, in plain words; empty when the record can be sent. */
export function validateRecord(
  draft: RecordDraft,
  { today, needsCentre }: ValidationContext,
): Partial<Record<RecordField, string>> {
  const errors: Partial<Record<RecordField, string>> = {};
  if (draft.date > today) {
    errors.date = RECORD_ERRORS.dateFuture;
  } else if (draft.date < addDays(today, -RECORD_BACKDATE_DAYS)) {
    errors.date = RECORD_ERRORS.datePast;
  }
  if (!draft.channel) {
    errors.channel = RECORD_ERRORS.channel;
  }
  if (!draft.category) {
    errors.category = RECORD_ERRORS.category;
  }
  if (draft.services.length === 0) {
    errors.services = RECORD_ERRORS.services;
  }
  if (draft.referrals.length === 0) {
    errors.referrals = RECORD_ERRORS.referrals;
  } else if (draft.referrals.includes('none') && draft.referrals.length > 1) {
    errors.referrals = RECORD_ERRORS.referralsNoneAlone;
  }
  const minutes = draft.durationMinutes;
  if (
    minutes === null ||
    !Number.isInteger(minutes) ||
    minutes < RECORD_DURATION_MINUTES.min ||
    minutes > RECORD_DURATION_MINUTES.max
  ) {
    errors.durationMinutes = RECORD_ERRORS.duration;
  }
  if (!draft.helperProfession) {
    errors.helperProfession = RECORD_ERRORS.helperProfession;
  }
  if (!draft.ageBand) {
    errors.ageBand = RECORD_ERRORS.ageBand;
  }
  if (!draft.area || !AREA_CHOICES.includes(draft.area)) {
    errors.area = RECORD_ERRORS.area;
  }
  if (needsCentre && (!draft.centreCode || !isCentreCode(draft.centreCode))) {
    errors.centreCode = RECORD_ERRORS.centreCode;
  }
  const note = noteProblem(draft.note);
  if (note) {
    errors.note = note;
  }
  return errors;
}

/**
 * The record as the server takes it: only the coded fields and the checked note, copied one by one
 * (never a spread of the form), so nothing else the page holds can travel with it.
 * Call only after validateRecord found nothing.
 */
export function toRecordFields(draft: RecordDraft): RecordFieldsDto {
  const note = draft.note.trim();
  return {
    date: draft.date,
    channel: draft.channel as RecordChannel,
    category: draft.category as RecordCategory,
    services: [...draft.services],
    referrals: [...draft.referrals],
    followUpNeeded: draft.followUpNeeded,
    durationMinutes: draft.durationMinutes as number,
    helperProfession: draft.helperProfession as Profession,
    ageBand: draft.ageBand as AgeBand,
    area: draft.area as string,
    mandatoryReport: draft.mandatoryReport,
    ...(note ? { note } : {}),
  };
}

/** A new record: the fields, the centre for a city admin, and the booking or call-back it is for. */
export function toCreateRecord(
  draft: RecordDraft,
  { needsCentre, source }: { needsCentre: boolean; source?: RecordSource },
): CreateRecordDto {
  return {
    ...toRecordFields(draft),
    ...(needsCentre && draft.centreCode ? { centreCode: draft.centreCode } : {}),
    ...(source?.kind === 'booking' ? { fromBookingId: source.bookingId } : {}),
    ...(source?.kind === 'callback' ? { fromCallbackId: source.callbackId } : {}),
  };
}

const SERVER_FIELD_TEXT: Partial<Record<RecordField, string>> = {
  date: `${RECORD_ERRORS.dateFuture}${RECORD_ERRORS.datePast}`,
  channel: RECORD_ERRORS.channel,
  category: RECORD_ERRORS.category,
  services: RECORD_ERRORS.services,
  referrals: RECORD_ERRORS.referralsNoneAlone,
  durationMinutes: RECORD_ERRORS.duration,
  helperProfession: RECORD_ERRORS.helperProfession,
  ageBand: RECORD_ERRORS.ageBand,
  area: RECORD_ERRORS.area,
  centreCode: RECORD_ERRORS.centreCode,
};

const FORM_FIELDS: readonly RecordField[] = [
  'date',
  'channel',
  'category',
  'services',
  'referrals',
  'followUpNeeded',
  'durationMinutes',
  'helperProfession',
  'ageBand',
  'area',
  'mandatoryReport',
  'note',
  'centreCode',
];

function noteReasonText(reason: string): string {
  if (/e-mail/i.test(reason)) {
    return NOTE_ERRORS.email;
  }
  if (/wechat/i.test(reason)) {
    return NOTE_ERRORS.wechat;
  }
  if (/identity|address/i.test(reason)) {
    return NOTE_ERRORS.identity;
  }
  if (/long number|phone number|ID number/i.test(reason)) {
    return NOTE_ERRORS.longNumber;
  }
  if (/longer|shorter|characters/i.test(reason)) {
    return NOTE_ERRORS.tooLong;
  }
  return NOTE_ERRORS.identity;
}

/**
 * The server's 400 answer, next to the fields it names, in Chinese where the field is known
 * (`services.0` belongs to services). `other` is true when something could not be placed.
 */
export function serverFieldErrors(fields: readonly FieldErrorDto[]): {
  errors: Partial<Record<RecordField, string>>;
  other: boolean;
} {
  const errors: Partial<Record<RecordField, string>> = {};
  let other = false;
  for (const { field, reason } of fields) {
    const name = field.split('.')[0] as RecordField;
    if (!FORM_FIELDS.includes(name)) {
      other = true;
      continue;
    }
    errors[name] = name === 'note' ? noteReasonText(reason) : (SERVER_FIELD_TEXT[name] ?? RECORD_ERRORS.fallback);
  }
  return { errors, other };
}

/** The last few days as tappable dates (today first); an edited record's own date stays a choice. */
export function dateChoices(today: string, keep?: string, count = 7): string[] {
  const days = Array.from({ length: count }, (_, index) => addDays(today, -index));
  return keep && !days.includes(keep) ? [...days, keep] : days;
}
