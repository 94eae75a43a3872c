// Generated from the server's OpenAPI document by `node scripts/gen-shared-types.mjs`. Do not edit by hand:
// change the server's controllers and DTOs and regenerate. A server test fails when this file and the API drift
// apart; the types come from @wac/shared-types (ApiPaths), so a changed path or parameter stops the build.
import type { ApiTransport } from './transport';
import { endpoint, type BodyOf, type PathOf, type QueryOf } from './endpoint';

/** GET /api/admin/audit: Who viewed personal data, exported, or changed rosters, templates, calendars and staff */
export function getAuditLog(transport: ApiTransport, query: QueryOf<'/api/admin/audit', 'get'>) {
  return transport.send(endpoint('get', '/api/admin/audit', { query }));
}

/** GET /api/admin/bookings/export: Bookings as CSV, coded fields only (audited) */
export function exportBookings(transport: ApiTransport, query: QueryOf<'/api/admin/bookings/export', 'get'>) {
  return transport.send(endpoint('get', '/api/admin/bookings/export', { query }));
}

/** GET /api/admin/calendar: A year's official holidays and 调休 days, admins' corrections, and a centre's own days */
export function getCalendarYear(transport: ApiTransport, query: QueryOf<'/api/admin/calendar', 'get'>) {
  return transport.send(endpoint('get', '/api/admin/calendar', { query }));
}

/** PUT /api/admin/calendar/official/{year}: Load a year's official schedule as announced (city admins; audited); bookings on days it closes move */
export function putOfficialYear(transport: ApiTransport, year: PathOf<'/api/admin/calendar/official/{year}', 'put'>['year'], body: BodyOf<'/api/admin/calendar/official/{year}', 'put'>) {
  return transport.send(endpoint('put', '/api/admin/calendar/official/{year}', { path: { year } }), { body });
}

/** POST /api/admin/calendar/official/{year}/preview: What loading a year's official schedule would change for women (city admins) */
export function previewOfficialYear(transport: ApiTransport, year: PathOf<'/api/admin/calendar/official/{year}/preview', 'post'>['year'], body: BodyOf<'/api/admin/calendar/official/{year}/preview', 'post'>) {
  return transport.send(endpoint('post', '/api/admin/calendar/official/{year}/preview', { path: { year } }), { body });
}

/** GET /api/admin/calendar/years: Which years around now have their official schedule, and which are provisional */
export function getCalendarYears(transport: ApiTransport) {
  return transport.send(endpoint('get', '/api/admin/calendar/years'));
}

/** PUT /api/admin/calendar/{date}: Mark a date (city-wide correction, or a closure / extra day of one centre); audited */
export function putCalendarMark(transport: ApiTransport, date: PathOf<'/api/admin/calendar/{date}', 'put'>['date'], body: BodyOf<'/api/admin/calendar/{date}', 'put'>) {
  return transport.send(endpoint('put', '/api/admin/calendar/{date}', { path: { date } }), { body });
}

/** DELETE /api/admin/calendar/{date} */
export function deleteCalendarMark(transport: ApiTransport, date: PathOf<'/api/admin/calendar/{date}', 'delete'>['date'], query: QueryOf<'/api/admin/calendar/{date}', 'delete'>) {
  return transport.send(endpoint('delete', '/api/admin/calendar/{date}', { path: { date }, query }));
}

/** PATCH /api/admin/centres/{code}: Edit a centre's details, position (GCJ-02), status and wall */
export function updateCentre(transport: ApiTransport, code: PathOf<'/api/admin/centres/{code}', 'patch'>['code'], body: BodyOf<'/api/admin/centres/{code}', 'patch'>) {
  return transport.send(endpoint('patch', '/api/admin/centres/{code}', { path: { code } }), { body });
}

/** GET /api/admin/centres/{code}/template: A centre's session template (the defaults until an admin sets one) */
export function getSlotTemplate(transport: ApiTransport, code: PathOf<'/api/admin/centres/{code}/template', 'get'>['code']) {
  return transport.send(endpoint('get', '/api/admin/centres/{code}/template', { path: { code } }));
}

