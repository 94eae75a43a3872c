import { setTimeout } from 'node:timers/promises';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { AvailabilityDto, CentreListDto, ErrorResponseDto } from '@wac/shared-types';
import { createApp } from '../src/app.factory.js';
import { CACHE_NAMES } from '../src/cache/cache-names.js';
import { RECENT_COUNTERS_MS } from '../src/cache/versioned-cache.js';
import { Centre } from '../src/centres/centre.entity.js';
import { CentresService } from '../src/centres/centres.service.js';
import { distanceMeters, PositionIndex, type GeoPoint } from '../src/centres/geo.js';
import { Clock } from '../src/common/clock.js';
import { bumpCaches, clearRoster, demoAdmin, freezeAt, putOnDuty } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/** Centres spread over China the way a national network would be (denser in the east), made the same every run. */
const NATIONAL_CENTRES = 3000;

function nationalCentres(count: number): Omit<Centre, 'createdAt' | 'updatedAt'>[] {
  let state = 20260101;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, (_, i) => {
    const east = next() < 0.7;
    return {
      code: `n${String(i).padStart(4, '0')}`,
      name: `测试中心${i}`,
      area: `测试区${i % 97}`,
      address: `测试省测试市测试区测试路${i}号（测试数据）`,
      // Rounded to 0.01° so that many centres share a position: equal distances must still have one order.
      latitude: Math.round((east ? 22 + next() * 18 : 25 + next() * 20) * 100) / 100,
      longitude: Math.round((east ? 110 + next() * 12 : 80 + next() * 30) * 100) / 100,
      approximate: true,
      phone: '12338',
      status: i % 10 === 0 ? 'preparing' : 'open',
      services: ['hotline', 'legal'],
      openingHours: '周一至周五 08:00–12:00',
      workRules: [],
      serviceScope: [],
      sortOrder: 100 + i,
    };
  });
}

