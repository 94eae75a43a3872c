import type { BrowserContext, Page } from 'playwright-core';
import { addDays, shanghaiToday, staffCallbacks, staffToken } from './support/api';
import { BASE_URL, hashParam, openPhone, screenshot, visibleTestId } from './support/browser';

describe('ask to be called back (H5)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  it('with a typed number and safe times; staff see it in their queue with her answers; she can withdraw it', async () => {
    ({ context, page } = await openPhone());
    // The next day staff call on (Monday to Friday) after today: the form offers no weekend.
    let tomorrow = addDays(shanghaiToday(), 1);
    while ([0, 6].includes(new Date(`${tomorrow}T00:00:00Z`).getUTCDay())) {
      tomorrow = addDays(tomorrow, 1);
    }
    await page.goto(`${BASE_URL}/#/pages/centre/index?code=shishi`);
    await page.getByTestId('centre-callback').click();

    // Nothing typed yet: she is told what is missing, in plain words.
    await visibleTestId(page, 'callback-next').click();
    await expect(visibleTestId(page, 'callback-phone-error').innerText()).resolves.toContain(
      '请填写一个可以打给您的电话号码',
    );
    await expect(visibleTestId(page, 'windows-error').innerText()).resolves.toContain('请至少添加一个方便接电话的时间');

    await visibleTestId(page, 'callback-phone').fill('13800001234');
    await visibleTestId(page, 'window-kind-weekday').click();
    await visibleTestId(page, 'window-weekday-2').click();
    await visibleTestId(page, 'window-range-14:00').click();
    await visibleTestId(page, 'window-add').click();
    await visibleTestId(page, 'window-kind-date').click();
    await visibleTestId(page, `window-date-${tomorrow}`).click();
    // Chosen but not added: it counts all the same.
    await visibleTestId(page, 'window-range-16:00').click();
    await expect(visibleTestId(page, 'call-hours').innerText()).resolves.toContain('周一至周五 8:00–18:00');
    expect(await visibleTestId(page, 'window-range-18:00').count()).toBe(0);
    await expect(visibleTestId(page, 'window-list').innerText()).resolves.toContain('每周二 14:00–16:00');
    // Safe defaults: we do not say who is calling unless she says so.
    await expect(visibleTestId(page, 'identify-no').getAttribute('aria-checked')).resolves.toBe('true');
    await visibleTestId(page, 'message-yes').click();
    await screenshot(page, 'callback-form');

    await visibleTestId(page, 'callback-next').click();
    await visibleTestId(page, 'consent-general').click();
    await visibleTestId(page, 'consent-sensitive').click();
    await visibleTestId(page, 'consent-agree').click();
    await expect(visibleTestId(page, 'summary-windows').innerText()).resolves.toContain('每周二 14:00–16:00');
    await visibleTestId(page, 'callback-submit').click();

    await expect(visibleTestId(page, 'callback-sent-title').innerText()).resolves.toBe('回电请求已提交');
    await expect(visibleTestId(page, 'callback-sent-phone').innerText()).resolves.toContain('138****1234');
    expect(await visibleTestId(page, 'callback-sent-call-110').count()).toBe(1);
    expect(await visibleTestId(page, 'callback-sent-call-12338').count()).toBe(1);
    await screenshot(page, 'callback-sent');
    const callbackId = hashParam(page, 'id');

    const staff = await staffToken('shishi');
    const queued = (await staffCallbacks(staff)).find((item) => item.id === callbackId);
    expect(queued).toMatchObject({
      status: 'open',
      phoneMasked: '138****1234',
      mayIdentify: false,
      mayLeaveMessage: true,
      windows: [
        { weekday: 2, from: '14:00', to: '16:00' },
        { date: tomorrow, from: '16:00', to: '18:00' },
      ],
    });

    await visibleTestId(page, 'callback-sent-open-mine').click();
    await expect(visibleTestId(page, `callback-status-${callbackId}`).innerText()).resolves.toContain('等待回电');
    await visibleTestId(page, `callback-withdraw-${callbackId}`).click();
    await visibleTestId(page, `callback-withdraw-${callbackId}-confirm`).click();
    await page.waitForFunction(
      (id) => document.querySelector(`[data-testid="callback-${id}"]`)?.getAttribute('data-status') === 'withdrawn',
      callbackId,
    );
    expect((await staffCallbacks(staff)).find((item) => item.id === callbackId)).toBeUndefined();
  });
});
