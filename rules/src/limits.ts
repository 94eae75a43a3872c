// Limits the server enforces and the mini-program's forms show before sending: one number each, in one place.

/** Her topic with a booking or a call-back request (她想谈的事): optional, short. */
export const TOPIC_MAX_LENGTH = 200;

/** A consultation record's free-text note: short on purpose, and never exported. */
export const NOTE_MAX_LENGTH = 100;
/** A record may be registered for a visit or call up to this many days back (and never for a future day). */
export const RECORD_BACKDATE_DAYS = 90;
/** How long a consultation may be recorded as lasting, in minutes. */
export const RECORD_DURATION_MINUTES = { min: 1, max: 480 } as const;

/** A call-back request holds 1 to this many safe windows. */
export const SAFE_WINDOWS_MAX = 7;

/** Staff and admin logins: lower-case letters, digits, dots, dashes and underscores, starting with a letter or digit. */
export const USERNAME_LENGTH = { min: 3, max: 64 } as const;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;

/**
 * The staff's working day at a centre (Shanghai time), Monday to Friday: the office day around the morning
 * consultations. Call-backs are offered only inside it, and waiting time for staff alerts counts only inside it.
 */
export const WORKING_DAY = { start: '08:00', end: '18:00', weekdays: [1, 2, 3, 4, 5] } as const;