describe(`nearest centres at national scale, and caches across processes (${TEST_DB})`, () => {
  let t: TestApp;
  let all: { code: string; latitude: number; longitude: number }[];
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp();
    const centres = nationalCentres(NATIONAL_CENTRES);
    for (let i = 0; i < centres.length; i += 500) {
      await t.dataSource
        .createQueryBuilder()
        .insert()
        .into(Centre)
        .values(centres.slice(i, i + 500))
        .updateEntity(false)
        .execute();
    }
    await bumpCaches(t, [CACHE_NAMES.centres]);
    all = (await t.dataSource.getRepository(Centre).find({ select: { code: true, latitude: true, longitude: true } }))
      // The order the API promises: whole metres, then the code.
      .map(({ code, latitude, longitude }) => ({ code, latitude, longitude }));
  });
  afterAll(() => t.close());

  const bruteForce = (origin: GeoPoint) =>
    all
      .map((c) => ({ code: c.code, meters: Math.round(distanceMeters(origin, c)) }))
      .sort((a, b) => a.meters - b.meters || (a.code < b.code ? -1 : 1));

  async function page(query: string) {
    const response = await http().get(`/api/centres?${query}`);
    return { status: response.status, body: response.body as CentreListDto & ErrorResponseDto, bytes: response.text };
  }

  it.each([
    ['in Jinjiang', 24.797, 118.5745, 50],
    ['in Urumqi, where centres are sparse', 43.82, 87.61, 37],
    ['in the Atlantic, far from every centre', 0, -30, 50],
  ])('pages through all centres %s exactly in the brute-force order', async (_where, lat, lng, limit) => {
    const seen: { code: string; meters: number }[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages += 1) {
      const query: string = `lat=${lat}&lng=${lng}&limit=${limit}${after ? `&after=${after}` : ''}`;
      const { status, body } = await page(query);
      expect(status).toBe(200);
      seen.push(...body.items.map((c) => ({ code: c.code, meters: c.distanceMeters ?? -1 })));
      // With a position every answer says whether a next page exists: null, never absent.
      expect(body.next).not.toBeUndefined();
      after = body.next ?? null;
      if (after === null) {
        break;
      }
      expect(body.items).toHaveLength(limit);
    }
    expect(seen).toEqual(bruteForce({ latitude: lat, longitude: lng }));
  });

  it('answers the first page in under 10 KB, looking at only a few of the centres in the position index', async () => {
    // Counts the centres the nearest search looks at, letting every search through.
    const search = PositionIndex.prototype.inBox;
    let looked = 0;
    PositionIndex.prototype.inBox = function (this: PositionIndex<GeoPoint>, box): GeoPoint[] {
      const found: GeoPoint[] = search.call(this, box);
      looked += found.length;
      return found;
    };
    try {
      const { status, body, bytes } = await page('lat=31.23&lng=121.47');
      expect(status).toBe(200);
      expect(body.items).toHaveLength(20);
      expect(body.items.map((c) => c.code)).toEqual(
        bruteForce({ latitude: 31.23, longitude: 121.47 })
          .slice(0, 20)
          .map((c) => c.code),
      );
      expect(Buffer.byteLength(bytes)).toBeLessThanOrEqual(10 * 1024);
      expect(looked).toBeGreaterThanOrEqual(20);
      expect(looked).toBeLessThan(all.length / 10);
    } finally {
      PositionIndex.prototype.inBox = search;
    }
  });

  it('still lists every centre in the list order without a position (the district picker)', async () => {
    const { status, body } = await page('');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(all.length);
    expect(body.items.slice(0, 2).map((c) => c.code)).toEqual(['city', 'licheng']);
    expect(body.next).toBeUndefined();
    expect(body.items.every((c) => c.distanceMeters === undefined)).toBe(true);
  });

  it.each([
    ['a page size of 0', 'lat=24&lng=118&limit=0', 'limit'],
    ['a page size above 50', 'lat=24&lng=118&limit=51', 'limit'],
    ['a page size that is not whole', 'lat=24&lng=118&limit=2.5', 'limit'],
    ['a page size without a position', 'limit=5', 'limit'],
    ['a cursor without a position', 'after=12_city', 'after'],
    ['a made-up cursor', 'lat=24&lng=118&after=x', 'after'],
    ['a cursor given twice', 'lat=24&lng=118&after=1_a&after=2_b', 'after'],
  ])('answers 400 naming the field for %s', async (_label, query, field) => {
    const { status, body } = await page(query);
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields?.map((f) => f.field)).toContain(field);
  });

  describe('a second server process on the same database', () => {
    let second: NestExpressApplication;
    let duty: { lawyer: string; counsellor: string };
    const other = () => request(second.getHttpServer());
    const as = { Authorization: '' };
    // A request with a token goes to the framework, whose reads check current counters: it sees every change at once.
    // Anonymous reads (the hot-read edge) may check counters read up to RECENT_COUNTERS_MS before.
    const staffRead = (path: string) => other().get(path).set(as).expect(200);
    const anonymousRead = async (path: string) => {
      await setTimeout(RECENT_COUNTERS_MS + 1);
      return other().get(path).expect(200);
    };
    const AVAILABILITY = '/api/centres/jinjiang/availability?from=2026-09-28&to=2026-09-30';
    const dayAt = async (date: string) => {
      const body = (await staffRead(AVAILABILITY)).body as AvailabilityDto;
      return body.days.find((d) => d.date === date)!;
    };

    beforeAll(async () => {
      second = await createApp(t.config, { logger: false });
      await second.init();
      // Monday 28 September 2026, 07:00 in Shanghai: three ordinary weekdays with a lawyer, a counsellor, a mediator.
      freezeAt(t, '2026-09-28 07:00');
      second.get(Clock).freeze(t.app.get(Clock).now());
      as.Authorization = `Bearer ${await demoAdmin(t)}`;
      await clearRoster(t, 'jinjiang');
      const [lawyer, counsellor] = await putOnDuty(
        t,
        'jinjiang',
        ['2026-09-28', '2026-09-29', '2026-09-30'],
        [['lawyer'], ['counsellor'], ['mediator']],
      );
      duty = { lawyer: lawyer!, counsellor: counsellor! };
    });
    afterAll(() => second.close());

    it('sees a centre edit made through the first (name, position, nearest order): staff at once, anyone soon', async () => {
      const before = (await other().get('/api/centres').expect(200)).body as CentreListDto;
      expect(before.items.find((c) => c.code === 'jinjiang')?.name).toBe('晋江市');
      const nearDehuaBefore = (await other().get('/api/centres?lat=25.49&lng=118.25&limit=1').expect(200))
        .body as CentreListDto;
      expect(nearDehuaBefore.items[0]?.code).toBe('dehua');
      // While nothing changed, the same answers are given again, object for object: the hot-read edge then serialises,
      // tags and compresses each once (it keys its bodies by these objects).
      const centres = second.get(CentresService);
      const whole = await centres.list({});
      const nearDehua = await centres.list({ lat: 25.49, lng: 118.25, limit: 1 });
      expect(await centres.list({})).toBe(whole);
      expect(await centres.list({ lat: 25.49, lng: 118.25, limit: 1 })).toBe(nearDehua);

      await http()
        .patch('/api/admin/centres/jinjiang')
        .set(as)
        .send({ name: '晋江市（新址）', latitude: 25.4901, longitude: 118.2501 })
        .expect(200);

      const after = (await staffRead('/api/centres')).body as CentreListDto;
      expect(after.items.find((c) => c.code === 'jinjiang')?.name).toBe('晋江市（新址）');
      const nearDehuaAfter = (await staffRead('/api/centres?lat=25.49&lng=118.25&limit=1')).body as CentreListDto;
      expect(nearDehuaAfter.items[0]).toMatchObject({ code: 'jinjiang', name: '晋江市（新址）' });
      expect(await centres.list({})).not.toBe(whole);
      expect(await centres.list({ lat: 25.49, lng: 118.25, limit: 1 })).not.toBe(nearDehua);
      const anonymous = (await anonymousRead('/api/centres?lat=25.49&lng=118.25&limit=1')).body as CentreListDto;
      expect(anonymous.items[0]).toMatchObject({ code: 'jinjiang', name: '晋江市（新址）' });
    });

    it('sees availability change after calendar marks, a template, roster, leave, a staff edit: staff at once', async () => {
      expect(await dayAt('2026-09-30')).toMatchObject({ open: true });
      await http()
        .put('/api/admin/calendar/2026-09-30')
        .set(as)
        .send({ scope: 'jinjiang', kind: 'closed' })
        .expect(200);
      expect(await dayAt('2026-09-30')).toMatchObject({ open: false, reason: 'closure' });

      expect(await dayAt('2026-09-28')).toMatchObject({ open: true });
      await http().put('/api/admin/calendar/2026-09-28').set(as).send({ scope: '*', kind: 'holiday' }).expect(200);
      expect(await dayAt('2026-09-28')).toMatchObject({ open: false, reason: 'holiday' });

      const starts = async () => [...new Set((await dayAt('2026-09-29')).slots.map((s) => s.start))];
      expect(await starts()).toEqual(['08:00', '09:00', '10:00', '11:00']);
      await http()
        .put('/api/admin/centres/jinjiang/template')
        .set(as)
        .send({
          slotMinutes: 120,
          bufferMinutes: 0,
          dayStart: '08:00',
          dayEnd: '12:00',
          rooms: 2,
          walkInReserve: 0,
          bookingWindowDays: 14,
          leadTimeMinutes: 60,
        })
        .expect(200);
      expect(await starts()).toEqual(['08:00', '10:00']);

      const services = async () => [...new Set((await dayAt('2026-09-29')).slots.map((s) => s.service))].sort();
      expect(await services()).toEqual(['counselling', 'legal', 'mediation']);
      await http()
        .put('/api/admin/roster/jinjiang/2026-09-29')
        .set(as)
        .send({ staffMemberIds: [duty.lawyer, duty.counsellor] })
        .expect(200);
      expect(await services()).toEqual(['counselling', 'legal']);

      await http()
        .post(`/api/admin/staff/${duty.counsellor}/leave`)
        .set(as)
        .send({ fromDate: '2026-09-29', toDate: '2026-09-29' })
        .expect(201);
      expect(await services()).toEqual(['legal']);

      await http().patch(`/api/admin/staff/${duty.lawyer}`).set(as).send({ active: false }).expect(200);
      expect(await dayAt('2026-09-29')).toMatchObject({ open: false, reason: 'no_one_on_duty' });
      const anonymous = (await anonymousRead(AVAILABILITY)).body as AvailabilityDto;
      expect(anonymous.days.find((d) => d.date === '2026-09-29')).toMatchObject({ reason: 'no_one_on_duty' });
    });
  });
});
