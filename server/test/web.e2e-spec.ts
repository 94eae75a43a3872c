import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';
import { testTempDir } from './support/temp-dir.js';

/** A build as `taro build --type h5` leaves it: hashed scripts with their .br and .gz, index.html, a favicon. */
function fakeH5Build(): { dir: string; index: Buffer; script: Buffer } {
  const dir = testTempDir('wac-h5-');
  mkdirSync(join(dir, 'js'));
  const index = Buffer.from(`<!doctype html><html><body><div id="app">${'妇女服务 '.repeat(200)}</div></body></html>`);
  const script = Buffer.from(`console.log(${JSON.stringify('x'.repeat(5000))});`);
  for (const [path, bytes] of [
    ['index.html', index],
    ['js/app.0123abcd.js', script],
  ] as const) {
    writeFileSync(join(dir, path), bytes);
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(bytes));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(bytes));
  }
  writeFileSync(join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0, 1, 0]));
  writeFileSync(join(dir, '.secret'), 'not for the web');
  return { dir, index, script };
}

/** The bytes exactly as they travel (supertest and fetch would decompress them). */
function rawGet(
  server: Server,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const call = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    call.on('error', reject);
    call.end();
  });
}

describe(`H5 delivery and compressed answers (${TEST_DB})`, () => {
  let t: TestApp;
  let server: Server;
  let build: ReturnType<typeof fakeH5Build>;
  const get = (path: string, headers?: Record<string, string>, method?: string) =>
    rawGet(server, path, headers, method);

  beforeAll(async () => {
    build = fakeH5Build();
    t = await startTestApp({ STATIC_DIR: build.dir });
    server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => t.close());

  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip, deflate, br;q=0.5', 'gzip', gunzipSync],
    ['gzip', 'gzip', gunzipSync],
    ['br;q=0, gzip', 'gzip', gunzipSync],
    ['*', 'br', brotliDecompressSync],
  ])(
    'sends the precompressed index.html the browser accepts (Accept-Encoding: %s → %s)',
    async (accept, coding, unzip) => {
      const response = await get('/', { 'Accept-Encoding': accept });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(coding);
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      // The page itself keeps its whole policy.
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['permissions-policy']).toContain('camera=()');
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      expect(response.body.length).toBeLessThan(build.index.length / 4);
      expect(unzip(response.body).equals(build.index)).toBe(true);
    },
  );

  it.each([['identity'], [''], ['deflate'], ['br;q=0, gzip;q=0']])(
    'sends the file itself when the browser accepts neither (Accept-Encoding: "%s")',
    async (accept) => {
      const response = await get('/index.html', { 'Accept-Encoding': accept });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.body.equals(build.index)).toBe(true);
    },
  );

  it('keeps hashed files a year as immutable, answers 304 to a known ETag, and HEAD without a body', async () => {
    const first = await get('/js/app.0123abcd.js', { 'Accept-Encoding': 'br' });
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(first.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(brotliDecompressSync(first.body).equals(build.script)).toBe(true);
    const etag = first.headers.etag ?? '';
    expect(etag).toMatch(/^".+"$/);

    const again = await get('/js/app.0123abcd.js', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip copy has another ETag: a cache holding the brotli bytes must not reuse them for gzip.
    const gzip = await get('/js/app.0123abcd.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(gzip.status).toBe(200);
    expect(gzip.headers.etag).not.toBe(etag);

    // A script is no document: it carries the headers that apply to it, not the page's policy.
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(first.headers['referrer-policy']).toBe('no-referrer');
    expect(first.headers).not.toHaveProperty('content-security-policy');
    expect(first.headers).not.toHaveProperty('permissions-policy');
    expect(first.headers).not.toHaveProperty('x-frame-options');

    const head = await get('/js/app.0123abcd.js', { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(gzip.body.length);
    expect(head.body.length).toBe(0);
  });

  it('serves the favicon, and nothing outside the build, no dot-file, no .br/.gz by its own name', async () => {
    const favicon = await get('/favicon.ico');
    expect(favicon.status).toBe(200);
    expect(favicon.headers['content-type']).toBe('image/x-icon');
    for (const path of [
      '/.secret',
      '/js/app.0123abcd.js.br',
      '/index.html.gz',
      '/../package.json',
      '/%2e%2e/x',
      '/js',
    ]) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  it('builds the OpenAPI document on the first request to /api/docs (not at start), and serves its UI', async () => {
    const document = await get('/api/docs/openapi.json');
    expect(document.status).toBe(200);
    expect(Object.keys((JSON.parse(document.body.toString()) as { paths: object }).paths)).toContain('/api/centres');
    expect((await get('/api/docs')).status).toBe(200);
  });

  it('still sends /admin to the admin console', async () => {
    const response = await get('/admin');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/#/packages/admin/pages/home/index');
  });

  it('sends /staff to the staff login', async () => {
    const response = await get('/staff');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/#/packages/staff/login/index');
  });

  it('answers an unknown address outside /api with the app’s own Chinese page, and /api with its JSON error', async () => {
    for (const path of ['/no-such-page', '/admin/x', '/staff/login', '/pages/index/index']) {
      const response = await get(path, { Accept: 'text/html' });
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body.toString()).toContain('页面不存在');
      expect(response.body.toString()).not.toMatch(/Cannot GET|Not Found|<script/);
    }
    const head = await get('/no-such-page', {}, 'HEAD');
    expect([head.status, head.body.length]).toEqual([404, 0]);
    const api = await get('/api/no-such-endpoint');
    expect(api.status).toBe(404);
    expect(JSON.parse(api.body.toString())).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('compresses large API answers the client accepts compressed, and never tiny ones', async () => {
    const list = await get('/api/centres', { 'Accept-Encoding': 'gzip' });
    expect(list.status).toBe(200);
    expect(list.headers['content-encoding']).toBe('gzip');
    const body = gunzipSync(list.body);
    expect(body.length).toBeGreaterThan(1400);
    expect((JSON.parse(body.toString()) as { items: unknown[] }).items).toHaveLength(13);

    const plain = await get('/api/centres', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(body)).toBe(true);

    const tiny = await get('/api/health', { 'Accept-Encoding': 'gzip, br' });
    expect(tiny.status).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
  });
});
