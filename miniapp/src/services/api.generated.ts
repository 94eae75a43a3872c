// Generated from the server's OpenAPI document by `node scripts/gen-shared-types.mjs`. Do not edit by hand:
// change the server's controllers and DTOs and regenerate. A server test fails when this file and the API drift
// apart; the types come from @wac/shared-types (ApiPaths), so a changed path or parameter stops the build.
import type { ApiTransport } from './transport';
import { endpoint, type BodyOf, type PathOf, type QueryOf } from './endpoint';

/** POST /api/auth/end-session: A woman: end her session on this device (what she booked stays with the centre) */
export function endSession(transport: ApiTransport) {
  return transport.send(endpoint('post', '/api/auth/end-session'));
}

/** POST /api/auth/guest: A woman outside WeChat (H5): an anonymous session, no account and no phone needed */
export function loginAsGuest(transport: ApiTransport, body: BodyOf<'/api/auth/guest', 'post'>) {
  return transport.send(endpoint('post', '/api/auth/guest'), { body });
}

/** GET /api/auth/guest/challenge: The small puzzle an H5 guest login solves first (about a second on a phone) */
export function getGuestChallenge(transport: ApiTransport) {
  return transport.send(endpoint('get', '/api/auth/guest/challenge'));
}

/** POST /api/auth/login: Staff and admins: username and password */
export function loginStaff(transport: ApiTransport, body: BodyOf<'/api/auth/login', 'post'>) {
  return transport.send(endpoint('post', '/api/auth/login'), { body });
}

/** POST /api/auth/logout: Staff: end every session of this login (a lost or shared phone keeps no working token) */
export function logoutStaff(transport: ApiTransport) {
  return transport.send(endpoint('post', '/api/auth/logout'));
}

/** POST /api/auth/wechat: A woman in the WeChat mini-program: exchange a wx.login code for an app token */
export function loginWithWechat(transport: ApiTransport, body: BodyOf<'/api/auth/wechat', 'post'>) {
  return transport.send(endpoint('post', '/api/auth/wechat'), { body });
}

