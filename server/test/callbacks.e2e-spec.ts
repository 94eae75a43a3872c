import request from 'supertest';
import type { CallbackDto, ErrorResponseDto, StaffCallbackDto } from '@wac/shared-types';
import { AuditEntry } from '../src/audit/audit-entry.entity.js';
import { CallbackRequest } from '../src/callbacks/callback.entity.js';
import { CallbacksService } from '../src/callbacks/callbacks.service.js';
import { demoAdmin, demoStaff, freezeAt, guestToken, newAccount } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`callbacks (${TEST_DB})`, () => {
  let t: TestApp;
  let staff: string;
  let colleague: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const validRequest = {
    centreCode: 'jinjiang',
    phone: '138 0013 5678',
    windows: [
      { weekday: 2, from: '14:00', to: '16:00' },
      { date: '2026-10-09', from: '09:00', to: '10:00' },
    ],
    mayIdentify: false,
    mayLeaveMessage: false,
    topic: '想咨询',
  };
  const ask = (token: string, body: object = validRequest) => http().post('/api/callbacks').set(as(token)).send(body);
  const staffPost = (token: string, id: string, action: string, body: object = {}) =>
    http().post(`/api/staff/callbacks/${id}/${action}`).set(as(token)).send(body);

  beforeAll(async () => {
    t = await startTestApp({ CALLBACK_ERASE_AFTER_DAYS: '7' });
    freezeAt(t, '2026-10-05 10:00'); // a Monday
    staff = await demoStaff(t, 'jinjiang');
    colleague = await newAccount(t, 'staff', 'jinjiang');
  });
  afterAll(() => t.close());

  it('takes a request with safe windows and shows only a masked number back', async () => {
    const response = await ask(await guestToken(t)).expect(201);
    const callback = response.body as CallbackDto;
    expect(callback).toMatchObject({
      centreCode: 'jinjiang',
      centreName: '晋江市',
      phoneMasked: '138****5678',
      windows: validRequest.windows,
      mayIdentify: false,
      mayLeaveMessage: false,
      status: 'open',
      outcome: null,
    });
    expect(JSON.stringify(callback)).not.toContain('13800135678');
  });

  it('keeps the number encrypted at rest', async () => {
    await ask(await guestToken(t), { ...validRequest, phone: '13912345678' }).expect(201);
    const rows = await t.dataSource.getRepository(CallbackRequest).find();
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain('13912345678');
    expect(stored).not.toContain('13800135678');
    expect(rows.every((row) => row.phoneEncrypted?.startsWith('v1.'))).toBe(true);
  });

  it.each([
    ['a foreign number', { phone: '+1 415 555 0100' }, 'phone'],
    ['too few digits', { phone: '1380013' }, 'phone'],
    ['letters', { phone: 'call me maybe' }, 'phone'],
    ['no windows', { windows: [] }, 'windows'],
    ['a window ending before it starts', { windows: [{ from: '16:00', to: '14:00' }] }, 'windows.0'],
    [
      'a window with a date and a weekday',
      { windows: [{ date: '2026-10-09', weekday: 5, from: '09:00', to: '10:00' }] },
      'windows.0',
    ],
    ['a window in the past', { windows: [{ date: '2026-10-01', from: '09:00', to: '10:00' }] }, 'windows.0.date'],
    ['a bad time', { windows: [{ from: '9am', to: '10:00' }] }, 'windows.0.from'],
    ['a weekday of 8', { windows: [{ weekday: 8, from: '09:00', to: '10:00' }] }, 'windows.0.weekday'],
    ['a missing answer', { mayIdentify: undefined }, 'mayIdentify'],
    ['a string for a yes/no', { mayLeaveMessage: 'yes' }, 'mayLeaveMessage'],
    ['an unknown field', { name: '李女士' }, 'name'],
  ])('answers 400 naming the field for %s', async (_label, change, field) => {
    const response = await ask(await guestToken(t), { ...validRequest, ...change }).expect(400);
    expect((response.body as ErrorResponseDto).fields?.map((f) => f.field)).toContain(field);
  });

  it('accepts landlines with their area code, and refuses closed or unknown centres', async () => {
    const woman = await guestToken(t);
    const landline = await ask(woman, { ...validRequest, phone: '0595-2288 1234' }).expect(201);
    expect(landline.body.phoneMasked).toBe('0595-****1234');
    expect((await ask(woman, { ...validRequest, centreCode: 'taishang' }).expect(422)).body.code).toBe(
      'CENTRE_NOT_BOOKABLE',
    );
    expect((await ask(woman, { ...validRequest, centreCode: 'atlantis' }).expect(404)).body.code).toBe(
      'CENTRE_NOT_FOUND',
    );
  });

  it('works the queue: answers shown before the number, claim reveals it to the claimer alone, audited', async () => {
    const woman = await guestToken(t);
    const mine = (await ask(woman, { ...validRequest, phone: '13700001111', mayIdentify: true }).expect(201))
      .body as CallbackDto;

    const queue = (await http().get('/api/staff/callbacks').set(as(staff)).expect(200)).body
      .items as StaffCallbackDto[];
    const listed = queue.find((c) => c.id === mine.id);
    expect(listed).toMatchObject({
      phoneMasked: '137****1111',
      phone: null,
      mayIdentify: true,
      mayLeaveMessage: false,
      claimed: false,
    });
    expect(listed?.nextSafeAt).toBe('2026-10-06T06:00:00.000Z'); // Tuesday 14:00 in Shanghai
    expect(queue.every((c) => c.centreCode === 'jinjiang' && c.phone === null)).toBe(true);

    const claimed = (await staffPost(staff, mine.id, 'claim').expect(200)).body as StaffCallbackDto;
    expect(claimed).toMatchObject({ status: 'claimed', claimedByMe: true, phone: '13700001111' });
    const taken = await staffPost(colleague, mine.id, 'claim').expect(409);
    expect(taken.body.code).toBe('CALLBACK_STATUS_CONFLICT');
    const seenByColleague = (await http().get(`/api/staff/callbacks/${mine.id}`).set(as(colleague)).expect(200))
      .body as StaffCallbackDto;
    expect(seenByColleague).toMatchObject({ phone: null, claimed: true, claimedByMe: false });
    const seenByClaimer = (await http().get(`/api/staff/callbacks/${mine.id}`).set(as(staff)).expect(200))
      .body as StaffCallbackDto;
    expect(seenByClaimer.phone).toBe('13700001111');

    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .find({ where: { targetId: mine.id }, order: { at: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(['callback.claim', 'callback.phone.view', 'callback.phone.view']);
    expect(JSON.stringify(audit)).not.toContain('13700001111');

    await staffPost(colleague, mine.id, 'attempts', { result: 'no_answer' }).expect(409);
    await staffPost(staff, mine.id, 'attempts', { result: 'nobody' }).expect(400);
    await staffPost(staff, mine.id, 'attempts', { result: 'no_answer' }).expect(200);
    const afterSecond = (await staffPost(staff, mine.id, 'attempts', { result: 'reached' }).expect(200))
      .body as StaffCallbackDto;
    expect(afterSecond.attempts.map((a) => a.result)).toEqual(['no_answer', 'reached']);
    const closed = (await staffPost(staff, mine.id, 'close', { outcome: 'helped' }).expect(200))
      .body as StaffCallbackDto;
    expect(closed).toMatchObject({ status: 'closed', outcome: 'helped', phone: null });
    const hers = (await http().get('/api/callbacks/mine').set(as(woman)).expect(200)).body.items as CallbackDto[];
    expect(hers).toEqual([expect.objectContaining({ id: mine.id, status: 'closed', outcome: 'helped' })]);
  });

  it('erases the number the configured number of days after closing', async () => {
    const woman = await guestToken(t);
    const mine = (await ask(woman, { ...validRequest, phone: '13600002222' }).expect(201)).body as CallbackDto;
    await staffPost(staff, mine.id, 'claim').expect(200);
    await staffPost(staff, mine.id, 'close', { outcome: 'referred' }).expect(200);
    const service = t.app.get(CallbacksService);
    freezeAt(t, '2026-10-11 10:00');
    await service.eraseDue();
    expect(
      (await t.dataSource.getRepository(CallbackRequest).findOneByOrFail({ id: mine.id })).phoneEncrypted,
    ).not.toBeNull();
    freezeAt(t, '2026-10-12 10:01');
    expect(await service.eraseDue()).toBeGreaterThanOrEqual(1);
    const row = await t.dataSource.getRepository(CallbackRequest).findOneByOrFail({ id: mine.id });
    expect(row).toMatchObject({ phoneEncrypted: null, topic: null });
    expect(row).not.toHaveProperty('phoneMasked'); // the masked form is derived when shown, never stored
    expect(row.erasedAt).not.toBeNull();
    freezeAt(t, '2026-10-05 10:00');
  });

  it('lets her withdraw, which erases the number at once', async () => {
    const woman = await guestToken(t);
    const mine = (await ask(woman).expect(201)).body as CallbackDto;
    const withdrawn = await http().post(`/api/callbacks/${mine.id}/withdraw`).set(as(woman)).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', phoneMasked: null });
    expect(
      (await t.dataSource.getRepository(CallbackRequest).findOneByOrFail({ id: mine.id })).phoneEncrypted,
    ).toBeNull();
    expect((await staffPost(staff, mine.id, 'claim').expect(409)).body.code).toBe('CALLBACK_STATUS_CONFLICT');
  });

  it('returns the first request when a retry carries the same Idempotency-Key', async () => {
    const woman = await guestToken(t);
    const first = await http()
      .post('/api/callbacks')
      .set(as(woman))
      .set('Idempotency-Key', 'callback-try-0001')
      .send(validRequest)
      .expect(201);
    const retry = await http()
      .post('/api/callbacks')
      .set(as(woman))
      .set('Idempotency-Key', 'callback-try-0001')
      .send(validRequest)
      .expect(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(((await http().get('/api/callbacks/mine').set(as(woman))).body as { items: unknown[] }).items).toHaveLength(
      1,
    );
    await http()
      .post('/api/callbacks')
      .set(as(woman))
      .set('Idempotency-Key', 'bad key!')
      .send(validRequest)
      .expect(400);
  });

  it('limits waiting requests per person', async () => {
    const woman = await guestToken(t);
    for (let i = 0; i < 3; i += 1) {
      await ask(woman).expect(201);
    }
    expect((await ask(woman).expect(409)).body.code).toBe('LIMIT_REACHED');
  });

  it('releases a claim back to the queue', async () => {
    const mine = (await ask(await guestToken(t)).expect(201)).body as CallbackDto;
    await staffPost(staff, mine.id, 'claim').expect(200);
    await staffPost(colleague, mine.id, 'release').expect(409);
    const released = (await staffPost(staff, mine.id, 'release').expect(200)).body as StaffCallbackDto;
    expect(released).toMatchObject({ status: 'open', claimed: false, phone: null });
    expect((await staffPost(colleague, mine.id, 'claim').expect(200)).body.phone).toBe('13800135678');
  });

  it('keeps each centre to its own queue; another woman or centre gets 404; city admins see all', async () => {
    const woman = await guestToken(t);
    const mine = (await ask(woman).expect(201)).body as CallbackDto;
    const shishi = await demoStaff(t, 'shishi');
    const shishiQueue = (await http().get('/api/staff/callbacks').set(as(shishi)).expect(200)).body
      .items as StaffCallbackDto[];
    expect(shishiQueue.map((c) => c.id)).not.toContain(mine.id);
    expect((await http().get(`/api/staff/callbacks/${mine.id}`).set(as(shishi)).expect(404)).body.code).toBe(
      'CALLBACK_NOT_FOUND',
    );
    await staffPost(shishi, mine.id, 'claim').expect(404);
    await http().get('/api/staff/callbacks?centre=jinjiang').set(as(shishi)).expect(403);
    await http()
      .post(`/api/callbacks/${mine.id}/withdraw`)
      .set(as(await guestToken(t)))
      .expect(404);
    const admin = await demoAdmin(t);
    const all = (await http().get('/api/staff/callbacks?status=open').set(as(admin)).expect(200)).body
      .items as StaffCallbackDto[];
    expect(all.map((c) => c.id)).toContain(mine.id);
    expect(all.every((c) => c.status === 'open')).toBe(true);
  });
});
