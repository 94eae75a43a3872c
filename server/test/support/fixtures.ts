import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { AuthTokenDto, AvailabilityDto, BookableService } from '@wac/shared-types';
import { SlotTemplate } from '../../src/availability/slot-template.entity.js';
import { CACHE_NAMES } from '../../src/cache/cache-names.js';
import { CacheVersionsRepository } from '../../src/cache/cache-versions.repository.js';
import { CITY_WIDE } from '../../src/calendar/calendar-day.entity.js';
import { CalendarDay } from '../../src/calendar/calendar-day.entity.js';
import { Clock } from '../../src/common/clock.js';
import { TransactionRunner } from '../../src/database/transaction-runner.js';
import { AccountsService } from '../../src/identity/accounts.service.js';
import type { StaffRole } from '../../src/identity/principal.js';
import { DutyAssignment } from '../../src/roster/duty-assignment.entity.js';
import type { Profession } from '@wac/rules';
import { StaffMember } from '../../src/staff/staff-member.entity.js';
import type { TestApp } from './test-app.js';

/** Freezes the server's clock at a Shanghai wall-clock time, e.g. `freezeAt(t, '2026-09-28 08:30')`. */
export function freezeAt(t: TestApp, shanghaiDateTime: string): void {
  t.app.get(Clock).freeze(new Date(`${shanghaiDateTime.replace(' ', 'T')}:00+08:00`));
}

export async function guestToken(t: TestApp): Promise<string> {
  const response = await request(t.app.getHttpServer()).post('/api/auth/guest').expect(200);
  return (response.body as AuthTokenDto).token;
}

export async function staffToken(t: TestApp, username: string, password: string): Promise<string> {
  const response = await request(t.app.getHttpServer())
    .post('/api/auth/login')
    .send({ username, password })
    .expect(200);
  return (response.body as AuthTokenDto).token;
}

/** The demo seed's staff login for a centre. */
export const demoStaff = (t: TestApp, centre: string) => staffToken(t, `staff-${centre}`, `demo-${centre}-2026`);
export const demoAdmin = (t: TestApp) => staffToken(t, 'admin', 'demo-admin-2026');

/** A further login (e.g. a second staff member or a centre admin), created through the same service as the CLI. */
export async function newAccount(t: TestApp, role: StaffRole, centreCode: string | null): Promise<string> {
  const username = `${role.replace('_', '-')}-${randomUUID().slice(0, 8)}`;
  const password = 'a-long-test-password';
  await t.app.get(AccountsService).create({ username, password, role, centreCode });
  return staffToken(t, username, password);
}

/** New people on duty at a centre on the given dates; returns their staff ids. */
export async function putOnDuty(
  t: TestApp,
  centreCode: string,
  dates: string[],
  professions: Profession[][],
): Promise<string[]> {
  const people = professions.map((p, index) => ({
    id: randomUUID(),
    centreCode,
    displayName: `测试${index}`,
    professions: p,
    bio: '',
    photoId: null,
    showOnWall: false,
    active: true,
    wallOrder: 99,
  }));
  const ids = people.map((p) => p.id);
  // updateEntity(false): TypeORM's SQLite driver writes generated columns back into the wrong objects of a bulk insert.
  await t.dataSource.createQueryBuilder().insert().into(StaffMember).values(people).updateEntity(false).execute();
  const duty = ids.flatMap((staffMemberId) =>
    dates.map((date) => ({ id: randomUUID(), centreCode, date, staffMemberId })),
  );
  await t.dataSource.createQueryBuilder().insert().into(DutyAssignment).values(duty).updateEntity(false).execute();
  await bumpCaches(t, [CACHE_NAMES.centre(centreCode)]);
  return ids;
}

/** Takes every demo person at a centre off the roster, so a test controls capacity exactly. */
export async function clearRoster(t: TestApp, centreCode: string): Promise<void> {
  await t.dataSource.getRepository(DutyAssignment).delete({ centreCode });
  await bumpCaches(t, [CACHE_NAMES.centre(centreCode)]);
}

export async function setTemplate(
  t: TestApp,
  centreCode: string,
  rules: Partial<Omit<SlotTemplate, 'centreCode' | 'centre' | 'updatedAt'>>,
): Promise<void> {
  await t.dataSource.getRepository(SlotTemplate).save({
    centreCode,
    slotMinutes: 50,
    bufferMinutes: 10,
    dayStart: '08:00',
    dayEnd: '12:00',
    rooms: 2,
    walkInReserve: 0,
    bookingWindowDays: 14,
    leadTimeMinutes: 60,
    ...rules,
  });
  await bumpCaches(t, [CACHE_NAMES.centre(centreCode)]);
}

export async function markDay(
  t: TestApp,
  date: string,
  scope: string,
  kind: CalendarDay['kind'],
  name: string | null = null,
): Promise<void> {
  await t.dataSource.getRepository(CalendarDay).save({ date, scope, kind, name, source: 'admin' });
  await bumpCaches(t, [scope === CITY_WIDE ? CACHE_NAMES.calendar : CACHE_NAMES.centre(scope)]);
}

/**
 * Fixtures write straight to the tables the server caches (availability, the centre list), so they bump the
 * counters as the server's own writes do; otherwise the server would go on answering from its cache.
 */
export async function bumpCaches(t: TestApp, names: string[]): Promise<void> {
  const versions = t.app.get(CacheVersionsRepository);
  await t.app.get(TransactionRunner).run((manager) => versions.bump(manager, names));
}

export async function availability(
  t: TestApp,
  centre: string,
  from: string,
  to: string,
  service?: BookableService,
): Promise<AvailabilityDto> {
  const query = `from=${from}&to=${to}${service ? `&service=${service}` : ''}`;
  const response = await request(t.app.getHttpServer()).get(`/api/centres/${centre}/availability?${query}`).expect(200);
  return response.body as AvailabilityDto;
}

/** The slot id for one session, taken from the public availability list as a client would. */
export async function slotId(
  t: TestApp,
  centre: string,
  date: string,
  start: string,
  service: BookableService,
): Promise<string> {
  const days = await availability(t, centre, date, date, service);
  const slot = days.days[0]?.slots.find((s) => s.start === start);
  if (!slot) {
    throw new Error(`No ${service} slot at ${start} on ${date} at ${centre}: ${JSON.stringify(days.days[0])}`);
  }
  return slot.slotId;
}

let keyCounter = 0;
export const freshKey = () => `test-key-${Date.now()}-${(keyCounter += 1)}`;

export function book(t: TestApp, token: string, body: object, key: string | null = freshKey()) {
  const call = request(t.app.getHttpServer()).post('/api/bookings').set('Authorization', `Bearer ${token}`);
  return (key === null ? call : call.set('Idempotency-Key', key)).send(body);
}
