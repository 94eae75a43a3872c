import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, NextFunction, Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { methodLabel, routeLabel } from './http-labels.js';
import { MetricsService } from './metrics.service.js';

export { MetricsModule } from './metrics.module.js';

/**
 * Records a request's duration (from `started`, by default now), status and route label (given its status) when its
 * answer has been sent.
 */
export type RequestTimer = (
  method: string,
  response: ServerResponse,
  route: (status: number) => string,
  started?: bigint,
) => void;

/**
 * Times every request and serves `GET /metrics` to whoever presents `Authorization: Bearer <METRICS_TOKEN>` (401
 * otherwise). Called before the routes are registered, so every request passes the timer.
 */
export function mountMetrics(app: NestExpressApplication, token: string): RequestTimer {
  const metrics = app.get(MetricsService);
  const timeRequest: RequestTimer = (method, response, route, started = process.hrtime.bigint()) => {
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.recordRequest(methodLabel(method), route(response.statusCode), response.statusCode, seconds);
    });
  };
  app.use((request: Request, response: Response, next: NextFunction) => {
    timeRequest(request.method, response, (status) => routeLabel(request, status));
    next();
  });

  const expected = digest(`Bearer ${token}`);
  const express: Express = app.getHttpAdapter().getInstance();
  express.get('/metrics', (request: Request, response: Response, next: NextFunction) => {
    if (!timingSafeEqual(digest(request.header('authorization') ?? ''), expected)) {
      response
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ statusCode: 401, code: 'UNAUTHORIZED', message: 'Metrics need the METRICS_TOKEN bearer token' });
      return;
    }
    metrics
      .render()
      .then((text) => response.type(metrics.contentType).send(text))
      .catch(next);
  });
  return timeRequest;
}

/** Equal-length digests, so comparing them takes the same time whatever was sent. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
