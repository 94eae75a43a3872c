import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../src/app.factory.js';
import { WechatAdapter, type SendResult } from '../src/identity/wechat/wechat.adapter.js';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const notice = (name: string) => ({
  openid: `openid-${name}`,
  templateId: 'tpl-result',
  page: 'pages/mine/index',
  data: { thing1: '预约结果' },
});

/** Two server processes with the same WeChat credentials: the usual deployment behind nginx. */
describe(`WeChat access token shared by several processes (${TEST_DB})`, () => {
  let wechat: FakeWechat;
  let first: TestApp;
  let second: NestExpressApplication;
  const send = (app: NestExpressApplication, name: string): Promise<SendResult> =>
    app.get(WechatAdapter).sendSubscribeMessage(notice(name));

  beforeAll(async () => {
    wechat = await startFakeWechat();
    first = await startTestApp({ WECHAT_API_BASE: wechat.baseUrl, WECHAT_APPID: 'wx-test', WECHAT_SECRET: 'secret' });
    // Same database and configuration, no second seed: another process of the same deployment.
    second = await createApp({ ...first.config, seedDemo: false }, { logger: false });
    await second.init();
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await wechat.close();
  });

  it('lets both processes send notices in turn with one token, never revoking the other’s', async () => {
    const results = [];
    for (const [app, name] of [
      [first.app, 'a'],
      [second, 'b'],
      [first.app, 'c'],
      [second, 'd'],
    ] as const) {
      results.push(await send(app, name));
    }
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: true }]);
    expect(wechat.messages.map((m) => m.touser)).toEqual(['openid-a', 'openid-b', 'openid-c', 'openid-d']);
    expect(new Set(wechat.tokensPresented).size).toBe(1);
    // Each process asked once, in stable_token's normal mode, and then used its cached token.
    expect(wechat.tokenRequests).toEqual([
      { api: 'stable_token', forceRefresh: false },
      { api: 'stable_token', forceRefresh: false },
    ]);
  });

  it('after a token is revoked elsewhere, asks again without forcing a refresh on the others', async () => {
    // Someone forces a refresh (an operator's tool, say): every cached token is now revoked.
    await fetch(`${wechat.baseUrl}/cgi-bin/stable_token`, {
      method: 'POST',
      body: JSON.stringify({
        grant_type: 'client_credential',
        appid: 'wx-test',
        secret: 'secret',
        force_refresh: true,
      }),
    });
    wechat.tokenRequests.length = 0;
    expect(await send(first.app, 'e')).toEqual({ ok: false, retry: true, reason: 'wechat:40001' });
    expect(await send(first.app, 'e')).toEqual({ ok: true });
    expect(await send(second, 'f')).toEqual({ ok: false, retry: true, reason: 'wechat:40001' });
    expect(await send(second, 'f')).toEqual({ ok: true });
    expect(await send(first.app, 'g')).toEqual({ ok: true });
    expect(wechat.tokenRequests.every((r) => r.api === 'stable_token' && !r.forceRefresh)).toBe(true);
    expect(wechat.tokenRequests).toHaveLength(2);
  });
});
