// Generated from the server's OpenAPI document by `node scripts/gen-shared-types.mjs`. Do not edit by hand:
// change the server's controllers and DTOs and regenerate. A server test fails when this file and the API drift
// apart; the types come from @wac/shared-types (ApiPaths), so a changed path or parameter stops the build.
import type { ApiTransport } from './transport';
import { endpoint, type BodyOf, type PathOf, type QueryOf } from './endpoint';

/** GET /api/staff/bookings: Bookings of the staff member's centre (city admins: all, or ?centre=) */
export function listCentreBookings(transport: ApiTransport, query: QueryOf<'/api/staff/bookings', 'get'>) {
  return transport.send(endpoint('get', '/api/staff/bookings', { query }));
}

/** POST /api/staff/bookings/{id}/arrive */
export function markBookingArrived(transport: ApiTransport, id: PathOf<'/api/staff/bookings/{id}/arrive', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/staff/bookings/{id}/arrive', { path: { id } }));
}

/** POST /api/staff/bookings/{id}/complete */
export function completeBooking(transport: ApiTransport, id: PathOf<'/api/staff/bookings/{id}/complete', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/staff/bookings/{id}/complete', { path: { id } }));
}

/** POST /api/staff/bookings/{id}/confirm */
export function confirmBooking(transport: ApiTransport, id: PathOf<'/api/staff/bookings/{id}/confirm', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/staff/bookings/{id}/confirm', { path: { id } }));
}

/** POST /api/staff/bookings/{id}/decline */
export function declineBooking(transport: ApiTransport, id: PathOf<'/api/staff/bookings/{id}/decline', 'post'>['id'], body: BodyOf<'/api/staff/bookings/{id}/decline', 'post'>) {
  return transport.send(endpoint('post', '/api/staff/bookings/{id}/decline', { path: { id } }), { body });
}

/** POST /api/staff/bookings/{id}/no-show: Record a no-show (for planning only: it never limits what she can book) */
export function markBookingNoShow(transport: ApiTransport, id: PathOf<'/api/staff/bookings/{id}/no-show', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/staff/bookings/{id}/no-show', { path: { id } }));
}

/** GET /api/staff/callbacks: The callback queue of the centre, in the order to call (numbers masked) */
export function listCallbackQueue(transport: ApiTransport, query?: QueryOf<'/api/staff/callbacks', 'get'>) {
  return transport.send(endpoint('get', '/api/staff/callbacks', { query }));
}

/** GET /api/staff/callbacks/{id}: One request; the whole number only for whoever claimed it (audited) */
export function getCallback(transport: ApiTransport, id: PathOf<'/api/staff/callbacks/{id}', 'get'>['id']) {
  return transport.send(endpoint('get', '/api/staff/callbacks/{id}', { path: { id } }));
}

/** POST /api/staff/callbacks/{id}/attempts: Log a call attempt */
export function logCallbackAttempt(transport: ApiTransport, id: PathOf<'/api/staff/callbacks/{id}/attempts', 'post'>['id'], body: BodyOf<'/api/staff/callbacks/{id}/attempts', 'post'>) {
  return transport.send(endpoint('post', '/api/staff/callbacks/{id}/attempts', { path: { id } }), { body });
}

/** POST /api/staff/callbacks/{id}/claim: Take the request; reveals the number to you alone (audited) */
export function claimCallback(transport: ApiTransport, id: PathOf<'/api/staff/callbacks/{id}/claim', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/staff/callbacks/{id}/claim', { path: { id } }));
}

/** POST /api/staff/callbacks/{id}/close: Close with an outcome; the number is erased after CALLBACK_ERASE_AFTER_DAYS */
export function closeCallback(transport: ApiTransport, id: PathOf<'/api/staff/callbacks/{id}/close', 'post'>['id'], body: BodyOf<'/api/staff/callbacks/{id}/close', 'post'>) {
  return transport.send(endpoint('post', '/api/staff/callbacks/{id}/close', { path: { id } }), { body });
}

/** POST /api/staff/callbacks/{id}/release: Put a claimed request back in the queue */
export function releaseCallback(transport: ApiTransport, id: PathOf<'/api/staff/callbacks/{id}/release', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/staff/callbacks/{id}/release', { path: { id } }));
}

/** GET /api/staff/me: Who is logged in, and whether staff notices reach her WeChat */
export function getStaffMe(transport: ApiTransport) {
  return transport.send(endpoint('get', '/api/staff/me'));
}

/** PUT /api/staff/me/wechat: Bind the WeChat user of a wx.login code to this login, to receive staff notices */
export function putStaffWechat(transport: ApiTransport, body: BodyOf<'/api/staff/me/wechat', 'put'>) {
  return transport.send(endpoint('put', '/api/staff/me/wechat'), { body });
}

/** DELETE /api/staff/me/wechat: Stop staff notices through WeChat for this login */
export function deleteStaffWechat(transport: ApiTransport) {
  return transport.send(endpoint('delete', '/api/staff/me/wechat'));
}

/** GET /api/staff/records: The centre's current records (city admins: all, or ?centre=) */
export function listRecords(transport: ApiTransport, query: QueryOf<'/api/staff/records', 'get'>) {
  return transport.send(endpoint('get', '/api/staff/records', { query }));
}

/** POST /api/staff/records: Register a visit or call (来访来电登记) as an anonymized consultation record */
export function createRecord(transport: ApiTransport, body: BodyOf<'/api/staff/records', 'post'>) {
  return transport.send(endpoint('post', '/api/staff/records'), { body });
}

/** GET /api/staff/records/{id} */
export function getRecord(transport: ApiTransport, id: PathOf<'/api/staff/records/{id}', 'get'>['id']) {
  return transport.send(endpoint('get', '/api/staff/records/{id}', { path: { id } }));
}

/** PUT /api/staff/records/{id}: Fix a record in place (its author, within 24 hours) */
export function editRecord(transport: ApiTransport, id: PathOf<'/api/staff/records/{id}', 'put'>['id'], body: BodyOf<'/api/staff/records/{id}', 'put'>) {
  return transport.send(endpoint('put', '/api/staff/records/{id}', { path: { id } }), { body });
}

/** POST /api/staff/records/{id}/corrections: Correct a record: a new version that replaces it in reports */
export function correctRecord(transport: ApiTransport, id: PathOf<'/api/staff/records/{id}/corrections', 'post'>['id'], body: BodyOf<'/api/staff/records/{id}/corrections', 'post'>) {
  return transport.send(endpoint('post', '/api/staff/records/{id}/corrections', { path: { id } }), { body });
}
