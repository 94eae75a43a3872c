import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWecom {
  baseUrl: string;
  /** Every message a group robot accepted: its key and its text. */
  messages: { key: string; content: string }[];
  close(): Promise<void>;
}

/**
 * A stand-in for WeCom's group robot webhook (`POST /cgi-bin/webhook/send?key=…`) on 127.0.0.1. The key `gone-…`
 * answers 93000 (the robot was removed), `busy-…` 45009 (over 20 a minute); any other key is accepted and recorded.
 */
export async function startFakeWecom(): Promise<FakeWecom> {
  const messages: FakeWecom['messages'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const json = (body: object) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname !== '/cgi-bin/webhook/send' || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const key = url.searchParams.get('key') ?? '';
      const body = JSON.parse(raw) as { msgtype?: string; text?: { content?: string } };
      if (key.startsWith('gone-')) {
        json({ errcode: 93000, errmsg: 'invalid webhook url' });
      } else if (key.startsWith('busy-')) {
        json({ errcode: 45009, errmsg: 'api freq out of limit' });
      } else if (body.msgtype !== 'text' || typeof body.text?.content !== 'string') {
        json({ errcode: 40008, errmsg: 'invalid message type' });
      } else {
        messages.push({ key, content: body.text.content });
        json({ errcode: 0, errmsg: 'ok' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
