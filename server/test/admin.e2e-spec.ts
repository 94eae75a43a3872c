import ExcelJS from 'exceljs';
import request from 'supertest';
import type { AdminStaffMemberDto, AuditListDto, CentreDetailDto, ReportDto, RosterMonthDto } from '@wac/shared-types';
import {
  availability,
  book,
  clearRoster,
  demoAdmin,
  demoStaff,
  freezeAt,
  slotId,
  staffToken,
} from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]).toString(
  'base64',
);

describe(`admin console API (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: string;
  let centreAdmin: string;
  let people: AdminStaffMemberDto[];
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2026-09-28 07:00'); // Monday
    admin = await demoAdmin(t);
    await clearRoster(t, 'jinjiang');
    const created = await http()
      .post('/api/admin/staff')
      .set(as(admin))
      .send({
        centreCode: 'jinjiang',
        displayName: '黄主任',
        professions: ['coordinator'],
        bio: '中心负责人',
        showOnWall: false,
        account: { username: 'huang.jinjiang', password: 'a-long-password-1', role: 'centre_admin' },
      })
      .expect(201);
    expect((created.body as AdminStaffMemberDto).account).toEqual({
      username: 'huang.jinjiang',
      role: 'centre_admin',
      active: true,
    });
    centreAdmin = await staffToken(t, 'huang.jinjiang', 'a-long-password-1');
    people = (
      (await http().get('/api/admin/staff').set(as(centreAdmin)).expect(200)).body as { items: AdminStaffMemberDto[] }
    ).items;
  });
  afterAll(() => t.close());

  it('keeps the console to admins, and centre admins to their centre', async () => {
    const staff = await demoStaff(t, 'jinjiang');
    expect((await http().get('/api/admin/staff').set(as(staff)).expect(403)).body.code).toBe('FORBIDDEN');
    expect(people.every((p) => p.centreCode === 'jinjiang')).toBe(true);
    expect(people.map((p) => p.displayName)).toEqual(expect.arrayContaining(['黄主任']));
    await http().patch('/api/admin/centres/shishi').set(as(centreAdmin)).send({ phone: '0595-88881234' }).expect(403);
    await http().get('/api/admin/staff?centre=shishi').set(as(centreAdmin)).expect(403);
    const shishiPerson = (
      (await http().get('/api/admin/staff?centre=shishi').set(as(admin)).expect(200)).body as {
        items: AdminStaffMemberDto[];
      }
    ).items[0];
    await http().patch(`/api/admin/staff/${shishiPerson!.id}`).set(as(centreAdmin)).send({ bio: 'x' }).expect(404);
  });

  it("edits a centre's details and wall, with a photo stored by the server", async () => {
    const centre = (
      await http()
        .patch('/api/admin/centres/jinjiang')
        .set(as(centreAdmin))
        .send({
          address: '晋江市青阳街道某路1号',
          latitude: 24.8123,
          longitude: 118.5801,
          approximate: false,
          phone: '0595-85661234',
          workRules: ['按时值班'],
          serviceScope: ['法律咨询'],
        })
        .expect(200)
    ).body as CentreDetailDto;
    expect(centre).toMatchObject({
      address: '晋江市青阳街道某路1号',
      latitude: 24.8123,
      approximate: false,
      phone: '0595-85661234',
      workRules: ['按时值班'],
    });
    await http().patch('/api/admin/centres/jinjiang').set(as(centreAdmin)).send({ latitude: 95 }).expect(400);
    await http().patch('/api/admin/centres/jinjiang').set(as(centreAdmin)).send({ phone: 'call me' }).expect(400);
    await http().patch('/api/admin/centres/jinjiang').set(as(centreAdmin)).send({ status: 'closed' }).expect(400);

    const photo = await http()
      .post('/api/admin/photos')
      .set(as(centreAdmin))
      .send({ contentType: 'image/png', dataBase64: PNG })
      .expect(201);
    await http()
      .post('/api/admin/photos')
      .set(as(centreAdmin))
      .send({ contentType: 'image/png', dataBase64: Buffer.from('<svg/>').toString('base64') })
      .expect(400);
    const person = people.find((p) => p.displayName !== '黄主任') ?? people[0];
    await http()
      .patch(`/api/admin/staff/${person!.id}`)
      .set(as(centreAdmin))
      .send({ photoId: photo.body.id, bio: '新的简介', showOnWall: true })
      .expect(200);
    const wall = (await http().get('/api/centres/jinjiang').expect(200)).body as CentreDetailDto;
    expect(wall.dutyPeople.find((p) => p.id === person!.id)).toMatchObject({
      bio: '新的简介',
      photoUrl: `/api/photos/${photo.body.id}`,
    });
    expect((await http().get(`/api/photos/${photo.body.id}`).expect(200)).headers['content-type']).toBe('image/png');
  });

  it('builds a roster with warnings, and the women see the availability it gives', async () => {
    const [lawyer, counsellor] = await Promise.all(
      [['lawyer'], ['counsellor']].map(
        async (professions, i) =>
          (
            await http()
              .post('/api/admin/staff')
              .set(as(centreAdmin))
              .send({ centreCode: 'jinjiang', displayName: `值班${i}`, professions, bio: '', showOnWall: true })
              .expect(201)
          ).body as AdminStaffMemberDto,
      ),
    );
    expect((await availability(t, 'jinjiang', '2026-09-29', '2026-09-29')).days[0]).toMatchObject({
      open: false,
      reason: 'no_one_on_duty',
    });
    const day = (
      await http()
        .put('/api/admin/roster/jinjiang/2026-09-29')
        .set(as(centreAdmin))
        .send({ staffMemberIds: [lawyer!.id] })
        .expect(200)
    ).body as RosterMonthDto['days'][number];
    expect(day).toMatchObject({ serviceDay: true, warnings: ['no_counsellor', 'no_mediator'] });
    const slots = (await availability(t, 'jinjiang', '2026-09-29', '2026-09-29')).days[0]!.slots;
    expect(new Set(slots.map((s) => s.service))).toEqual(new Set(['legal']));
    await http()
      .put('/api/admin/roster/jinjiang/2026-09-29')
      .set(as(centreAdmin))
      .send({ staffMemberIds: [lawyer!.id, counsellor!.id] })
      .expect(200);
    expect(
      new Set((await availability(t, 'jinjiang', '2026-09-29', '2026-09-29')).days[0]!.slots.map((s) => s.service)),
    ).toEqual(new Set(['legal', 'counselling']));

    const month = (await http().get('/api/admin/roster?centre=jinjiang&month=2026-10').set(as(centreAdmin)).expect(200))
      .body as RosterMonthDto;
    expect(month.days).toHaveLength(31);
    expect(month.days.find((d) => d.date === '2026-10-01')).toMatchObject({
      serviceDay: false,
      reason: 'holiday',
      warnings: [],
    });
    expect(month.days.find((d) => d.date === '2026-10-09')).toMatchObject({
      serviceDay: true,
      people: [],
      warnings: ['no_professional', 'no_lawyer', 'no_counsellor', 'no_mediator'],
    });

    const copied = await http()
      .post('/api/admin/roster/jinjiang/copy-week')
      .set(as(centreAdmin))
      .send({ fromMonday: '2026-09-28', toMonday: '2026-10-12' })
      .expect(201);
    expect(copied.body.copied).toBe(2);
    const copiedMonth = (
      await http().get('/api/admin/roster?centre=jinjiang&month=2026-10').set(as(centreAdmin)).expect(200)
    ).body as RosterMonthDto;
    expect(
      copiedMonth.days
        .find((d) => d.date === '2026-10-13')
        ?.people.map((p) => p.displayName)
        .sort(),
    ).toEqual(['值班0', '值班1']);
    await http()
      .post('/api/admin/roster/jinjiang/copy-week')
      .set(as(centreAdmin))
      .send({ fromMonday: '2026-09-29', toMonday: '2026-10-12' })
      .expect(400);

    // Leave takes a person off the count; a person of another centre cannot be put on duty here.
    await http()
      .post(`/api/admin/staff/${lawyer!.id}/leave`)
      .set(as(centreAdmin))
      .send({ fromDate: '2026-09-29', toDate: '2026-09-29' })
      .expect(201);
    expect(
      new Set((await availability(t, 'jinjiang', '2026-09-29', '2026-09-29')).days[0]!.slots.map((s) => s.service)),
    ).toEqual(new Set(['counselling']));
    const shishiPerson = (
      (await http().get('/api/admin/staff?centre=shishi').set(as(admin)).expect(200)).body as {
        items: AdminStaffMemberDto[];
      }
    ).items[0];
    expect(
      (
        await http()
          .put('/api/admin/roster/jinjiang/2026-09-30')
          .set(as(admin))
          .send({ staffMemberIds: [shishiPerson!.id] })
          .expect(400)
      ).body.fields[0].field,
    ).toBe('staffMemberIds');
  });

  it('sets the slot template, validated, and availability follows', async () => {
    const template = {
      slotMinutes: 30,
      bufferMinutes: 0,
      dayStart: '08:00',
      dayEnd: '12:00',
      rooms: 3,
      walkInReserve: 1,
      bookingWindowDays: 7,
      leadTimeMinutes: 30,
    };
    expect(
      (await http().put('/api/admin/centres/jinjiang/template').set(as(centreAdmin)).send(template).expect(200)).body,
    ).toEqual(template);
    expect((await http().get('/api/admin/centres/jinjiang/template').set(as(centreAdmin)).expect(200)).body).toEqual(
      template,
    );
    const days = (await availability(t, 'jinjiang', '2026-09-29', '2026-10-08')).days;
    expect([days[0]!.reason, days[days.length - 1]!.reason]).toEqual([undefined, 'beyond_window']);
    expect(days[0]!.slots.filter((slot) => slot.service === 'counselling').map((slot) => slot.start)).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ]);
    await http()
      .put('/api/admin/centres/jinjiang/template')
      .set(as(centreAdmin))
      .send({ ...template, walkInReserve: 3 })
      .expect(400);
    await http()
      .put('/api/admin/centres/jinjiang/template')
      .set(as(centreAdmin))
      .send({ ...template, dayEnd: '07:00' })
      .expect(400);
    await http().put('/api/admin/centres/shishi/template').set(as(centreAdmin)).send(template).expect(403);
  });

  it('corrects the calendar: centre admins their own days, city admins for everyone', async () => {
    await http()
      .put('/api/admin/calendar/2026-10-14')
      .set(as(centreAdmin))
      .send({ scope: 'jinjiang', kind: 'closed', name: '培训' })
      .expect(200);
    await http()
      .put('/api/admin/calendar/2026-10-14')
      .set(as(centreAdmin))
      .send({ scope: '*', kind: 'holiday', name: 'x' })
      .expect(403);
    await http()
      .put('/api/admin/calendar/2026-10-14')
      .set(as(centreAdmin))
      .send({ scope: 'jinjiang', kind: 'holiday' })
      .expect(400);
    await http().put('/api/admin/calendar/2026-13-01').set(as(admin)).send({ scope: '*', kind: 'open' }).expect(400);
    const year = (await http().get('/api/admin/calendar?year=2026&centre=jinjiang').set(as(centreAdmin)).expect(200))
      .body;
    expect(year).toMatchObject({ year: 2026, hasOfficialSchedule: true, nextYearHasSchedule: false });
    expect(year.marks).toEqual(
      expect.arrayContaining([
        { date: '2026-10-14', scope: 'jinjiang', kind: 'closed', name: '培训', source: 'admin' },
        { date: '2026-10-01', scope: '*', kind: 'holiday', name: '国庆节', source: 'official' },
      ]),
    );
    await http()
      .put('/api/admin/calendar/2027-01-04')
      .set(as(admin))
      .send({ scope: '*', kind: 'open', name: '手动开放' })
      .expect(200);
    expect((await http().get('/api/admin/calendar?year=2027').set(as(admin)).expect(200)).body.marks).toEqual([
      { date: '2027-01-04', scope: '*', kind: 'open', name: '手动开放', source: 'admin' },
    ]);
    await http().delete('/api/admin/calendar/2026-10-14?scope=jinjiang').set(as(centreAdmin)).expect(204);
    await http().delete('/api/admin/calendar/2026-10-14?scope=jinjiang').set(as(centreAdmin)).expect(404);
  });

  it('deactivating a person ends their login at once; a password reset ends old sessions', async () => {
    const person = (
      await http()
        .post('/api/admin/staff')
        .set(as(centreAdmin))
        .send({
          centreCode: 'jinjiang',
          displayName: '临时',
          professions: ['volunteer'],
          bio: '',
          showOnWall: false,
          account: { username: 'temp.jinjiang', password: 'first-password-1', role: 'staff' },
        })
        .expect(201)
    ).body as AdminStaffMemberDto;
    const token = await staffToken(t, 'temp.jinjiang', 'first-password-1');
    await http().get('/api/staff/bookings?from=2026-10-01&to=2026-10-02').set(as(token)).expect(200);
    await http()
      .post(`/api/admin/staff/${person.id}/reset-password`)
      .set(as(centreAdmin))
      .send({ password: 'second-password-2' })
      .expect(201);
    await http().get('/api/staff/bookings?from=2026-10-01&to=2026-10-02').set(as(token)).expect(401);
    const fresh = await staffToken(t, 'temp.jinjiang', 'second-password-2');
    await http().patch(`/api/admin/staff/${person.id}`).set(as(centreAdmin)).send({ active: false }).expect(200);
    await http().get('/api/staff/bookings?from=2026-10-01&to=2026-10-02').set(as(fresh)).expect(401);
    await http().post('/api/auth/login').send({ username: 'temp.jinjiang', password: 'second-password-2' }).expect(401);
    await http()
      .post(`/api/admin/staff/${person.id}/reset-password`)
      .set(as(centreAdmin))
      .send({ password: 'short' })
      .expect(400);
  });

  it('keeps publicity events, and reports the month with hidden small counts for the city level only', async () => {
    const staff = await demoStaff(t, 'jinjiang');
    const record = {
      date: '2026-09-10',
      channel: 'walk_in',
      category: 'marriage_family',
      services: ['legal_advice'],
      referrals: ['none'],
      followUpNeeded: false,
      durationMinutes: 30,
      helperProfession: 'lawyer',
      ageBand: '30_39',
      area: 'jinjiang',
      mandatoryReport: false,
    };
    freezeAt(t, '2026-09-28 07:00');
    for (let i = 0; i < 6; i += 1) {
      await http().post('/api/staff/records').set(as(staff)).send(record).expect(201);
    }
    for (let i = 0; i < 3; i += 1) {
      await http()
        .post('/api/staff/records')
        .set(as(staff))
        .send({ ...record, channel: 'hotline_12338', category: 'psychological', services: ['counselling'] })
        .expect(201);
    }
    const event = await http()
      .post('/api/admin/events')
      .set(as(centreAdmin))
      .send({
        centreCode: 'jinjiang',
        date: '2026-09-15',
        place: '社区中心',
        topic: '普法讲座',
        partners: ['司法局'],
        reached: 120,
      })
      .expect(201);
    await http().patch(`/api/admin/events/${event.body.id}`).set(as(centreAdmin)).send({ reached: 150 }).expect(200);
    await http()
      .post('/api/admin/events')
      .set(as(centreAdmin))
      .send({ centreCode: 'shishi', date: '2026-09-15', place: 'x', topic: 'y', partners: [], reached: 1 })
      .expect(403);
    expect(
      (await http().get('/api/admin/events?from=2026-09-01&to=2026-09-30').set(as(centreAdmin)).expect(200)).body.items,
    ).toHaveLength(1);

    const own = (await http().get('/api/admin/reports?from=2026-09&to=2026-09').set(as(centreAdmin)).expect(200))
      .body as ReportDto;
    expect(own).toMatchObject({ scope: 'centre', centreCode: 'jinjiang', suppressed: false });
    expect(own.months[0]).toMatchObject({
      month: '2026-09',
      visits: 6,
      calls: 3,
      events: 1,
      peopleReached: 150,
      beneficiaries: 159,
    });

    const city = (
      await http().get('/api/admin/reports?from=2026-09&to=2026-09&centre=jinjiang').set(as(admin)).expect(200)
    ).body as ReportDto;
    expect(city).toMatchObject({ scope: 'city', suppressed: true });
    expect(city.months[0]).toMatchObject({
      visits: 6,
      calls: null,
      events: null,
      peopleReached: 150,
      beneficiaries: null,
    });
    // The 3 is hidden, and so is the 6 beside it: with the total known, the 6 would give the 3 away.
    expect(city.byCategory).toEqual([
      { key: 'marriage_family', count: null },
      { key: 'psychological', count: null },
    ]);
    await http().get('/api/admin/reports?from=2026-09&to=2026-08').set(as(admin)).expect(400);

    const csv = await http()
      .get('/api/admin/reports/export?format=csv&from=2026-09&to=2026-09&centre=jinjiang')
      .set(as(admin))
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('月份,来访,来电,预约,预约确认,预约完成,未到,回电请求,普法宣传活动,宣传覆盖人数,受益人数');
    expect(lines[1]!.split(',').slice(0, 3)).toEqual(['2026-09', '6', '*']);
    expect(csv.text).toContain('* 为保护当事人而不显示的数字');

    const xlsx = await http()
      .get('/api/admin/reports/export?format=xlsx&from=2026-09&to=2026-09')
      .set(as(centreAdmin))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const workbook = new ExcelJS.Workbook();
    const bytes = xlsx.body as Buffer;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('月度统计');
    expect(sheet?.getRow(2).getCell(2).value).toBe(6);
    expect(sheet?.getRow(2).getCell(3).value).toBe(3);

    const records = await http()
      .get('/api/admin/records/export?from=2026-09-01&to=2026-09-30')
      .set(as(centreAdmin))
      .expect(200);
    expect(records.text).not.toContain('note');
    expect(records.text.split('\r\n').filter(Boolean)).toHaveLength(10);
    const woman = (await http().post('/api/auth/guest').expect(200)).body.token as string;
    await book(t, woman, {
      slotId: await slotId(t, 'jinjiang', '2026-09-29', '08:00', 'counselling'),
      topic: '不要导出这句话',
    }).expect(201);
    const exported = async (filter: string) => {
      const csv = await http()
        .get(`/api/admin/bookings/export?from=2026-09-01&to=2026-10-31${filter}`)
        .set(as(centreAdmin))
        .expect(200);
      expect(csv.text).not.toContain('不要导出这句话');
      return csv.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean)
        .slice(1);
    };
    // The console's words, with the codes in the last columns.
    expect(await exported('&status=pending&service=counselling')).toEqual([
      '2026-09-29,08:00,晋江市,心理疏导,待确认,,否,jinjiang,counselling,pending',
    ]);
    expect(await exported('&service=legal')).toEqual([]);
    await http()
      .get('/api/admin/bookings/export?from=2026-09-01&to=2026-09-30&status=lost')
      .set(as(centreAdmin))
      .expect(400);
  });

  it('keeps an audit log of exports and changes, without personal data', async () => {
    const log = (await http().get('/api/admin/audit?from=2026-01-01&to=2030-12-31').set(as(admin)).expect(200))
      .body as AuditListDto;
    const actions = new Set(log.items.map((e) => e.action));
    for (const action of [
      'centre.change',
      'staff.change',
      'roster.change',
      'template.change',
      'calendar.change',
      'password.reset',
      'export',
    ]) {
      expect(actions).toContain(action);
    }
    expect(log.items.find((e) => e.action === 'template.change')).toMatchObject({
      actorUsername: 'huang.jinjiang',
      centreCode: 'jinjiang',
    });
    const own = (await http().get('/api/admin/audit?from=2026-01-01&to=2030-12-31').set(as(centreAdmin)).expect(200))
      .body as AuditListDto;
    expect(own.items.every((e) => e.centreCode === 'jinjiang')).toBe(true);
    const exports = (
      await http().get('/api/admin/audit?from=2026-01-01&to=2030-12-31&action=export').set(as(admin)).expect(200)
    ).body as AuditListDto;
    expect(exports.items.length).toBeGreaterThan(0);
    expect(exports.items.every((e) => e.action === 'export')).toBe(true);
  });

  it('sends /admin to the console page of the H5 build', async () => {
    const response = await http().get('/admin').expect(302);
    expect(response.headers.location).toBe('/#/packages/admin/pages/home/index');
  });
});
