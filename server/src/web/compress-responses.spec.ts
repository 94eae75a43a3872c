import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request, Response } from 'express';
import { gunzipSync } from 'node:zlib';
import { compressApiResponses } from './compress-responses.js';

/** A bare HTTP server behind the middleware, answering with the given type and size. */
function serve(contentType: string, bytes: number): Promise<Server> {
  const middleware = compressApiResponses();
  const server = createServer((req, res) =>
    middleware(req as Request, res as Response, () => {
      res.setHeader('Content-Type', contentType);
      res.end('x'.repeat(bytes));
    }),
  );
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function get(server: Server, acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('compressApiResponses', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));
  const answer = async (contentType: string, bytes: number, acceptEncoding = 'gzip') => {
    const server = await serve(contentType, bytes);
    servers.push(server);
    return get(server, acceptEncoding);
  };

  it('compresses a large JSON answer the client accepts compressed', async () => {
    const { headers, body } = await answer('application/json; charset=utf-8', 20_000);
    expect(headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(body).length).toBe(20_000);
    expect(body.length).toBeLessThan(1000);
  });

  it('prefers brotli when offered', async () => {
    expect((await answer('application/json', 20_000, 'gzip, br')).headers['content-encoding']).toBe('br');
  });

  it('leaves answers under one packet alone', async () => {
    expect((await answer('application/json', 1000)).headers['content-encoding']).toBeUndefined();
  });

  it('never compresses server-sent events, whatever their size', async () => {
    const { headers, body } = await answer('text/event-stream', 20_000, 'gzip, br');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.length).toBe(20_000);
  });
});
