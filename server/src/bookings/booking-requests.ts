import { BOOKING_NEEDS, TOPIC_MAX_LENGTH, type BookingNeed } from '@wac/rules';
import type { IncomingHttpHeaders } from 'node:http';
import { JSON_BODY_LIMITS } from '../common/http/json-body.js';
import { CONTACT_PREFERENCES, type ContactPreference } from './booking.entity.js';
import type { CreateBookingDto } from './dto/booking.dto.js';

export const BOOKINGS_ROUTE = '/api/bookings';

/** As the JSON parser's limit for this part of the API (`JSON_BODY_LIMITS.default`). */
export const BOOKING_BODY_LIMIT_BYTES = parseKilobytes(JSON_BODY_LIMITS.default);

/** `application/json`, optionally with the only charset the JSON parser reads. */
const JSON_CONTENT_TYPE = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;
/** What slot ids look like (printable ASCII); anything else goes to the validator, which names the field. */
const PLAIN_SLOT_ID = /^[\x21-\x7e]{1,200}$/;
const BODY_KEYS = new Set(['slotId', 'topic', 'contactPreference', 'needs']);

/**
 * The length of the body of a `POST /api/bookings` the edge may read, or undefined for any request it leaves to the
 * framework untouched: another route, no token, a body not plainly JSON in UTF-8 (compressed, chunked, another
 * charset), empty, or larger than the parser's limit (the framework answers 413).
 */
export function bookingBodyLength(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): number | undefined {
  if (method !== 'POST' || url !== BOOKINGS_ROUTE || headers.authorization === undefined) {
    return undefined;
  }
  if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) {
    return undefined;
  }
  if (!JSON_CONTENT_TYPE.test(headers['content-type'] ?? '')) {
    return undefined;
  }
  const length = Number(headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= BOOKING_BODY_LIMIT_BYTES ? length : undefined;
}

/**
 * The parsed body as the validation pipe would give it to the controller, or undefined. Only plain, valid bodies
 * qualify, each a subset of what `CreateBookingDto` accepts with the same meaning (the topic trimmed as its
 * transform does); anything else (an unknown key, null, a wrong type, a topic too long) is left to the framework,
 * whose validation answers it with a 400 naming the field.
 */
export function plainBookingBody(body: unknown): CreateBookingDto | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return undefined;
  }
  const fields = body as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!BODY_KEYS.has(key)) {
      return undefined;
    }
  }
  const { slotId, topic, contactPreference, needs } = fields;
  if (typeof slotId !== 'string' || !PLAIN_SLOT_ID.test(slotId)) {
    return undefined;
  }
  const dto: CreateBookingDto = { slotId };
  if (topic !== undefined) {
    // The validator counts a surrogate pair as one character, so a topic within the limit in UTF-16 is within it there.
    if (typeof topic !== 'string' || topic.trim().length > TOPIC_MAX_LENGTH) {
      return undefined;
    }
    dto.topic = topic.trim();
  }
  if (contactPreference !== undefined) {
    if (!isContactPreference(contactPreference)) {
      return undefined;
    }
    dto.contactPreference = contactPreference;
  }
  if (needs !== undefined) {
    if (!Array.isArray(needs) || !needs.every(isBookingNeed) || new Set(needs).size !== needs.length) {
      return undefined;
    }
    dto.needs = needs;
  }
  return dto;
}

function isContactPreference(value: unknown): value is ContactPreference {
  return (CONTACT_PREFERENCES as readonly unknown[]).includes(value);
}

function isBookingNeed(value: unknown): value is BookingNeed {
  return (BOOKING_NEEDS as readonly unknown[]).includes(value);
}

function parseKilobytes(limit: string): number {
  const kilobytes = /^(\d+)kb$/.exec(limit)?.[1];
  if (!kilobytes) {
    throw new Error(`JSON body limit ${limit} is not in kb`);
  }
  return Number(kilobytes) * 1024;
}
