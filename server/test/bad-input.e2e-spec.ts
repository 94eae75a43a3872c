import request from 'supertest';
import { demoAdmin, guestToken } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/** The inputs that once answered 500, each now a 4xx that names the field (see also the fuzz test). */
describe(`bad input (${TEST_DB})`, () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses deeply nested JSON before parsing it, without a login', async () => {
    const nested = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const response = await http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(`{"username":"admin","password":"x","deep":${nested.slice(0, 150_000)}}`);
    // Over the size for logins, or too deep: either way refused by the parser, never handed to the validators.
    expect([400, 413]).toContain(response.status);
    expect(response.body.fields).toEqual([{ field: 'body', reason: expect.any(String) }]);

    const deepButSmall = `{"username":${'['.repeat(50)}${']'.repeat(50)}}`;
    const small = await http().post('/api/auth/login').set('Content-Type', 'application/json').send(deepButSmall);
    expect(small.status).toBe(400);
    expect(small.body).toMatchObject({ code: 'BAD_REQUEST', fields: [{ field: 'body' }] });
  });

  it('keeps the women’s endpoints to small bodies and the console to what its uploads need', async () => {
    const token = await guestToken(t);
    const big = await http()
      .post('/api/callbacks')
      .set('Authorization', `Bearer ${token}`)
      .send({ centreCode: 'jinjiang', topic: 'x'.repeat(40_000) });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');

    // A wall photo's worth of base64 still reaches the console's validators (and is refused only as not an image).
    const admin = await demoAdmin(t);
    const photo = await http()
      .post('/api/admin/photos')
      .set('Authorization', `Bearer ${admin}`)
      .send({ contentType: 'image/png', dataBase64: 'A'.repeat(80_000) });
    expect(photo.status).toBe(400);
    expect(photo.body.code).not.toBe('PAYLOAD_TOO_LARGE');
  });

  it('treats null in the centre form as a wrong value, naming the field', async () => {
    const admin = await demoAdmin(t);
    for (const field of ['name', 'address', 'latitude', 'phone', 'approximate', 'workRules']) {
      const response = await http()
        .patch('/api/admin/centres/jinjiang')
        .set('Authorization', `Bearer ${admin}`)
        .send({ [field]: null })
        .expect(400);
      expect(response.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    const centre = await http().get('/api/centres/jinjiang').expect(200);
    expect(centre.body.name).toEqual(expect.any(String));
  });

  it('refuses nested arrays where objects belong (her call-back windows)', async () => {
    const token = await guestToken(t);
    for (const windows of [[[[]]], [[]], [null], ['09:00']]) {
      const response = await http()
        .post('/api/callbacks')
        .set('Authorization', `Bearer ${token}`)
        .send({ centreCode: 'jinjiang', phone: '13800135678', windows, mayIdentify: false, mayLeaveMessage: false })
        .expect(400);
      expect(response.body.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(/^windows/) })]),
      );
    }
  });

  it('answers a photo that does not exist as a 4xx when it is put on a staff member', async () => {
    const admin = await demoAdmin(t);
    const staff = await http()
      .get('/api/admin/staff')
      .query({ centre: 'jinjiang' })
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    const someone = (staff.body.items ?? staff.body)[0] as { id: string };
    const response = await http()
      .patch(`/api/admin/staff/${someone.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ photoId: '0b7e1c1e-0000-4000-8000-000000000000' })
      .expect(400);
    expect(response.body.fields).toEqual([{ field: 'photoId', reason: expect.stringContaining('upload') }]);
  });
});
