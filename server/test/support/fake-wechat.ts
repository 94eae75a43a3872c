import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWechat {
  baseUrl: string;
  /** Every query string code2Session received, to check what was sent. */
  requests: URLSearchParams[];
  /** Every subscribe message sent, as WeChat received it. */
  messages: { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }[];
  close(): Promise<void>;
}

/**
 * A stand-in for WeChat's code2Session on 127.0.0.1. The `js_code` chooses the answer:
 * `ok-<name>` → openid `openid-<name>`; `used` → 40163; `bad` → 40029; `risky` → 40226; `busy` → 45011;
 * `system` → -1; `http500` → an HTTP 500; `garbage` → not JSON.
 * Subscribe messages to `openid-refuser` answer 43101 (not subscribed); all others are accepted and recorded.
 */
export async function startFakeWechat(): Promise<FakeWechat> {
  const requests: URLSearchParams[] = [];
  const messages: FakeWechat['messages'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const json = (body: object) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/cgi-bin/token') {
      json({ access_token: 'fake-access-token', expires_in: 7200 });
      return;
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const message = JSON.parse(raw) as FakeWechat['messages'][number];
        if (url.searchParams.get('access_token') !== 'fake-access-token') {
          json({ errcode: 40001, errmsg: 'invalid credential' });
        } else if (message.touser === 'openid-refuser') {
          json({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
        } else {
          messages.push(message);
          json({ errcode: 0, errmsg: 'ok' });
        }
      });
      return;
    }
    if (url.pathname !== '/sns/jscode2session') {
      res.writeHead(404).end();
      return;
    }
    requests.push(url.searchParams);
    const code = url.searchParams.get('js_code') ?? '';
    const reply = (body: object) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (code.startsWith('ok-')) {
      reply({ openid: `openid-${code.slice(3)}`, session_key: 'c2Vzc2lvbi1rZXktc2VjcmV0', unionid: 'union-x' });
    } else if (code === 'http500') {
      res.writeHead(500).end('oops');
    } else if (code === 'garbage') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>');
    } else {
      const errcode = { used: 40163, bad: 40029, risky: 40226, busy: 45011, system: -1 }[code] ?? 40029;
      reply({ errcode, errmsg: 'fake error' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
