import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { errorResponseBody, setRetryAfter } from '../common/errors/exception.filter.js';
import { answerBeforeFramework, endJsonAnswer, type EdgeOptions, type FrameworkEdge } from '../common/http/edge.js';
import { JsonSyntaxError, JsonTooDeepError, jsonDepth, MAX_JSON_DEPTH } from '../common/http/json-body.js';
import { trackRequest } from '../common/http/request-logging.middleware.js';
import { AuthService } from '../identity/auth.service.js';
import type { WomanPrincipal } from '../identity/principal.js';
import { TokenService } from '../identity/token.service.js';
import { countAgainstLimits, countedAtEdge } from '../limits/address-limit.middleware.js';
import { RateLimits } from '../limits/rate-limits.service.js';
import { chooseEncoding, compressBody, COMPRESSION_THRESHOLD_BYTES } from '../web/compress-responses.js';
import { BOOKINGS_ROUTE, bookingBodyLength, plainBookingBody } from './booking-requests.js';
import { BookingsService } from './bookings.service.js';

/** What the framework's JSON parser leaves on a request it has read; its parser then leaves the body as it is. */
type ReadRequest = IncomingMessage & { body?: unknown };

/** body-parser's strict mode: the first character after blanks opens an object or an array. */
const STRICT_JSON_START = /^[\x20\x09\x0a\x0d]*[[{]/;

/**
 * `POST /api/bookings` answered before the framework: the same limits, token check, service, error answers, security
 * headers, request id, log line, compression and metrics, without the router, middleware chain, guard and validation
 * pipe, which cost more of the server's time per booking than the booking itself (README › Benchmarks). The body is
 * read here within the JSON parser's limits; one that is valid JSON but not plainly a valid booking goes on to the
 * framework already parsed, and its validation answers with a 400 naming the field. Requests without a token, or
 * with a body this path does not read (compressed, chunked, another type, too large), go on untouched. A test holds
 * both paths to the same answers, header for header.
 */
export function answerBookingsFirst(app: NestExpressApplication, options: EdgeOptions): void {
  answerBeforeFramework(app, (framework) => bookingsEdge(app, framework, options));
}

function bookingsEdge(
  app: NestExpressApplication,
  { etagOf, addressOf, handOn }: FrameworkEdge,
  options: EdgeOptions,
): RequestListener {
  const auth = app.get(AuthService);
  const tokens = app.get(TokenService);
  const limits = app.get(RateLimits);
  const bookings = app.get(BookingsService);
  const logger = new Logger('http');

  const send = async (request: IncomingMessage, response: ServerResponse, statusCode: number, value: object) => {
    const json = Buffer.from(JSON.stringify(value));
    const encoding = json.length >= COMPRESSION_THRESHOLD_BYTES ? chooseEncoding(request) : 'identity';
    const payload = encoding === 'identity' ? json : await compressBody(json, encoding);
    if (response.destroyed) {
      return;
    }
    endJsonAnswer(response, { statusCode, payload, etag: etagOf(json), encoding }, options.apiHeaders);
  };

  const answer = async (request: ReadRequest, response: ServerResponse, raw: Buffer, started: bigint) => {
    let booking: object | undefined;
    let failure: unknown;
    try {
      // Counted before anything is parsed: a flood of malformed bodies is refused like any other.
      await countAgainstLimits(limits, tokens, request, addressOf(request));
      countedAtEdge.add(request);
      const body = parseJson(raw);
      const dto = plainBookingBody(body);
      if (!dto) {
        request.body = body;
        handOn(request, response); // which logs, times and answers it
        return;
      }
      // Her session is checked by the booking's first statement, which also locks her row: one round trip fewer.
      const principal = await auth.authenticate(request.headers.authorization, { sessionCheckedByWork: true });
      auth.assertAudience(principal, 'woman', []); // as the controller's @WomenOnly() guard
      const key = request.headers['idempotency-key'];
      booking = await bookings.create(principal as WomanPrincipal, dto, typeof key === 'string' ? key : undefined);
    } catch (error) {
      failure = error;
    }
    const requestId = trackRequest(request, BOOKINGS_ROUTE, response, logger, started);
    options.timeRequest?.('POST', response, () => BOOKINGS_ROUTE, started);
    if (booking) {
      await send(request, response, 201, booking);
      return;
    }
    const body = errorResponseBody(failure, { method: 'POST', path: BOOKINGS_ROUTE, requestId });
    setRetryAfter(response, failure);
    await send(request, response, body.statusCode, body);
  };

  return (request: IncomingMessage, response: ServerResponse) => {
    const length = bookingBodyLength(request.method, request.url, request.headers);
    if (length === undefined) {
      handOn(request, response);
      return;
    }
    const started = process.hrtime.bigint();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => {
      answer(request, response, Buffer.concat(chunks), started).catch(() => response.destroy());
    });
  };
}

/**
 * As the framework's JSON parser reads a body: its depth checked first, a byte-order mark dropped, only an object or
 * an array at the top (body-parser's strict mode). Throws what the exception filter answers as the parser's errors.
 */
function parseJson(raw: Buffer): unknown {
  if (jsonDepth(raw) > MAX_JSON_DEPTH) {
    throw new JsonTooDeepError();
  }
  const text = raw.toString('utf8').replace(/^\uFEFF/, '');
  if (!STRICT_JSON_START.test(text)) {
    throw new JsonSyntaxError();
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new JsonSyntaxError();
  }
}
