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
