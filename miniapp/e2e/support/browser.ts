import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const QUICK_EXIT_URL = 'https://www.weather.com.cn/';
const SCREENSHOT_DIR = join(__dirname, '../../test-results/screenshots');

/** WGS-84, as a phone's browser reports it: a street in Jinjiang's Qingyang district. */
export const JINJIANG_WGS84 = { latitude: 24.8, longitude: 118.57 };

/**
 * Debian's Chromium as every browser test starts it: a fresh profile (in the run's folder, deleted after the run),
 * headless, nothing fetched in the background.
 */
export function launchChromium(
  profilePrefix: string,
  options: Parameters<typeof chromium.launchPersistentContext>[1],
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(process.env.E2E_TEMP_DIR ?? tmpdir(), profilePrefix)), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    ...options,
  });
}

/**
 * A fresh, offline Chromium profile on a phone-sized screen. The neutral exit site is answered locally, since this
 * machine has no internet; everything else outside the test server is refused.
 */
export async function openPhone(
  options: { geolocation?: { latitude: number; longitude: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchChromium('wac-chromium-', {
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    geolocation: options.geolocation,
    permissions: options.geolocation ? ['geolocation'] : [],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(BASE_URL)) {
      return route.continue();
    }
    if (url.startsWith(QUICK_EXIT_URL)) {
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<html><body><h1>天气预报</h1></body></html>',
      });
    }
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/**
 * A test file's phones: each call opens one more (a fresh browser profile, as another woman's phone), and all of
 * them are closed after every test.
 */
export function phonesClosedAfterEach(): () => Promise<Page> {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  return async () => {
    const { context, page } = await openPhone();
    contexts.push(context);
    return page;
  };
}

/**
 * Opens a page by its hash route and waits until Taro shows that page on top, with this test id visible on it.
 * Waiting for an id the previous page also has is not enough: Taro's H5 router, given hash changes faster than it
 * loads pages, can leave an earlier page on top.
 */
export async function openRoute(page: Page, hashPath: string, shownTestId: string): Promise<void> {
  await page.goto(`${BASE_URL}/#${hashPath}`);
  const route = hashPath.split('?')[0];
  await page.waitForFunction(
    ({ route, shownTestId }) => {
      const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter(
        (element) => getComputedStyle(element).display !== 'none',
      );
      const current = shown[shown.length - 1];
      const marker = current?.querySelector<HTMLElement>(`[data-testid="${shownTestId}"]`);
      return (
        current?.id.split('?')[0] === route && marker !== null && marker !== undefined && marker.offsetParent !== null
      );
    },
    { route, shownTestId },
  );
  await settle(page);
}

/** Waits until Taro has slid the shown page fully in, and other animations have finished. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter(
      (element) => getComputedStyle(element).display !== 'none',
    );
    const current = shown[shown.length - 1];
    return current !== undefined && Math.abs(current.getBoundingClientRect().left) < 1;
  });
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  );
}

/**
 * The whole page, not only the first screen: Taro's H5 pages scroll inside their own container
 * (`.taro_page`), so it is unrolled for the picture and put back afterwards.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await settle(page);
  await page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter(
      (element) => getComputedStyle(element).display !== 'none',
    );
    const unrolled = [document.documentElement, document.body, document.getElementById('app'), ...shown].filter(
      (element): element is HTMLElement => element !== null,
    );
    for (const element of unrolled) {
      element.dataset.e2eStyle = element.getAttribute('style') ?? '';
      element.style.setProperty('height', 'auto', 'important');
      element.style.setProperty('overflow', 'visible', 'important');
    }
    for (const element of shown) {
      element.style.setProperty('position', 'relative', 'important');
    }
  });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('[data-e2e-style]')) {
      element.setAttribute('style', element.dataset.e2eStyle ?? '');
      delete element.dataset.e2eStyle;
    }
  });
}

/**
 * The element with this test id on the page she is looking at. Taro's H5 router keeps the pages
 * below the current one in the document (hidden), so the same id can exist more than once.
 */
export function visibleTestId(page: Page, testId: string) {
  return page.locator(`[data-testid="${testId}"]:visible`);
}

/** Where the booking id (or any query value) of the current hash route is. */
export function hashParam(page: Page, name: string): string | null {
  const hash = new URL(page.url()).hash;
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get(name);
}
