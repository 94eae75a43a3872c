// The console's field for a centre's 企业微信 group robot: pasted once, then only a hint of the key shows; it can be
// stopped again. Staff notices fan out to it (server side, tested with a fake WeCom there).
import type { WecomRobotDto } from '@wac/shared-types';
import type { BrowserContext, Page } from 'playwright-core';
import { api, CITY_ADMIN, loginToken, openDesktop, signIn } from './admin-helpers';

describe('admin console: a centre’s WeCom group robot (H5, desktop)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  it('saves the webhook address, shows only a hint of its key, refuses a wrong address by name, and stops', async () => {
    const token = await loginToken(CITY_ADMIN.username, CITY_ADMIN.password);
    const key = '7f3c2a10-5b6d-4e8f-9a0b-1c2d3e4f5a6b';
    ({ context, page } = await openDesktop());
    await signIn(page);
    await page.getByTestId('global-centre').selectOption('taishang');
    await page.getByTestId('nav-centres').click();
    await expect(page.getByTestId('wecom-state').innerText()).resolves.toContain('还没有设置');

    await page.getByTestId('wecom-webhook').fill('https://example.com/not-a-robot');
    await page.getByTestId('wecom-save').click();
    await expect(page.getByTestId('wecom-action-error').innerText()).resolves.toContain('webhook');

    await page.getByTestId('wecom-webhook').fill(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}`);
    await page.getByTestId('wecom-save').click();
    await page.getByTestId('wecom-action-done').waitFor();
    // The state is asked for again after saving.
    await page.locator('[data-testid="wecom-state"]', { hasText: '已设置' }).waitFor();
    const state = await page.getByTestId('wecom-state').innerText();
    expect(state).toContain('已设置');
    expect(state).not.toContain(key);
    await expect(api<WecomRobotDto>('GET', '/api/admin/centres/taishang/wecom', token)).resolves.toMatchObject({
      configured: true,
    });

    await page.getByTestId('wecom-remove').click();
    await page.locator('[data-testid="wecom-state"]', { hasText: '还没有设置' }).waitFor();
    await expect(api<WecomRobotDto>('GET', '/api/admin/centres/taishang/wecom', token)).resolves.toMatchObject({
      configured: false,
    });
  });
});