/** PUT /api/admin/centres/{code}/template: Set session length, buffer, rooms, walk-in reserve, booking window and lead time (audited) */
export function putSlotTemplate(transport: ApiTransport, code: PathOf<'/api/admin/centres/{code}/template', 'put'>['code'], body: BodyOf<'/api/admin/centres/{code}/template', 'put'>) {
  return transport.send(endpoint('put', '/api/admin/centres/{code}/template', { path: { code } }), { body });
}

/** GET /api/admin/centres/{code}/wecom: Whether the centre's staff notices go to a WeCom group robot (the key is never shown) */
export function getWecomRobot(transport: ApiTransport, code: PathOf<'/api/admin/centres/{code}/wecom', 'get'>['code']) {
  return transport.send(endpoint('get', '/api/admin/centres/{code}/wecom', { path: { code } }));
}

/** PUT /api/admin/centres/{code}/wecom: Set the centre's WeCom group robot (centre admin of that centre, or a city admin; audited) */
export function putWecomRobot(transport: ApiTransport, code: PathOf<'/api/admin/centres/{code}/wecom', 'put'>['code'], body: BodyOf<'/api/admin/centres/{code}/wecom', 'put'>) {
  return transport.send(endpoint('put', '/api/admin/centres/{code}/wecom', { path: { code } }), { body });
}

/** DELETE /api/admin/centres/{code}/wecom */
export function deleteWecomRobot(transport: ApiTransport, code: PathOf<'/api/admin/centres/{code}/wecom', 'delete'>['code']) {
  return transport.send(endpoint('delete', '/api/admin/centres/{code}/wecom', { path: { code } }));
}

/** POST /api/admin/centres/{code}/wecom/test: Send a neutral test message to the group now */
export function testWecomRobot(transport: ApiTransport, code: PathOf<'/api/admin/centres/{code}/wecom/test', 'post'>['code']) {
  return transport.send(endpoint('post', '/api/admin/centres/{code}/wecom/test', { path: { code } }));
}

/** GET /api/admin/events */
export function listEvents(transport: ApiTransport, query: QueryOf<'/api/admin/events', 'get'>) {
  return transport.send(endpoint('get', '/api/admin/events', { query }));
}

/** POST /api/admin/events */
export function createEvent(transport: ApiTransport, body: BodyOf<'/api/admin/events', 'post'>) {
  return transport.send(endpoint('post', '/api/admin/events'), { body });
}

/** PATCH /api/admin/events/{id} */
export function updateEvent(transport: ApiTransport, id: PathOf<'/api/admin/events/{id}', 'patch'>['id'], body: BodyOf<'/api/admin/events/{id}', 'patch'>) {
  return transport.send(endpoint('patch', '/api/admin/events/{id}', { path: { id } }), { body });
}

/** DELETE /api/admin/events/{id} */
export function deleteEvent(transport: ApiTransport, id: PathOf<'/api/admin/events/{id}', 'delete'>['id']) {
  return transport.send(endpoint('delete', '/api/admin/events/{id}', { path: { id } }));
}

/** POST /api/admin/photos: Upload a wall photo (JPEG, PNG or WebP, at most 60 KB); then set it on a staff member */
export function uploadPhoto(transport: ApiTransport, body: BodyOf<'/api/admin/photos', 'post'>) {
  return transport.send(endpoint('post', '/api/admin/photos'), { body });
}

/** GET /api/admin/records/export: Anonymized records as CSV, without notes (audited) */
export function exportRecords(transport: ApiTransport, query: QueryOf<'/api/admin/records/export', 'get'>) {
  return transport.send(endpoint('get', '/api/admin/records/export', { query }));
}

/** GET /api/admin/reports: Visits, calls, bookings, callbacks, events and beneficiaries month by month, with breakdowns */
export function getReport(transport: ApiTransport, query: QueryOf<'/api/admin/reports', 'get'>) {
  return transport.send(endpoint('get', '/api/admin/reports', { query }));
}

