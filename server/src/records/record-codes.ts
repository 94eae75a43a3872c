/** The fixed choices of a consultation record (来访来电登记). Only codes: nothing here can hold a name or number. */
export const RECORD_CHANNELS = ['walk_in', 'hotline_12338', 'booking', 'callback'] as const;
export type RecordChannel = (typeof RECORD_CHANNELS)[number];

export const RECORD_CATEGORIES = [
  'marriage_family',
  'domestic_violence',
  'property',
  'custody',
  'psychological',
  'labour',
  'other',
] as const;
export type RecordCategory = (typeof RECORD_CATEGORIES)[number];

export const RECORD_SERVICES = [
  'legal_advice',
  'counselling',
  'mediation',
  'relief',
  'information',
  'accompaniment',
] as const;
export type RecordService = (typeof RECORD_SERVICES)[number];

export const REFERRALS = [
  'police',
  'court',
  'procuratorate',
  'justice_bureau',
  'social_work',
  'shelter',
  'other_centre',
  'none',
] as const;
export type Referral = (typeof REFERRALS)[number];

export const AGE_BANDS = ['under_18', '18_29', '30_39', '40_49', '50_59', '60_plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** A record can be edited in place this long after it was made; later, corrections are new versions. */
export const EDIT_GRACE_HOURS = 24;
