import request from 'supertest';
import type { BookingDto } from '@wac/shared-types';
import { eachDate } from '@wac/rules';
import { JobRunner } from '../src/jobs/job-runner.service.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat.js';
import { startFakeWecom, type FakeWecom } from './support/fake-wecom.js';
import {
  book,
  clearRoster,
  demoAdmin,
  demoStaff,
  freezeAt,
  guestToken,
  newAccount,
  putOnDuty,
  slotId,
} from './support/fixtures.js';
import { startSecondInstance, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const ROBOT_KEY = '693a91f6-7aaa-4bc4-97a0-0ec2a1fa5aaa';
const WEBHOOK = `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${ROBOT_KEY}`;

describe(`staff are told when someone needs them (${TEST_DB})`, () => {
  let t: TestApp;
  let wechat: FakeWechat;
  let wecom: FakeWecom;
  let centreAdmin: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const deliver = () => t.app.get(JobRunner).runNow('notifications.deliver');
  const staffMessages = (openid: string) => wechat.messages.filter((message) => message.touser === openid);

  beforeAll(async () => {
    wechat = await startFakeWechat();
    wecom = await startFakeWecom();
    t = await startTestApp({
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_APPID: 'wx-test',
      WECHAT_SECRET: 'secret',
      WECHAT_TEMPLATE_STAFF_ALERT: 'tpl-staff',
      WECOM_API_BASE: wecom.baseUrl,
    });
    // Monday 28 September 2026, 08:30 in Shanghai.
    freezeAt(t, '2026-09-28 08:30');
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', eachDate('2026-09-28', '2026-10-12'), [['lawyer'], ['counsellor']]);
    centreAdmin = await newAccount(t, 'centre_admin', 'jinjiang');
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
    await wecom.close();
  });

  it("lets a centre's admin set its WeCom group robot, checks the address, and never shows the key again", async () => {
    const bad = await http()
      .put('/api/admin/centres/jinjiang/wecom')
      .set(as(centreAdmin))
      .send({ webhook: 'http://example.com/x' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([
      { field: 'webhook', reason: expect.stringContaining('WeCom group robot address') },
    ]);
    const otherCentre = await newAccount(t, 'centre_admin', 'shishi');
    await http().put('/api/admin/centres/jinjiang/wecom').set(as(otherCentre)).send({ webhook: WEBHOOK }).expect(403);

    const set = await http()
      .put('/api/admin/centres/jinjiang/wecom')
      .set(as(centreAdmin))
      .send({ webhook: WEBHOOK })
      .expect(200);
    expect(set.body).toEqual({ centreCode: 'jinjiang', configured: true, keyHint: '693a…5aaa' });
    const read = await http()
      .get('/api/admin/centres/jinjiang/wecom')
      .set(as(await demoAdmin(t)))
      .expect(200);
    expect(JSON.stringify(read.body)).not.toContain(ROBOT_KEY);

    const tested = await http().post('/api/admin/centres/jinjiang/wecom/test').set(as(centreAdmin)).expect(200);
    expect(tested.body).toEqual({ sent: true, problem: null });
    expect(wecom.messages.at(-1)).toEqual({ key: ROBOT_KEY, content: '晋江市：工作提醒测试，收到即表示设置成功' });
  });

  it('lets staff bind their WeChat on the staff pages, once per WeChat user', async () => {
    const staff = await demoStaff(t, 'jinjiang');
    expect((await http().get('/api/staff/me').set(as(staff)).expect(200)).body).toMatchObject({ wechatBound: false });
    await http().put('/api/staff/me/wechat').set(as(staff)).send({ code: 'ok-staff-a' }).expect(200);
    expect((await http().get('/api/staff/me').set(as(staff)).expect(200)).body).toMatchObject({
      username: 'staff-jinjiang',
      wechatBound: true,
    });
    const colleague = await newAccount(t, 'staff', 'jinjiang');
    const taken = await http().put('/api/staff/me/wechat').set(as(colleague)).send({ code: 'ok-staff-a' }).expect(409);
    expect(taken.body.code).toBe('WECHAT_ALREADY_BOUND');
    await http().put('/api/staff/me/wechat').set(as(centreAdmin)).send({ code: 'ok-admin-a' }).expect(200);
  });

  it('tells the centre once about a new booking and a callback request, in neutral words without her details', async () => {
    wecom.messages.length = 0;
    const woman = await guestToken(t);
    await book(t, woman, {
      slotId: await slotId(t, 'jinjiang', '2026-09-29', '09:00', 'legal'),
      topic: '他打我，电话13800135678',
    }).expect(201);
    await http()
      .post('/api/callbacks')
      .set(as(woman))
      .send({
        centreCode: 'jinjiang',
        phone: '13800135678',
        windows: [{ weekday: 2, from: '14:00', to: '16:00' }],
        mayIdentify: false,
        mayLeaveMessage: false,
      })
      .expect(201);
    expect(wecom.messages).toEqual([]); // queued, not sent inside her request
    await deliver();
    await deliver(); // a second run sends nothing again
    expect(wecom.messages.map((message) => message.content).sort()).toEqual([
      '晋江市：新预约 法律咨询 2026-09-29 09:00，待确认',
      '晋江市：有新的回电请求，请在工作台查看',
    ]);
    expect(
      staffMessages('openid-staff-a')
        .map((message) => message.data.thing1?.value)
        .sort(),
    ).toEqual(['新回电请求', '新预约待确认']);
    expect(staffMessages('openid-staff-a').every((message) => message.template_id === 'tpl-staff')).toBe(true);
    const everything = JSON.stringify([wecom.messages, wechat.messages]);
    expect(everything).not.toMatch(/13800135678|他打我|138\*{4}5678/);
  });

  it('brings a booking still pending after four working hours to the centre admin, once', async () => {
    wecom.messages.length = 0;
    const woman = await guestToken(t);
    freezeAt(t, '2026-09-28 09:00');
    const booking = (
      await book(t, woman, { slotId: await slotId(t, 'jinjiang', '2026-09-30', '10:00', 'legal') }).expect(201)
    ).body as BookingDto;
    await deliver();
    const escalate = () => t.app.get(JobRunner).runNow('alerts.escalate');
    freezeAt(t, '2026-09-28 12:59');
    await escalate();
    expect(
      await t.dataSource.getRepository(Notification).countBy({ kind: 'staff_booking_waiting', bookingId: booking.id }),
    ).toBe(0);
    freezeAt(t, '2026-09-28 13:01');
    await escalate();
    await escalate();
    await deliver();
    expect(
      await t.dataSource
        .getRepository(Notification)
        .countBy({ kind: 'staff_booking_waiting', channel: 'centre', bookingId: booking.id }),
    ).toBe(1);
    expect(staffMessages('openid-admin-a').map((message) => message.data.thing1?.value)).toContain('预约久未确认');
    // Only admins hear of it on WeChat; the group hears too.
    expect(staffMessages('openid-staff-a').map((message) => message.data.thing1?.value)).not.toContain('预约久未确认');
    expect(wecom.messages.map((message) => message.content)).toContain(
      '晋江市：预约 法律咨询 2026-09-30 10:00 已超过 4 个工作小时未确认，待确认',
    );
  });

  it("sends each working morning's digest at 07:30, and not on a day the centre is closed", async () => {
    wecom.messages.length = 0;
    const runner = t.app.get(JobRunner);
    freezeAt(t, '2026-09-30 07:31');
    await runner.runDue();
    await deliver();
    const digest = wecom.messages.map((message) => message.content).filter((content) => content.includes('今日预约'));
    expect(digest).toEqual(['晋江市：今日预约 1 个，待回电 1 个']);
    freezeAt(t, '2026-10-01 07:31'); // National Day
    await runner.runDue();
    await deliver();
    expect(wecom.messages.filter((message) => message.content.includes('今日预约'))).toHaveLength(1);
  });

  const twoProcesses = TEST_DB === 'mysql' ? it : it.skip;
  twoProcesses('delivers each notice once when two server processes send at the same time', async () => {
    wecom.messages.length = 0;
    const second = await startSecondInstance(t);
    try {
      const women = await Promise.all([guestToken(t), guestToken(t), guestToken(t)]);
      for (const [i, woman] of women.entries()) {
        const start = ['08:00', '10:00', '11:00'][i] ?? '08:00';
        await book(t, woman, { slotId: await slotId(t, 'jinjiang', '2026-10-09', start, 'counselling') }).expect(201);
      }
      await Promise.all([
        t.app.get(JobRunner).runNow('notifications.deliver'),
        second.app.get(JobRunner).runNow('notifications.deliver'),
        t.app.get(JobRunner).runNow('notifications.deliver'),
      ]);
      await deliver();
      const news = wecom.messages.filter((message) => message.content.includes('2026-10-09'));
      expect(news).toHaveLength(3);
      expect(new Set(news.map((message) => message.content)).size).toBe(3);
    } finally {
      await second.close();
    }
  });
});
