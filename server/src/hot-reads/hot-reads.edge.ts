import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { AvailabilityService } from '../availability/availability.service.js';
import { CentresService } from '../centres/centres.service.js';
import { answerBeforeFramework, endJsonAnswer, type EdgeOptions, type FrameworkEdge } from '../common/http/edge.js';
import { trackRequest } from '../common/http/request-logging.middleware.js';
import { countedAtEdge } from '../limits/address-limit.middleware.js';
import { RateLimits } from '../limits/rate-limits.service.js';
import { chooseEncoding, compressBody, COMPRESSION_THRESHOLD_BYTES, type Encoding } from '../web/compress-responses.js';
import { HOT_READ_ROUTES, parseHotRead, type HotRead } from './hot-read-requests.js';

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
export function answerHotReadsFirst(app: NestExpressApplication, options: EdgeOptions): void {
  answerBeforeFramework(app, (framework) => hotReads(app, framework, options));
}

function hotReads(
  app: NestExpressApplication,
  { etagOf, addressOf, handOn }: FrameworkEdge,
  options: EdgeOptions,
): RequestListener {
  const centres = app.get(CentresService);
  const availability = app.get(AvailabilityService);
  const limits = app.get(RateLimits);
  const logger = new Logger('http');
  // What the services give again (the whole list, kept nearest pages and availability answers) is the same object:
  // each is serialised, tagged and compressed once, not per request.
  const bodies = new WeakMap<object, Body>();

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

  const answer = async (read: HotRead, request: IncomingMessage, response: ServerResponse, started: bigint) => {
    try {
      await limits.consume('address', addressOf(request));
    } catch {
      handOn(request, response); // the framework counts it again, still spent, and answers 429
      return;
    }
    countedAtEdge.add(request);
    let body: Body;
    try {
      // Anonymous public reads: the cached copies may be checked against counters read up to RECENT_COUNTERS_MS ago.
      body = bodyOf(
        read.kind === 'centres'
          ? await centres.list(read.query, 'recent')
          : await availability.forRange(read.code, read.query, 'recent'),
      );
    } catch {
      handOn(request, response);
      return;
    }
    const encoding = body.json.length >= COMPRESSION_THRESHOLD_BYTES ? chooseEncoding(request) : 'identity';
    const payload = encoding === 'identity' ? body.json : await compressedBody(body, encoding);
    if (response.destroyed) {
      return;
    }
    trackRequest(request, request.url ?? '', response, logger, started);
    options.timeRequest?.('GET', response, () => HOT_READ_ROUTES[read.kind], started);
    endJsonAnswer(response, { statusCode: 200, payload, etag: body.etag, encoding }, options.apiHeaders);
  };

  return (request: IncomingMessage, response: ServerResponse) => {
    const read = parseHotRead(request.method, request.url);
    // A conditional request is rare here (answers say no-store): the framework answers 304 or 200.
    if (!read || request.headers.authorization !== undefined || request.headers['if-none-match'] !== undefined) {
      handOn(request, response);
      return;
    }
    answer(read, request, response, process.hrtime.bigint()).catch(() => {
      if (!response.headersSent) {
        handOn(request, response);
      }
    });
  };
}

function compressedBody(body: Body, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  const known = body.compressed.get(encoding);
  if (known) {
    return known;
  }
  const made = compressBody(body.json, encoding);
  body.compressed.set(encoding, made);
  return made;
}
