import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, NextFunction, Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { methodLabel, routeLabel } from './http-labels.js';
import { MetricsService } from './metrics.service.js';

export { MetricsModule } from './metrics.module.js';

/**
 * Times every request and serves `GET /metrics` to whoever presents `Authorization: Bearer <METRICS_TOKEN>` (401
 * otherwise). Called before the routes are registered, so every request passes the timer.
 */
export function mountMetrics(app: NestExpressApplication, token: string): void {
  const metrics = app.get(MetricsService);
  app.use((request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeLabel(request, response.statusCode);
      metrics.recordRequest(methodLabel(request.method), route, response.statusCode, seconds);
    });
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
}

/** Equal-length digests, so comparing them takes the same time whatever was sent. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
