import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';

const INCOMING_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Gives every request an id (echoed as `X-Request-Id`) and logs one JSON line when it ends. Only the method, the
 * path without its query string (which can hold a position), the status and the duration: nothing personal.
 */
@Injectable()
export class RequestLoggingMiddleware implements NestMiddleware {
  private readonly logger = new Logger('http');

  use(request: Request, response: Response, next: NextFunction): void {
    response.locals.requestId = trackRequest(request, request.originalUrl, response, this.logger);
    next();
  }
}

/**
 * The request's id (the caller's when well formed, else a new one), set on the answer; the log line is written at its
 * end. `url` is the address as it arrived (Express rewrites `request.url` under a mounted router).
 */
export function trackRequest(
  request: IncomingMessage,
  url: string,
  response: ServerResponse,
  logger: Logger,
  started = process.hrtime.bigint(),
): string {
  const incoming = request.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', requestId);
  const method = request.method;
  const path = url.split('?')[0];
  response.once('finish', () => {
    const durationMs = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
    logger.log({ requestId, method, path, status: response.statusCode, durationMs });
  });
  return requestId;
}
