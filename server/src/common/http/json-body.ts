import bodyParser from 'body-parser';
import type { IncomingMessage } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Request bodies are read only as JSON, within limits checked before anything parses them: a size per part of the
 * API (the console uploads photos and whole schedules; the women's and staff endpoints take a few fields), and a
 * nesting depth no real form reaches, so a crafted body costs a linear scan and a 4xx instead of deep recursion in
 * the validators.
 */
export const JSON_BODY_LIMITS = {
  /** The admin console: wall photos (60 KB, base64), a year's official schedule, slot templates. */
  admin: '200kb',
  /** Everything else: bookings, callbacks, records, logins. */
  default: '16kb',
} as const;

/** Deeper than any DTO of this API (a body, an array of windows, a window): four would do; eight leaves room. */
export const MAX_JSON_DEPTH = 8;

/** The deepest nesting of objects and arrays in raw JSON text, ignoring brackets inside strings. */
export function jsonDepth(raw: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < raw.length; index += 1) {
    const byte = raw[index];
    if (inString) {
      if (byte === 0x5c /* \ */) {
        index += 1;
      } else if (byte === 0x22 /* " */) {
        inString = false;
      }
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x7b /* { */ || byte === 0x5b /* [ */) {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if (byte === 0x7d /* } */ || byte === 0x5d /* ] */) {
      depth -= 1;
    }
  }
  return deepest;
}

/** An error body-parser passes on as is: the exception filter answers it as a 400 naming the body. */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  readonly expose = true;

  constructor() {
    super(`The request body nests objects or arrays more than ${MAX_JSON_DEPTH} deep`);
  }
}

/** For a body read before the framework (the booking edge): what body-parser reports for a body that is not JSON. */
export class JsonSyntaxError extends Error {
  readonly status = 400;
  readonly type = 'entity.parse.failed';
  readonly expose = true;

  constructor() {
    super('The request body is not valid JSON');
  }
}

function rejectDeepJson(_request: IncomingMessage, _response: unknown, raw: Buffer): void {
  if (jsonDepth(raw) > MAX_JSON_DEPTH) {
    throw new JsonTooDeepError();
  }
}

/**
 * Reads JSON request bodies under /api (the console's under /api/admin with its larger limit). A Nest middleware that
 * AppModule applies after the request-logging and address-limit ones: every request is given its id, logged and
 * counted before its body is read, so a flood of malformed or oversized bodies is limited like any other request.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  private readonly admin = jsonParser(JSON_BODY_LIMITS.admin);
  private readonly api = jsonParser(JSON_BODY_LIMITS.default);

  use(request: Request, response: Response, next: NextFunction): void {
    const path = request.originalUrl.split('?')[0] ?? '';
    const parser = isUnder(path, '/api/admin') ? this.admin : isUnder(path, '/api') ? this.api : undefined;
    if (parser) {
      parser(request, response, next);
    } else {
      next();
    }
  }
}

function jsonParser(limit: string): RequestHandler {
  return bodyParser.json({ limit, verify: rejectDeepJson }) as RequestHandler;
}

/** As Express matches a mount path: the path itself or below it. */
function isUnder(path: string, mount: string): boolean {
  return path === mount || path.startsWith(`${mount}/`);
}
