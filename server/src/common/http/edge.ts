import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import proxyAddr from 'proxy-addr';

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
