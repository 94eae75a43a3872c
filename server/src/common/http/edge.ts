import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import proxyAddr from 'proxy-addr';
import type { RequestTimer } from '../../metrics/metrics.http.js';
import type { Encoding } from '../../web/compress-responses.js';

/** What every edge is given by createApp: the API's security headers, and the metrics' timer when metrics are on. */
export interface EdgeOptions {
  apiHeaders: ReadonlyMap<string, string>;
  timeRequest?: RequestTimer;
}

/** What a path that answers some requests before the framework (an edge) needs of the framework. */
export interface FrameworkEdge {
  /** The ETag Express would give this body. */
  etagOf(body: Buffer): string;
  /** The client's address, as Express reads it under its `trust proxy` setting. */
  addressOf(request: IncomingMessage): string;
  /** Lets the framework (and any edge installed before this one) answer the request. */
  handOn(request: IncomingMessage, response: ServerResponse): void;
}

/**
 * Puts the listener `listen` makes in front of the server's request listeners: it answers the requests it takes and
 * hands the rest on. Edges installed one after the other each hand on to the one before.
 */
export function answerBeforeFramework(
  app: NestExpressApplication,
  listen: (framework: FrameworkEdge) => RequestListener,
): void {
  const server: Server = app.getHttpServer();
  const listeners = server.listeners('request') as RequestListener[];
  const express = app.getHttpAdapter().getInstance();
  const etagOf = express.get('etag fn') as (body: Buffer) => string;
  const trustProxy = express.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const listener = listen({
    etagOf,
    addressOf: (request) => proxyAddr(request, trustProxy),
    handOn: (request, response) => {
      for (const next of listeners) {
        next.call(server, request, response);
      }
    },
  });
  server.removeAllListeners('request');
  server.on('request', listener);
}

/**
 * Ends an edge's JSON answer with the headers the framework gives it: the API's security headers, `Content-Type`, the
 * ETag of the uncompressed body, `Vary: Accept-Encoding` and, when compressed, `Content-Encoding`.
 */
export function endJsonAnswer(
  response: ServerResponse,
  answer: { statusCode: number; payload: Buffer; etag: string; encoding: Encoding },
  apiHeaders: ReadonlyMap<string, string>,
): void {
  for (const [name, value] of apiHeaders) {
    response.setHeader(name, value);
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('ETag', answer.etag);
  response.setHeader('Vary', 'Accept-Encoding');
  if (answer.encoding !== 'identity') {
    response.setHeader('Content-Encoding', answer.encoding);
  }
  response.setHeader('Content-Length', answer.payload.length);
  response.statusCode = answer.statusCode;
  response.end(answer.payload);
}
