import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWechat {
  baseUrl: string;
  /** Every query string code2Session received, to check what was sent. */
  requests: URLSearchParams[];
  close(): Promise<void>;
}

/**
 * A stand-in for WeChat's code2Session on 127.0.0.1. The `js_code` chooses the answer:
 * `ok-<name>` → openid `openid-<name>`; `used` → 40163; `bad` → 40029; `risky` → 40226; `busy` → 45011;
 * `system` → -1; `http500` → an HTTP 500; `garbage` → not JSON.
 */
export async function startFakeWechat(): Promise<FakeWechat> {
  const requests: URLSearchParams[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname !== '/sns/jscode2session') {
      res.writeHead(404).end();
      return;
    }
    requests.push(url.searchParams);
    const code = url.searchParams.get('js_code') ?? '';
    const reply = (body: object) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
