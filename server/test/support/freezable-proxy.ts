import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FreezableProxy {
  port: number;
  /** The database stops answering, as a server under SIGSTOP does: connections stay open, nothing comes back. */
  freeze(): void;
  /** It answers again; what was sent meanwhile goes through. */
  thaw(): void;
  close(): Promise<void>;
}

/**
 * A TCP relay on 127.0.0.1 in front of a real database. Frozen, it accepts connections and reads nothing from
 * either side, which is what clients of a stopped (not crashed) database process see.
 */
export async function startFreezableProxy(target: { host: string; port: number }): Promise<FreezableProxy> {
  let frozen = false;
  const pairs = new Set<[Socket, Socket]>();
  const held: Socket[] = [];

  const relay = (client: Socket) => {
    const upstream = createConnection(target);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  };

  const server: Server = createServer((client) => {
    if (frozen) {
      client.pause();
      held.push(client);
      client.on('error', () => client.destroy());
      return;
    }
    relay(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    freeze() {
      frozen = true;
      for (const [client, upstream] of pairs) {
        client.pause();
        upstream.pause();
      }
    },
    thaw() {
      frozen = false;
      for (const [client, upstream] of pairs) {
        client.resume();
        upstream.resume();
      }
      for (const client of held.splice(0)) {
        if (!client.destroyed) {
          client.resume();
          relay(client);
        }
      }
    },
    async close() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      held.forEach((client) => client.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
