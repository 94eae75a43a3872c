import { TOPIC_MAX_LENGTH } from '@wac/rules';
import { BOOKING_BODY_LIMIT_BYTES, bookingBodyLength, plainBookingBody } from './booking-requests.js';

describe('bookingBodyLength', () => {
  const headers = {
    authorization: 'Bearer token',
    'content-type': 'application/json',
    'content-length': '42',
  };

  it.each([
    ['a plain JSON body', {}, 42],
    ['JSON in UTF-8', { 'content-type': 'application/json; charset=utf-8' }, 42],
    ['a quoted charset in capitals', { 'content-type': 'Application/JSON;charset="UTF-8"' }, 42],
    ['a body at the limit', { 'content-length': String(BOOKING_BODY_LIMIT_BYTES) }, BOOKING_BODY_LIMIT_BYTES],
  ])('takes %s', (_what, changed, length) => {
    expect(bookingBodyLength('POST', '/api/bookings', { ...headers, ...changed })).toBe(length);
  });

  it('reads the JSON parser’s limit for this part of the API (16 KiB)', () => {
    expect(BOOKING_BODY_LIMIT_BYTES).toBe(16 * 1024);
  });

  it.each([
    ['another method', 'PUT', '/api/bookings', {}],
    ['another route', 'POST', '/api/bookings/mine', {}],
    ['a query string', 'POST', '/api/bookings?x=1', {}],
    ['no token', 'POST', '/api/bookings', { authorization: undefined }],
    ['a compressed body', 'POST', '/api/bookings', { 'content-encoding': 'gzip' }],
    ['a chunked body', 'POST', '/api/bookings', { 'transfer-encoding': 'chunked' }],
    ['another type', 'POST', '/api/bookings', { 'content-type': 'text/plain' }],
    ['JSON in another charset', 'POST', '/api/bookings', { 'content-type': 'application/json; charset=latin1' }],
    ['no type', 'POST', '/api/bookings', { 'content-type': undefined }],
    ['an empty body', 'POST', '/api/bookings', { 'content-length': '0' }],
    ['no length', 'POST', '/api/bookings', { 'content-length': undefined }],
    ['a length that is not a number', 'POST', '/api/bookings', { 'content-length': '12abc' }],
    ['a body over the limit', 'POST', '/api/bookings', { 'content-length': String(BOOKING_BODY_LIMIT_BYTES + 1) }],
  ])('leaves %s to the framework', (_what, method, url, changed) => {
    expect(bookingBodyLength(method, url, { ...headers, ...changed })).toBeUndefined();
  });
});

describe('plainBookingBody', () => {
  const slotId = 'jinjiang.2026-12-03.09:00.legal';

  it.each([
    ['a slot alone', { slotId }, { slotId }],
    ['a topic, trimmed', { slotId, topic: '  想了解 ' }, { slotId, topic: '想了解' }],
    ['an empty topic', { slotId, topic: '' }, { slotId, topic: '' }],
    [
      'a topic at the limit once trimmed',
      { slotId, topic: ` ${'长'.repeat(TOPIC_MAX_LENGTH)} ` },
      { slotId, topic: '长'.repeat(TOPIC_MAX_LENGTH) },
    ],
    [
      'a contact preference',
      { slotId, contactPreference: 'wechat_notice' },
      { slotId, contactPreference: 'wechat_notice' },
    ],
    ['needs', { slotId, needs: ['with_child', 'minnan_dialect'] }, { slotId, needs: ['with_child', 'minnan_dialect'] }],
    ['no needs', { slotId, needs: [] }, { slotId, needs: [] }],
  ])('takes %s', (_what, body, expected) => {
    expect(plainBookingBody(body)).toEqual(expected);
  });

  it.each([
    ['an array', [{ slotId }]],
    ['null', null],
    ['a string', slotId],
    ['no slot', {}],
    ['an empty slot id', { slotId: '' }],
    ['a slot id with a space', { slotId: 'jinjiang 2026' }],
    ['a slot id beyond ASCII', { slotId: '晋江' }],
    ['a slot id over 200 characters', { slotId: 'x'.repeat(201) }],
    ['a slot id that is a number', { slotId: 42 }],
    ['an unknown key', { slotId, extra: 1 }],
    ['a prototype key', JSON.parse(`{"slotId":"${slotId}","__proto__":{"admin":true}}`) as object],
    ['a null topic', { slotId, topic: null }],
    ['a topic over the limit', { slotId, topic: 'x'.repeat(TOPIC_MAX_LENGTH + 1) }],
    ['a topic that is a number', { slotId, topic: 7 }],
    ['a null contact preference', { slotId, contactPreference: null }],
    ['an unknown contact preference', { slotId, contactPreference: 'phone' }],
    ['needs that are not a list', { slotId, needs: 'with_child' }],
    ['an unknown need', { slotId, needs: ['a_lift'] }],
    ['a need given twice', { slotId, needs: ['with_child', 'with_child'] }],
    ['a need that is not text', { slotId, needs: [1] }],
  ])('leaves %s to the validator', (_what, body) => {
    expect(plainBookingBody(body)).toBeUndefined();
  });
});
