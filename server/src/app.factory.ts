import type { LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter } from './common/errors/exception.filter.js';
import { BufferedJsonLogger } from './common/logging/buffered-json-logger.js';
import { apiAnswerHeaders, securityHeaders } from './common/http/security-headers.js';
import { createValidationPipe } from './common/validation/validation-pipe.js';
import type { AppConfig, LogLevel } from './config/app-config.js';
import { answerBookingsFirst } from './bookings/bookings.edge.js';
import { answerHotReadsFirst } from './hot-reads/hot-reads.edge.js';
import { compressApiResponses } from './web/compress-responses.js';
import { serveStaticSite } from './web/static-site.js';

const LEVELS_AT_OR_ABOVE: Record<LogLevel, NestLogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** Builds the whole application (API under /api, docs at /api/docs, the H5 build at /); used by main and by tests. */
export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const logger =
    options.logger === false
      ? false
      : new BufferedJsonLogger({ json: true, logLevels: LEVELS_AT_OR_ABOVE[config.logLevel] });
  // prom-client is loaded only when metrics are on: every process start pays for what it imports.
  const metrics = config.metricsToken ? await import('./metrics/metrics.http.js') : undefined;
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, metrics ? [metrics.MetricsModule] : []),
    // Bodies are read by JsonBodyMiddleware only (AppModule), with their size and depth limits.
    { logger, bufferLogs: true, bodyParser: false },
  );
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.disable('x-powered-by');
  app.set('trust proxy', config.limits.trustProxy);
  const headers = securityHeaders(config.staticDir);
  app.use(headers);
  const timeRequest = metrics && config.metricsToken ? metrics.mountMetrics(app, config.metricsToken) : undefined;
  app.use('/api', compressApiResponses());
  // Built on the first request to /api/docs, not at every start.
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });

  // The admin console and the staff pages are part of the H5 build; these are their short addresses.
  app.use('/admin', (request: Request, response: Response, next: NextFunction) =>
    request.path === '/' ? response.redirect('/#/packages/admin/pages/home/index') : next(),
  );
  app.use('/staff', (request: Request, response: Response, next: NextFunction) =>
    request.path === '/' ? response.redirect('/#/packages/staff/login/index') : next(),
  );

  serveStaticSite(app, config.staticDir);
  // The busiest requests are answered before the framework (each edge hands the rest on to it).
  const edge = { apiHeaders: apiAnswerHeaders(headers), timeRequest };
  answerHotReadsFirst(app, edge);
  answerBookingsFirst(app, edge);
  return app;
}

export function buildOpenApiDocument(app: NestExpressApplication): OpenAPIObject {
  const documentConfig = new DocumentBuilder()
    .setTitle('妇女援助中心 API')
    .setDescription("Booking and callback service of Quanzhou's Women's Aid Centres")
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, documentConfig, { operationIdFactory: (_controller, method) => method });
}
