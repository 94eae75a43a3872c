import request from 'supertest';
import type { CentreDetailDto, CentreListDto, ErrorResponseDto } from '@wac/shared-types';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`centres (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const list = async (query: string) => {
    const response = await request(t.app.getHttpServer()).get(`/api/centres${query}`);
    return { status: response.status, body: response.body as CentreListDto & ErrorResponseDto };
  };

  it('lists all 13 centres in their own order, without distances, when no position is given', async () => {
    const { status, body } = await list('');
    expect(status).toBe(200);
    expect(body.items.map((c) => c.code)).toEqual([
      'city',
      'licheng',
      'fengze',
      'luojiang',
      'quangang',
      'shishi',
      'jinjiang',
      'nanan',
      'huian',
      'anxi',
      'yongchun',
      'dehua',
      'taishang',
    ]);
    expect(body.items.every((c) => c.distanceMeters === undefined)).toBe(true);
    expect(body.items.find((c) => c.code === 'taishang')?.status).toBe('preparing');
  });

  it.each([
    ['inside Jinjiang', 24.797, 118.5745, ['jinjiang', 'fengze']],
    ['in Dehua county', 25.49, 118.25, ['dehua', 'yongchun']],
    ['in Quangang', 25.12, 118.92, ['quangang', 'huian']],
    ['in Anxi county', 25.06, 118.2, ['anxi', 'nanan']],
  ])('orders nearest first for a point %s', async (_label, lat, lng, firstTwo) => {
    const { status, body } = await list(`?lat=${lat}&lng=${lng}`);
    expect(status).toBe(200);
    expect(body.items).toHaveLength(13);
    expect(body.items.slice(0, 2).map((c) => c.code)).toEqual(firstTwo);
    const distances = body.items.map((c) => c.distanceMeters ?? Number.NaN);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(5000);
  });

  it.each([
    ['lat out of range', '?lat=91&lng=118', 'lat'],
    ['lat below range', '?lat=-90.5&lng=118', 'lat'],
    ['lng out of range', '?lat=24&lng=180.01', 'lng'],
    ['lat not a number', '?lat=abc&lng=118', 'lat'],
    ['lat empty', '?lat=&lng=118', 'lat'],
    ['lat given twice', '?lat=24&lat=25&lng=118', 'lat'],
    ['lat without lng', '?lat=24.9', 'lng'],
    ['lng without lat', '?lng=118.5', 'lat'],
    ['an unknown parameter', '?lat=24&lng=118&radius=5', 'radius'],
  ])('answers 400 naming the field for %s', async (_label, query, field) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields?.map((f) => f.field)).toContain(field);
    expect(body.fields?.every((f) => f.reason.length > 0)).toBe(true);
  });

  it('returns one centre with its wall, and serves the wall photos itself', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/centres/jinjiang').expect(200);
    const centre = response.body as CentreDetailDto;
    expect(centre).toMatchObject({ code: 'jinjiang', name: '晋江市', status: 'open', approximate: true });
    expect(centre.workRules.length).toBeGreaterThan(0);
    expect(centre.serviceScope.length).toBeGreaterThan(0);
    expect(centre.services).toEqual(expect.arrayContaining(['legal', 'counselling', 'mediation']));
    expect(centre.dutyPeople.flatMap((p) => p.professions)).toEqual(
      expect.arrayContaining(['lawyer', 'counsellor', 'mediator']),
    );
    const photoUrl = centre.dutyPeople[0]!.photoUrl;
    expect(photoUrl).toMatch(/^\/api\/photos\/[0-9a-f-]{36}$/);
    const photo = await request(t.app.getHttpServer())
      .get(photoUrl ?? '')
      .expect(200);
    expect(photo.headers['content-type']).toBe('image/svg+xml');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('answers 404 with a code for an unknown centre, photo, or a malformed photo id', async () => {
    const centre = await request(t.app.getHttpServer()).get('/api/centres/atlantis').expect(404);
    expect(centre.body).toEqual({
      statusCode: 404,
      code: 'CENTRE_NOT_FOUND',
      message: expect.stringContaining('atlantis'),
    });
    const photo = await request(t.app.getHttpServer())
      .get('/api/photos/00000000-0000-4000-8000-000000000000')
      .expect(404);
    expect(photo.body.code).toBe('PHOTO_NOT_FOUND');
    const malformed = await request(t.app.getHttpServer()).get('/api/photos/..%2F..%2Fetc').expect(404);
    expect(malformed.body.code).toBe('PHOTO_NOT_FOUND');
  });

  it('does not duplicate centres or wall people when the seed runs again', async () => {
    await t.app.close();
    t = await startTestAppKeepingDatabase(t);
    const { body } = await list('');
    expect(body.items).toHaveLength(13);
    const centre = (await request(t.app.getHttpServer()).get('/api/centres/city')).body as CentreDetailDto;
    expect(centre.dutyPeople).toHaveLength(3);
  });
});

async function startTestAppKeepingDatabase(previous: TestApp): Promise<TestApp> {
  const { createApp } = await import('../src/app.factory.js');
  const { DataSource } = await import('typeorm');
  const app = await createApp(previous.config, { logger: false });
  await app.init();
  return { app, dataSource: app.get(DataSource), config: previous.config, close: () => app.close() };
}
