import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWechat {
  baseUrl: string;
  /** Every query string code2Session received, to check what was sent. */
  requests: URLSearchParams[];
  /** Every subscribe message sent, as WeChat received it. */
  messages: { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }[];
  /** Every access-token request: `token` (the classic API) or `stable_token`, and whether it forced a refresh. */
  tokenRequests: { api: 'token' | 'stable_token'; forceRefresh: boolean }[];
  /** The access token each subscribe-message call carried, accepted or not. */
  tokensPresented: string[];
  close(): Promise<void>;
}

/**
 * A stand-in for WeChat's code2Session on 127.0.0.1. The `js_code` chooses the answer:
 * `ok-<name>` → openid `openid-<name>`; `used` → 40163; `bad` → 40029; `risky` → 40226; `busy` → 45011;
 * `system` → -1; `http500` → an HTTP 500; `garbage` → not JSON.
 * Subscribe messages to `openid-refuser` answer 43101 (not subscribed); all others are accepted and recorded.
 * Access tokens behave like WeChat's: `cgi-bin/token` issues a new token on every call and revokes the one before
 * (which is why several processes fetching their own tokens break each other's notices); `cgi-bin/stable_token` in
 * its normal mode hands every caller the current token, and only `force_refresh: true` replaces it.
 */
export async function startFakeWechat(): Promise<FakeWechat> {
  const requests: URLSearchParams[] = [];
  const messages: FakeWechat['messages'] = [];
  const tokenRequests: FakeWechat['tokenRequests'] = [];
  const tokensPresented: string[] = [];
  let issued = 0;
  const current: { token?: string; stable?: string } = {};
  const issue = () => `fake-access-token-${(issued += 1)}`;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const json = (body: object) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    const readBody = (then: (raw: string) => void) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => then(raw));
    };
    if (url.pathname === '/cgi-bin/token') {
      tokenRequests.push({ api: 'token', forceRefresh: true });
      current.token = issue();
      json({ access_token: current.token, expires_in: 7200 });
      return;
    }
    if (url.pathname === '/cgi-bin/stable_token') {
      readBody((raw) => {
        const body = JSON.parse(raw || '{}') as {
          grant_type?: string;
          appid?: string;
          secret?: string;
          force_refresh?: boolean;
        };
        if (req.method !== 'POST' || body.grant_type !== 'client_credential' || !body.appid || !body.secret) {
          json({ errcode: 40013, errmsg: 'invalid appid or request' });
          return;
        }
        tokenRequests.push({ api: 'stable_token', forceRefresh: body.force_refresh === true });
        if (body.force_refresh === true || current.stable === undefined) {
          current.stable = issue();
        }
        json({ access_token: current.stable, expires_in: 7200 });
      });
      return;
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      readBody((raw) => {
        const message = JSON.parse(raw) as FakeWechat['messages'][number];
        const token = url.searchParams.get('access_token') ?? '';
        tokensPresented.push(token);
        if (token === '' || (token !== current.token && token !== current.stable)) {
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
    tokenRequests,
    tokensPresented,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
