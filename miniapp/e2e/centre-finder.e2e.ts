import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, JINJIANG_WGS84, openPhone, QUICK_EXIT_URL, screenshot } from './support/browser';

describe('find my nearest centre (H5)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  it('with location granted inside Jinjiang, lists 晋江市 first with its distance', async () => {
    ({ context, page } = await openPhone({ geolocation: JINJIANG_WGS84 }));
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-find-centre').click();
    await page.getByTestId('use-location').click();
    const items = page.locator('[data-testid^="centre-item-"]');
    await items.first().waitFor();
    expect(await items.count()).toBe(13);
    await expect(items.first().getAttribute('data-testid')).resolves.toBe('centre-item-jinjiang');
    const firstText = await items.first().innerText();
    expect(firstText).toContain('晋江市');
    expect(firstText).toMatch(/约\s*[\d.]+\s*(公里|米)/);
    await screenshot(page, 'finder-nearest-jinjiang');
  });

  it('with location refused, offers the district picker and opens the chosen centre', async () => {
    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-find-centre').click();
    await page.getByTestId('use-location').click();
    await page.getByTestId('district-nanan').click();
    await expect(page.getByTestId('centre-name').innerText()).resolves.toContain('南安市');
    await screenshot(page, 'finder-district-nanan');
  });

  it('shows a centre with its address, call and navigate controls, services, hours and the wall', async () => {
    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/#/pages/centre/index?code=jinjiang`);
    await expect(page.getByTestId('centre-name').innerText()).resolves.toContain('晋江市');
    await expect(page.getByTestId('centre-address').innerText()).resolves.toContain('晋江市');
    expect(await page.getByTestId('centre-call').isVisible()).toBe(true);
    expect(await page.getByTestId('centre-navigate').isVisible()).toBe(true);
    await expect(page.getByTestId('centre-services').innerText()).resolves.toContain('法律咨询');
    await expect(page.getByTestId('centre-hours').innerText()).resolves.toContain('08:00');
    const people = page.getByTestId('duty-person');
    await people.first().waitFor();
    expect(await people.count()).toBe(3);
    // The photos come from our own server and really load.
    const photo = people.first().locator('img');
    await photo.waitFor();
    await expect(photo.getAttribute('src')).resolves.toContain('/api/photos/');
    await page.waitForFunction(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      await photo.elementHandle(),
    );
    expect(await page.getByTestId('centre-not-bookable').count()).toBe(0);
    await screenshot(page, 'centre-jinjiang');
  });

  it('marks a centre still in preparation as not yet bookable', async () => {
    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/#/pages/centre/index?code=taishang`);
    await expect(page.getByTestId('centre-not-bookable').innerText()).resolves.toContain('筹建');
  });

  it('quick exit leaves for a neutral site at once, and Back does not return to the app', async () => {
    ({ context, page } = await openPhone({ geolocation: JINJIANG_WGS84 }));
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-find-centre').click();
    await page.getByTestId('use-location').click();
    await page.getByTestId('centre-item-jinjiang').click();
    await page.getByTestId('centre-name').waitFor();
    await page.getByTestId('quick-exit').click();
    await page.waitForURL(`${QUICK_EXIT_URL}**`);
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(BASE_URL)).toBe(false);
  });
});
