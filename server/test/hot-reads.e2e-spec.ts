import request, { type Response } from 'supertest';
import type { ErrorResponseDto } from '@wac/shared-types';
import { CacheVersionsRepository } from '../src/cache/cache-versions.repository.js';
import { RECENT_COUNTERS_MS } from '../src/cache/versioned-cache.js';
import { RequestLoggingMiddleware } from '../src/common/http/request-logging.middleware.js';
import { demoAdmin, freezeAt } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The hot reads (nearest centres, availability) are answered before the framework. These tests hold the two paths
 * to one answer: a request the framework answers is seen by its request-logging middleware, which the hot path
 * never reaches; `If-None-Match` with a tag that matches nothing sends a request to the framework without changing
 * what it answers.
 */
let frameworkRequests = 0;
const logRequest = RequestLoggingMiddleware.prototype.use;
RequestLoggingMiddleware.prototype.use = function (this: RequestLoggingMiddleware, ...args) {
  frameworkRequests += 1;
  return logRequest.apply(this, args);
};

/** Headers that differ between any two answers, or describe the transfer rather than the answer. */
const PER_ANSWER = new Set(['date', 'x-request-id', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);
const headersOf = (response: Response) =>
  Object.fromEntries(Object.entries(response.headers).filter(([name]) => !PER_ANSWER.has(name)));

describe('hot reads', () => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  /** The answer of the hot path and of the framework to the same request; fails unless each took its path. */
  async function bothPaths(path: string, acceptEncoding?: string): Promise<[Response, Response]> {
    const before = frameworkRequests;
    const withEncoding = (test: request.Test) => (acceptEncoding ? test.set('Accept-Encoding', acceptEncoding) : test);
    const hot = await withEncoding(get(path));
    expect(frameworkRequests).toBe(before);
    const framework = await withEncoding(get(path).set('If-None-Match', '"matches-nothing"'));
    expect(frameworkRequests).toBe(before + 1);
    return [hot, framework];
  }

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2026-12-01 08:30');
  });
  afterAll(() => t.close());

  const READS: [string, string][] = [
    ['the whole centre list', '/api/centres'],
    ['the nearest centres', '/api/centres?lat=24.905&lng=118.59'],
    ['a page of the nearest centres', '/api/centres?lng=118.59&lat=24.905&limit=3&after=1_jinjiang'],
    [
      'a centre’s availability for one service',
      '/api/centres/jinjiang/availability?from=2026-12-01&to=2026-12-21&service=legal',
    ],
    ['a centre’s availability for every service', '/api/centres/licheng/availability?from=2026-12-02&to=2026-12-04'],
  ];
  const ENCODINGS = [undefined, 'gzip', 'br', 'gzip, deflate, br', 'br;q=0.1, gzip;q=0.9', 'identity'];

  it.each(READS.flatMap(([what, path]) => ENCODINGS.map((encoding) => [what, path, encoding] as const)))(
    'answers %s (%s) exactly as the framework does, Accept-Encoding: %s',
    async (_what, path, encoding) => {
      const [hot, framework] = await bothPaths(path, encoding);
      expect(hot.status).toBe(200);
      expect(framework.status).toBe(200);
      expect(headersOf(hot)).toEqual(headersOf(framework));
      expect(hot.body).toEqual(framework.body);
      // Decoded, whatever the encoding: a list of centres or of days.
      expect(
        (hot.body as { items?: unknown[]; days?: unknown[] }).items ?? (hot.body as { days: unknown[] }).days,
      ).not.toHaveLength(0);
      expect(hot.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(hot.headers['cache-control']).toBe('no-store');
      expect(hot.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    },
  );

  it('keeps the caller’s request id, as the framework does', async () => {
    const kept = await get('/api/centres').set('X-Request-Id', 'abcdef12-trace');
    expect(kept.headers['x-request-id']).toBe('abcdef12-trace');
  });

  it.each([
    ['an invalid position', '/api/centres?lat=91&lng=118', 400, 'lat'],
    ['a position in an unusual number format', '/api/centres?lat=2.4e1&lng=118', 200, undefined],
    ['a page size without a position', '/api/centres?limit=3', 400, 'limit'],
    ['a repeated parameter', '/api/centres?lat=24&lat=25&lng=118', 400, 'lat'],
    ['an unknown parameter', '/api/centres?lat=24&lng=118&radius=5', 400, 'radius'],
    ['an unknown centre', '/api/centres/atlantis/availability?from=2026-12-01&to=2026-12-02', 404, undefined],
    ['a range too long', '/api/centres/jinjiang/availability?from=2026-12-01&to=2027-02-01', 400, 'to'],
    ['a date that does not exist', '/api/centres/jinjiang/availability?from=2026-02-30&to=2026-03-01', 400, 'from'],
    [
      'an unknown service',
      '/api/centres/jinjiang/availability?from=2026-12-01&to=2026-12-02&service=x',
      400,
      'service',
    ],
  ])('leaves %s to the framework, which answers it', async (_what, path, status, field) => {
    const before = frameworkRequests;
    const response = await get(path);
    expect(frameworkRequests).toBe(before + 1);
    expect(response.status).toBe(status);
    if (field) {
      expect((response.body as ErrorResponseDto).fields?.some((f) => f.field === field)).toBe(true);
    }
  });

  it.each([
    ['the nearest centres', '/api/centres?lat=24.905&lng=118.59'],
    ['a centre’s availability', '/api/centres/jinjiang/availability?from=2026-12-01&to=2026-12-21&service=legal'],
  ])(
    'checks %s against cache counters read at most RECENT_COUNTERS_MS before; the framework at every request',
    async (_what, path) => {
      const versions = t.app.get(CacheVersionsRepository);
      const read = versions.read.bind(versions);
      let reads = 0;
      versions.read = (names) => {
        reads += 1;
        return read(names);
      };
      try {
        await get(path).expect(200);
        reads = 0;
        const started = performance.now();
        for (let i = 0; i < 10; i += 1) {
          await get(path).expect(200);
        }
        // One request after another, each in its own event-loop turn: without the recent counters, ten reads.
        const elapsed = performance.now() - started;
        expect(reads).toBeLessThanOrEqual(Math.floor(elapsed / RECENT_COUNTERS_MS) + 1);
        reads = 0;
        for (let i = 0; i < 10; i += 1) {
          await get(path).set('If-None-Match', '"matches-nothing"').expect(200);
        }
        expect(reads).toBe(10);
      } finally {
        versions.read = read;
      }
    },
  );

  it('leaves requests with a token, HEAD requests and other methods to the framework', async () => {
    const admin = await demoAdmin(t);
    const before = frameworkRequests;
    await get('/api/centres?lat=24.9&lng=118.6').set('Authorization', `Bearer ${admin}`).expect(200);
    await request(t.app.getHttpServer()).head('/api/centres').expect(200);
    await request(t.app.getHttpServer()).post('/api/centres').send({}).expect(404);
    expect(frameworkRequests).toBe(before + 3);
  });
});

describe('hot reads and the address limit', () => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);
  beforeAll(async () => {
    t = await startTestApp({ LIMIT_ADDRESS_PER_MINUTE: '4' });
  });
  afterAll(() => t.close());

  it('counts each request once, on either path, and refuses past the limit with Retry-After', async () => {
    // Counted at the edge, then answered by the framework (404): not counted again there.
    await get('/api/centres/atlantis/availability?from=2026-12-01&to=2026-12-02').expect(404);
    await get('/api/centres/atlantis/availability?from=2026-12-01&to=2026-12-02').expect(404);
    await get('/api/centres?lat=24.9&lng=118.6').expect(200);
    await get('/api/centres').expect(200);
    const refused = await get('/api/centres?lat=24.9&lng=118.6');
    expect(refused.status).toBe(429);
    expect((refused.body as ErrorResponseDto).code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The framework's own requests share the same count.
    await get('/api/health').expect(429);
  });
});