/** POST /api/bookings: Book a slot (pending until staff confirm). The same Idempotency-Key again returns the same booking. */
export function createBooking(transport: ApiTransport, body: BodyOf<'/api/bookings', 'post'>, idempotencyKey: string) {
  return transport.send(endpoint('post', '/api/bookings'), { body, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** GET /api/bookings/by-code/{code}: Her booking found by its short code alone (rate-limited per address and session; her words not shown) */
export function findBookingByCode(transport: ApiTransport, code: PathOf<'/api/bookings/by-code/{code}', 'get'>['code']) {
  return transport.send(endpoint('get', '/api/bookings/by-code/{code}', { path: { code } }));
}

/** POST /api/bookings/by-code/{code}/cancel: Cancel a booking with its short code alone, any time before the start */
export function cancelBookingByCode(transport: ApiTransport, code: PathOf<'/api/bookings/by-code/{code}/cancel', 'post'>['code']) {
  return transport.send(endpoint('post', '/api/bookings/by-code/{code}/cancel', { path: { code } }));
}

/** POST /api/bookings/by-code/{code}/reschedule: Move a booking with its short code alone: the new place, or the old one kept */
export function rescheduleBookingByCode(transport: ApiTransport, code: PathOf<'/api/bookings/by-code/{code}/reschedule', 'post'>['code'], body: BodyOf<'/api/bookings/by-code/{code}/reschedule', 'post'>) {
  return transport.send(endpoint('post', '/api/bookings/by-code/{code}/reschedule', { path: { code } }), { body });
}

/** GET /api/bookings/mine */
export function listMyBookings(transport: ApiTransport) {
  return transport.send(endpoint('get', '/api/bookings/mine'));
}

/** POST /api/bookings/{id}/cancel: Cancel, any time before the start */
export function cancelBooking(transport: ApiTransport, id: PathOf<'/api/bookings/{id}/cancel', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/bookings/{id}/cancel', { path: { id } }));
}

/** POST /api/bookings/{id}/reschedule: Move to another slot atomically: the new place, or the old one kept */
export function rescheduleBooking(transport: ApiTransport, id: PathOf<'/api/bookings/{id}/reschedule', 'post'>['id'], body: BodyOf<'/api/bookings/{id}/reschedule', 'post'>) {
  return transport.send(endpoint('post', '/api/bookings/{id}/reschedule', { path: { id } }), { body });
}

/** POST /api/callbacks: Ask to be called back, on a number she types, at times that are safe for her */
export function requestCallback(transport: ApiTransport, body: BodyOf<'/api/callbacks', 'post'>, idempotencyKey?: string) {
  return transport.send(endpoint('post', '/api/callbacks'), { body, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** GET /api/callbacks/by-code/{code}: Her request found by its short code alone (rate-limited; no number or words shown) */
export function findCallbackByCode(transport: ApiTransport, code: PathOf<'/api/callbacks/by-code/{code}', 'get'>['code']) {
  return transport.send(endpoint('get', '/api/callbacks/by-code/{code}', { path: { code } }));
}

/** POST /api/callbacks/by-code/{code}/withdraw: Withdraw a request with its short code alone; the number is erased at once */
export function withdrawCallbackByCode(transport: ApiTransport, code: PathOf<'/api/callbacks/by-code/{code}/withdraw', 'post'>['code']) {
  return transport.send(endpoint('post', '/api/callbacks/by-code/{code}/withdraw', { path: { code } }));
}

/** GET /api/callbacks/mine */
export function listMyCallbacks(transport: ApiTransport) {
  return transport.send(endpoint('get', '/api/callbacks/mine'));
}

/** POST /api/callbacks/{id}/withdraw: Withdraw the request; the number is erased at once */
export function withdrawCallback(transport: ApiTransport, id: PathOf<'/api/callbacks/{id}/withdraw', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/callbacks/{id}/withdraw', { path: { id } }));
}

/** GET /api/centres: All centres; or, given lat/lng (GCJ-02), the nearest ones a page at a time with distanceMeters */
export function listCentres(transport: ApiTransport, query?: QueryOf<'/api/centres', 'get'>) {
  return transport.send(endpoint('get', '/api/centres', { query }));
}

/** GET /api/centres/{code}: One centre with its wall: work rules, service scope and duty people */
export function getCentre(transport: ApiTransport, code: PathOf<'/api/centres/{code}', 'get'>['code']) {
  return transport.send(endpoint('get', '/api/centres/{code}', { path: { code } }));
}

/** GET /api/centres/{code}/availability: A centre's days (open, or closed with the reason) and slots with the places left */
export function getAvailability(transport: ApiTransport, code: PathOf<'/api/centres/{code}/availability', 'get'>['code'], query: QueryOf<'/api/centres/{code}/availability', 'get'>) {
  return transport.send(endpoint('get', '/api/centres/{code}/availability', { path: { code }, query }));
}

/** GET /api/health: Liveness and database reachability */
export function getHealth(transport: ApiTransport) {
  return transport.send(endpoint('get', '/api/health'));
}

/** GET /api/health/live: Liveness: the process answers (never touches the database; restart it when this fails) */
export function getLiveness(transport: ApiTransport) {
  return transport.send(endpoint('get', '/api/health/live'));
}

/** GET /api/health/ready: Readiness: send traffic here (database answers, schema current, not shutting down); 503 otherwise */
export function getReadiness(transport: ApiTransport) {
  return transport.send(endpoint('get', '/api/health/ready'));
}

/** DELETE /api/me: Erase everything of hers: bookings cancelled, requests withdrawn, numbers and words erased, identity forgotten */
export function eraseMyData(transport: ApiTransport) {
  return transport.send(endpoint('delete', '/api/me'));
}

/** GET /api/photos/{id}: A photo from a centre wall */
export function getPhoto(transport: ApiTransport, id: PathOf<'/api/photos/{id}', 'get'>['id']) {
  return transport.send(endpoint('get', '/api/photos/{id}', { path: { id } }));
}

/** POST /api/waitlist: Wait for a place on a full day; the first in line is offered a freed place for a limited time */
export function joinWaitlist(transport: ApiTransport, body: BodyOf<'/api/waitlist', 'post'>) {
  return transport.send(endpoint('post', '/api/waitlist'), { body });
}

/** GET /api/waitlist/mine */
export function listMyWaitlist(transport: ApiTransport) {
  return transport.send(endpoint('get', '/api/waitlist/mine'));
}

/** POST /api/waitlist/{id}/accept: Take the place held for her: it becomes a pending booking */
export function acceptWaitlistOffer(transport: ApiTransport, id: PathOf<'/api/waitlist/{id}/accept', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/waitlist/{id}/accept', { path: { id } }));
}

/** POST /api/waitlist/{id}/decline: Turn the offer down; it passes to the next in line */
export function declineWaitlistOffer(transport: ApiTransport, id: PathOf<'/api/waitlist/{id}/decline', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/waitlist/{id}/decline', { path: { id } }));
}

/** POST /api/waitlist/{id}/withdraw: Leave the waiting list */
export function leaveWaitlist(transport: ApiTransport, id: PathOf<'/api/waitlist/{id}/withdraw', 'post'>['id']) {
  return transport.send(endpoint('post', '/api/waitlist/{id}/withdraw', { path: { id } }));
}