/** GET /api/admin/reports/export: The report as CSV or XLSX (audited) */
export function exportReport(transport: ApiTransport, query: QueryOf<'/api/admin/reports/export', 'get'>) {
  return transport.send(endpoint('get', '/api/admin/reports/export', { query }));
}

/** GET /api/admin/roster: A centre's duty roster for a month, with the calendar and warnings for thin days */
export function getRosterMonth(transport: ApiTransport, query: QueryOf<'/api/admin/roster', 'get'>) {
  return transport.send(endpoint('get', '/api/admin/roster', { query }));
}

/** POST /api/admin/roster/{centre}/copy-week: Copy a week's duty forward (audited) */
export function copyRosterWeek(transport: ApiTransport, centre: PathOf<'/api/admin/roster/{centre}/copy-week', 'post'>['centre'], body: BodyOf<'/api/admin/roster/{centre}/copy-week', 'post'>) {
  return transport.send(endpoint('post', '/api/admin/roster/{centre}/copy-week', { path: { centre } }), { body });
}

/** PUT /api/admin/roster/{centre}/{date}: Set who is on duty on a day (audited) */
export function putRosterDay(transport: ApiTransport, centre: PathOf<'/api/admin/roster/{centre}/{date}', 'put'>['centre'], date: PathOf<'/api/admin/roster/{centre}/{date}', 'put'>['date'], body: BodyOf<'/api/admin/roster/{centre}/{date}', 'put'>) {
  return transport.send(endpoint('put', '/api/admin/roster/{centre}/{date}', { path: { centre, date } }), { body });
}

/** GET /api/admin/staff */
export function listStaff(transport: ApiTransport, query?: QueryOf<'/api/admin/staff', 'get'>) {
  return transport.send(endpoint('get', '/api/admin/staff', { query }));
}

/** POST /api/admin/staff: Add a person (and optionally their login) */
export function createStaff(transport: ApiTransport, body: BodyOf<'/api/admin/staff', 'post'>) {
  return transport.send(endpoint('post', '/api/admin/staff'), { body });
}

/** PATCH /api/admin/staff/{id}: Edit professions, bio, photo, wall; deactivate (also ends the login) */
export function updateStaff(transport: ApiTransport, id: PathOf<'/api/admin/staff/{id}', 'patch'>['id'], body: BodyOf<'/api/admin/staff/{id}', 'patch'>) {
  return transport.send(endpoint('patch', '/api/admin/staff/{id}', { path: { id } }), { body });
}

/** POST /api/admin/staff/{id}/leave: Record leave: the person is not counted on duty on those days */
export function addStaffLeave(transport: ApiTransport, id: PathOf<'/api/admin/staff/{id}/leave', 'post'>['id'], body: BodyOf<'/api/admin/staff/{id}/leave', 'post'>) {
  return transport.send(endpoint('post', '/api/admin/staff/{id}/leave', { path: { id } }), { body });
}

/** DELETE /api/admin/staff/{id}/leave/{leaveId} */
export function removeStaffLeave(transport: ApiTransport, id: PathOf<'/api/admin/staff/{id}/leave/{leaveId}', 'delete'>['id'], leaveId: PathOf<'/api/admin/staff/{id}/leave/{leaveId}', 'delete'>['leaveId']) {
  return transport.send(endpoint('delete', '/api/admin/staff/{id}/leave/{leaveId}', { path: { id, leaveId } }));
}

/** POST /api/admin/staff/{id}/reset-password */
export function resetStaffPassword(transport: ApiTransport, id: PathOf<'/api/admin/staff/{id}/reset-password', 'post'>['id'], body: BodyOf<'/api/admin/staff/{id}/reset-password', 'post'>) {
  return transport.send(endpoint('post', '/api/admin/staff/{id}/reset-password', { path: { id } }), { body });
}

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
