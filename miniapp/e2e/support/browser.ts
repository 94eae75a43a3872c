import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000'
export const QUICK_EXIT_URL = 'https://www.weather.com.cn/'
const SCREENSHOT_DIR = join(__dirname, '../../test-results/screenshots')

/** WGS-84, as a phone's browser reports it: a street in Jinjiang's Qingyang district. */
export const JINJIANG_WGS84 = { latitude: 24.8, longitude: 118.57 }

/**
 * A fresh, offline Chromium profile on a phone-sized screen. The neutral exit site is answered locally, since this
 * machine has no internet; everything else outside the test server is refused.
 */
export async function openPhone(options: { geolocation?: { latitude: number; longitude: number } } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wac-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    geolocation: options.geolocation,
    permissions: options.geolocation ? ['geolocation'] : [],
  })
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(BASE_URL)) {
      return route.continue()
    }
    if (url.startsWith(QUICK_EXIT_URL)) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body><h1>天气预报</h1></body></html>' })
    }
    return route.abort()
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return { context, page }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}
