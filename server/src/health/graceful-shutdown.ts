import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Server as NetServer } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ShutdownState } from './shutdown-state.js';

/** Docker sends SIGKILL 10 s after SIGTERM by default; compose and the Dockerfile give the process a little more. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * On SIGTERM or SIGINT: readiness turns 503 at once. The connections already waiting in the kernel's accept queue
 * are taken, then the listening socket closes and new connections are refused (nginx then tries the next server).
 * Requests received finish, each response closing its connection; idle keep-alive connections end at
 * keepAliveTimeout. All of this within `graceMs`, after which whatever is left is cut; then the application closes
 * (timers, database) and the process exits 0. A second signal exits at once.
 */
export function installGracefulShutdown(app: NestExpressApplication, graceMs = SHUTDOWN_GRACE_MS): void {
  const logger = new Logger('shutdown');
  const server: Server = app.getHttpServer();
  const shutdown = app.get(ShutdownState);
  const inFlight = new Set<ServerResponse>();

  // Runs before Express sees the request: every response is known, and none keeps its connection once draining.
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    if (shutdown.draining) {
      response.shouldKeepAlive = false;
    }
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ msg: 'second signal: exiting without waiting', signal });
      process.exit(1);
    }
    stopping = true;
    const deadline = Date.now() + graceMs;
    shutdown.startDraining();
    logger.log({ msg: 'draining: not ready, finishing requests', signal, inFlight: inFlight.size });
    for (const response of inFlight) {
      if (!response.headersSent) {
        response.shouldKeepAlive = false;
      }
    }
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        logger.warn({ msg: 'grace period over: closing the connections still open', inFlight: inFlight.size });
        server.closeAllConnections();
        resolve();
      }, graceMs);
    });
    const allClosed = stopListening(server, deadline, (accepted) =>
      logger.log({ msg: 'listening socket closed: new connections are refused', acceptedWhileDraining: accepted }),
    );
    Promise.race([allClosed, graceOver])
      .then(async () => {
        clearTimeout(timer);
        await app.close();
        logger.log({ msg: 'stopped' });
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ msg: 'shutdown failed', error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/**
 * Closes the listening socket once the kernel's accept queue is empty. Closing it with connections still queued
 * resets them, and their clients, whose requests were already sent, could not tell whether they were served. libuv
 * takes one queued connection per turn of the event loop, so the socket stays open while each turn still takes one,
 * and closes after the first turn that takes none (or at `deadline`). Resolves when every connection has ended.
 *
 * http.Server#close is not used: it also destroys "idle" connections, which include ones accepted a moment ago
 * whose request has not been read yet.
 */
function stopListening(server: Server, deadline: number, onClosed: (accepted: number) => void): Promise<void> {
  return new Promise((resolve) => {
    let accepted = 0;
    // Counting one before the first turn makes sure the event loop polls at least once after the signal.
    let acceptedThisTurn = 1;
    const count = () => {
      accepted += 1;
      acceptedThisTurn += 1;
    };
    server.on('connection', count);
    const turn = () => {
      if (acceptedThisTurn > 0 && Date.now() < deadline) {
        acceptedThisTurn = 0;
        setImmediate(turn);
        return;
      }
      server.off('connection', count);
      NetServer.prototype.close.call(server, () => resolve());
      onClosed(accepted);
    };
    setImmediate(turn);
  });
}
