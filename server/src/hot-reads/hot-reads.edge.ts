import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import Negotiator from 'negotiator';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import proxyAddr from 'proxy-addr';
import { AvailabilityService } from '../availability/availability.service.js';
import { CentresService } from '../centres/centres.service.js';
import { trackRequest } from '../common/http/request-logging.middleware.js';
import { countedAtEdge } from '../limits/address-limit.middleware.js';
import { RateLimits } from '../limits/rate-limits.service.js';
import type { RequestTimer } from '../metrics/metrics.http.js';
import { COMPRESSION_THRESHOLD_BYTES, BROTLI_QUALITY } from '../web/compress-responses.js';
import { HOT_READ_ROUTES, parseHotRead, type HotRead } from './hot-read-requests.js';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const deflate = promisify(zlib.deflate);

/** What the framework's compression offers, in the order it prefers them. */
const ENCODINGS = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED_ENCODINGS = ['br', 'gzip'];

type Encoding = 'br' | 'gzip' | 'deflate' | 'identity';

/** negotiator 0.6.4 takes the server's preference order as a second argument, which its types leave out. */
interface PreferringNegotiator {
  encoding(available: readonly string[], preferred: readonly string[]): string | undefined;
}

interface Body {
  json: Buffer;
  etag: string;
  compressed: Map<Encoding, Promise<Buffer>>;
}

/**
 * The two reads a woman's phone makes most (nearest centres, a centre's availability) answered before the framework:
 * the same services, the same address limit, security headers, request id and log line, ETag, compression and
 * metrics, without the router, middleware chain, validation pipe and response wrappers that cost about 0.7 ms of the
 * server's one thread per request (README › Benchmarks). Only plain, valid, anonymous requests are answered here;
 * everything else, and every failure (an unknown centre, a range too long, the limit spent, the database away), goes
 * on to the framework, which answers it as it answers any request. Public data only: a request carrying a token goes
 * on too. A test compares both paths' answers header for header.
 */
export function answerHotReadsFirst(
  app: NestExpressApplication,
  options: { apiHeaders: ReadonlyMap<string, string>; timeRequest?: RequestTimer },
): void {
  const server: Server = app.getHttpServer();
  const framework = server.listeners('request') as RequestListener[];
  const express = app.getHttpAdapter().getInstance();
  const etagOf = express.get('etag fn') as (body: Buffer) => string;
  const trustProxy = express.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const centres = app.get(CentresService);
  const availability = app.get(AvailabilityService);
  const limits = app.get(RateLimits);
  const logger = new Logger('http');
  // What the services give again (the whole list, kept nearest pages and availability answers) is the same object:
  // each is serialised, tagged and compressed once, not per request.
  const bodies = new WeakMap<object, Body>();

  const handOn = (request: IncomingMessage, response: ServerResponse) => {
    for (const listener of framework) {
      listener.call(server, request, response);
    }
  };

  const bodyOf = (value: object): Body => {
    const known = bodies.get(value);
    if (known) {
      return known;
    }
    const json = Buffer.from(JSON.stringify(value));
    const body = { json, etag: etagOf(json), compressed: new Map<Encoding, Promise<Buffer>>() };
    bodies.set(value, body);
    return body;
  };

  const answer = async (read: HotRead, request: IncomingMessage, response: ServerResponse) => {
    try {
      await limits.consume('address', proxyAddr(request, trustProxy));
    } catch {
      handOn(request, response); // the framework counts it again, still spent, and answers 429
      return;
    }
    countedAtEdge.add(request);
    let body: Body;
    try {
      body = bodyOf(
        read.kind === 'centres' ? await centres.list(read.query) : await availability.forRange(read.code, read.query),
      );
    } catch {
      handOn(request, response);
      return;
    }
    const encoding = body.json.length >= COMPRESSION_THRESHOLD_BYTES ? negotiate(request) : 'identity';
    const payload = encoding === 'identity' ? body.json : await compressedBody(body, encoding);
    if (response.destroyed) {
      return;
    }
    trackRequest(request, request.url ?? '', response, logger);
    options.timeRequest?.('GET', response, () => HOT_READ_ROUTES[read.kind]);
    for (const [name, value] of options.apiHeaders) {
      response.setHeader(name, value);
    }
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('ETag', body.etag);
    response.setHeader('Vary', 'Accept-Encoding');
    if (encoding !== 'identity') {
      response.setHeader('Content-Encoding', encoding);
    }
    response.setHeader('Content-Length', payload.length);
    response.statusCode = 200;
    response.end(payload);
  };

  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const read = parseHotRead(request.method, request.url);
    // A conditional request is rare here (answers say no-store): the framework answers 304 or 200.
    if (!read || request.headers.authorization !== undefined || request.headers['if-none-match'] !== undefined) {
      handOn(request, response);
      return;
    }
    answer(read, request, response).catch(() => {
      if (!response.headersSent) {
        handOn(request, response);
      }
    });
  });
}

/** As the framework's compression chooses (negotiator, brotli first). */
function negotiate(request: IncomingMessage): Encoding {
  if (!request.headers['accept-encoding']) {
    return 'identity';
  }
  const negotiator = new Negotiator(request) as unknown as PreferringNegotiator;
  const chosen = negotiator.encoding(ENCODINGS, PREFERRED_ENCODINGS);
  return chosen === 'br' || chosen === 'gzip' || chosen === 'deflate' ? chosen : 'identity';
}

function compressedBody(body: Body, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  const known = body.compressed.get(encoding);
  if (known) {
    return known;
  }
  // Off the main thread (libuv's pool), as the framework's streaming compression is.
  const made =
    encoding === 'br'
      ? brotli(body.json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
      : encoding === 'gzip'
        ? gzip(body.json)
        : deflate(body.json);
  body.compressed.set(encoding, made);
  return made;
}
