import request from 'supertest';
import type { AdminStaffMemberDto, RosterMonthDto } from '@wac/shared-types';
import { addDays, shanghaiClock } from '@wac/rules';
import { demoAdmin, staffToken } from './support/fixtures.js';
import { restartTestApp, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/** The next weekdays a week or more ahead: inside the demo roster's eight weeks, whatever today is. */
function weekdaysAhead(count: number): string[] {
  const days: string[] = [];
  for (let date = addDays(shanghaiClock(new Date()).date, 7); days.length < count; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      days.push(date);
    }
  }
  return days;
}

describe(`the demo seed runs once and keeps what admins change (${TEST_DB})`, () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const [trimmed, emptied] = weekdaysAhead(2) as [string, string];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const rosterDay = async (token: string, date: string) =>
    (
      (
        await http()
          .get(`/api/admin/roster?centre=jinjiang&month=${date.slice(0, 7)}`)
          .set(as(token))
          .expect(200)
      ).body as RosterMonthDto
    ).days.find((day) => day.date === date)!;
  const staffList = async (token: string) =>
    (
      (await http().get('/api/admin/staff?centre=jinjiang').set(as(token)).expect(200)).body as {
        items: AdminStaffMemberDto[];
      }
    ).items;

  it('keeps roster edits and changes to demo logins across a restart', async () => {
    let admin = await demoAdmin(t);
    const seeded = await rosterDay(admin, trimmed);
    expect(seeded.people).toHaveLength(3);
    const kept = seeded.people[0]!.staffMemberId;
    await http()
      .put(`/api/admin/roster/jinjiang/${trimmed}`)
      .set(as(admin))
      .send({ staffMemberIds: [kept] })
      .expect(200);
    await http().put(`/api/admin/roster/jinjiang/${emptied}`).set(as(admin)).send({ staffMemberIds: [] }).expect(200);

    // The centre's demo login is a person in the staff list, managed like anyone else's.
    const demoPerson = (await staffList(admin)).find((person) => person.account?.username === 'staff-jinjiang');
    expect(demoPerson).toMatchObject({ displayName: '演示工作人员', showOnWall: false, active: true });
    await http()
      .patch(`/api/admin/staff/${demoPerson!.id}`)
      .set(as(admin))
      .send({ displayName: '前台值班' })
      .expect(200);
    await http()
      .post(`/api/admin/staff/${demoPerson!.id}/reset-password`)
      .set(as(admin))
      .send({ password: 'a-new-front-desk-password' })
      .expect(201);

    t = await restartTestApp(t);
    admin = await demoAdmin(t);
    expect((await rosterDay(admin, trimmed)).people.map((person) => person.staffMemberId)).toEqual([kept]);
    expect((await rosterDay(admin, emptied)).people).toEqual([]);
    const people = (await staffList(admin)).filter((person) => person.account?.username === 'staff-jinjiang');
    expect(people.map((person) => person.displayName)).toEqual(['前台值班']);
    await http()
      .post('/api/auth/login')
      .send({ username: 'staff-jinjiang', password: 'demo-jinjiang-2026' })
      .expect(401);
    await staffToken(t, 'staff-jinjiang', 'a-new-front-desk-password');
    // Other centres' demo rosters are as seeded.
    const shishi = (
      (
        await http()
          .get(`/api/admin/roster?centre=shishi&month=${emptied.slice(0, 7)}`)
          .set(as(admin))
          .expect(200)
      ).body as RosterMonthDto
    ).days.find((day) => day.date === emptied)!;
    expect(shishi.people).toHaveLength(3);
  });
});
