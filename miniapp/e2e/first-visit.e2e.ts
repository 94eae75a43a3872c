import type { BrowserContext, Page, Response } from 'playwright-core';
import { BASE_URL, launchChromium, QUICK_EXIT_URL } from './support/browser';

/** A script of the app that has loaded, and how far the app had come then. */
interface ScriptLoad {
  script: string;
  modulesEvaluated: boolean;
  appStarted: boolean;
}

/**
 * What she gets before and without the JavaScript: the static frame of index.html, with the quick exit and the two
 * numbers as plain links; and how the first visit is delivered (compressed, cacheable, nothing but the home page).
 */
describe('first visit to the H5 home page', () => {
  let context: BrowserContext;

  afterEach(async () => {
    await context?.close();
  });

  /** A phone-sized page; only the test server and the (locally answered) quick-exit site are reachable. */
  async function openPhone(options: { javaScriptEnabled: boolean; blockScripts?: boolean }): Promise<Page> {
    context = await launchChromium('wac-first-visit-', {
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      javaScriptEnabled: options.javaScriptEnabled,
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(QUICK_EXIT_URL)) {
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: '<html><body><h1>天气预报</h1></body></html>',
        });
      }
      if (!url.startsWith(BASE_URL) || (options.blockScripts && route.request().resourceType() === 'script')) {
        return route.abort();
      }
      return route.continue();
    });
    return context.pages()[0] ?? (await context.newPage());
  }

  async function expectWorkingFrame(page: Page): Promise<void> {
    const frame = page.getByTestId('boot-frame');
    await expect(frame.isVisible()).resolves.toBe(true);
    await expect(frame.innerText()).resolves.toContain('妇女服务');
    // The first-visit safety tips of the home page, before (or without) any script.
    await expect(frame.innerText()).resolves.toContain('可能在历史记录里看到这个网页');

    const exit = frame.locator('a', { hasText: '快速离开' });
    await expect(exit.getAttribute('href')).resolves.toBe(QUICK_EXIT_URL);
    await expect(exit.getAttribute('rel')).resolves.toBe('noreferrer');
    const police = frame.locator('a[href="tel:110"]');
    const hotline = frame.locator('a[href="tel:12338"]');
    await expect(police.innerText()).resolves.toContain('110 紧急报警');
    await expect(hotline.innerText()).resolves.toContain('12338 热线');
    for (const link of [exit, police, hotline]) {
      const box = await link.boundingBox();
      // Big enough to hit with a thumb, and on the first screen.
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    }

    await exit.click();
    await page.waitForURL(`${QUICK_EXIT_URL}**`);
    await expect(page.locator('h1').innerText()).resolves.toBe('天气预报');
  }

  it('with JavaScript turned off, shows the frame: 快速离开, 110 and 12338 work as plain links', async () => {
    const page = await openPhone({ javaScriptEnabled: false });
    await page.goto(`${BASE_URL}/`);
    await expectWorkingFrame(page);
  });

  it('while the scripts have not arrived (here: never), shows the same working frame', async () => {
    const page = await openPhone({ javaScriptEnabled: true, blockScripts: true });
    await page.goto(`${BASE_URL}/`);
    await expectWorkingFrame(page);
  });

  it('replaces the frame with the app once it starts: one quick exit, reached first from the keyboard', async () => {
    const page = await openPhone({ javaScriptEnabled: true });
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').waitFor();
    expect(await page.getByTestId('boot-frame').count()).toBe(0);
    expect(await page.locator('a[href="tel:110"]').count()).toBe(0);
    expect(await page.locator('[data-testid="quick-exit"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('quick-exit');
  });

  it("paints the frame before any of the app's scripts runs, also when they come from the cache", async () => {
    const page = await openPhone({ javaScriptEnabled: true });
    // Each script of the app added to the page, and whether the first contentful paint had happened by then.
    await page.addInitScript(() => {
      const seen: { src: string; afterPaint: boolean }[] = [];
      Object.assign(window, { appScriptsSeen: seen });
      new MutationObserver((records) => {
        for (const node of records.flatMap((record) => [...record.addedNodes])) {
          if (node instanceof HTMLScriptElement && node.src !== '') {
            seen.push({ src: node.src, afterPaint: performance.getEntriesByName('first-contentful-paint').length > 0 });
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    for (const visit of ['first visit', 'second visit, scripts from the cache']) {
      await page.goto(`${BASE_URL}/`);
      await page.getByTestId('entry-book').waitFor();
      const seen = await page.evaluate(
        () => (window as unknown as { appScriptsSeen: { src: string; afterPaint: boolean }[] }).appScriptsSeen,
      );
      expect(seen.length).toBeGreaterThan(0);
      expect([visit, seen.filter((script) => !script.afterPaint)]).toEqual([visit, []]);
    }
  });

  it("evaluates the app's modules and starts it in tasks of its own after its scripts have run, not inside them", async () => {
    const page = await openPhone({ javaScriptEnabled: true });
    // A script's load event comes right after it ran, in the same task. The entry's own code, which sets Taro's app
    // config on window, is evaluated last of the app's modules, and Taro's page container (its hidden navigation bar)
    // is the first thing the app's start adds (patches/README.md): neither must be there yet.
    await page.addInitScript(() => {
      const loaded: ScriptLoad[] = [];
      Object.assign(window, { appScriptsLoaded: loaded });
      document.addEventListener(
        'load',
        (event) => {
          if (event.target instanceof HTMLScriptElement && event.target.src !== '') {
            loaded.push({
              script: new URL(event.target.src).pathname,
              modulesEvaluated: '__taroAppConfig' in window,
              appStarted: document.getElementById('taro-navigation-bar') !== null,
            });
          }
        },
        true,
      );
    });
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').waitFor();
    const loaded = await page.evaluate(
      () => (window as unknown as { appScriptsLoaded: ScriptLoad[] }).appScriptsLoaded,
    );
    const entry = loaded.filter(({ script }) => /^\/js\/app\.[0-9a-f]+\.js$/.test(script));
    expect(entry).toEqual([expect.objectContaining({ modulesEvaluated: false, appStarted: false })]);
    // The page's own chunks come after the start, which the app did not skip.
    expect(loaded.at(-1)).toEqual(expect.objectContaining({ modulesEvaluated: true, appStarted: true }));
  });

  it("asks for the first page's code in a task after the router's set-up, not inside it", async () => {
    const page = await openPhone({ javaScriptEnabled: true });
    // The router's set-up turns the bare address into the home page's (replaceState) and then asks for the page's
    // chunks (patches/README.md). A message queued at the replaceState runs before any task queued after it by the
    // router: a chunk's script added while it is still pending was added in the router's task.
    await page.addInitScript(() => {
      const state = { routerTaskPending: false, pageAskedInRouterTask: [] as boolean[] };
      Object.assign(window, { firstPageRequest: state });
      const replaceState = History.prototype.replaceState;
      History.prototype.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
        state.routerTaskPending = true;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          state.routerTaskPending = false;
        };
        channel.port2.postMessage(null);
        replaceState.apply(this, args);
      };
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLScriptElement && /\/js\/pages-home\./.test(node.src)) {
              state.pageAskedInRouterTask.push(state.routerTaskPending);
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').waitFor();
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe('#/pages/index/index');
    const asked = await page.evaluate(
      () => (window as unknown as { firstPageRequest: { pageAskedInRouterTask: boolean[] } }).firstPageRequest,
    );
    expect(asked.pageAskedInRouterTask).toEqual([false]);
  });

  it("has Taro's base styles in its style sheet, and its scripts add none of them to the page", async () => {
    // Without scripts, the base rules for the page (the app's font on body, html not selectable) already apply.
    const withoutScripts = await openPhone({ javaScriptEnabled: false });
    await withoutScripts.goto(`${BASE_URL}/`);
    const base = await withoutScripts.evaluate(() => ({
      font: getComputedStyle(document.body).fontFamily,
      userSelect: getComputedStyle(document.documentElement).userSelect,
    }));
    expect(base).toEqual({ font: expect.stringContaining('PingFang SC'), userSelect: 'none' });
    await context.close();

    const page = await openPhone({ javaScriptEnabled: true });
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').waitFor();
    // Only the frame's own <style> and those Taro's router writes as it starts; no style sheet injected by a loader.
    const styles = await page.evaluate(() => [...document.querySelectorAll('style')].map((style) => style.textContent));
    expect(styles.filter((css) => /html,\s*body|\.taro-app-wrap|weui/.test(css ?? ''))).toEqual([]);
  });

  it("draws the frame in the app's own type, so the app does not look different or lay out new fonts", async () => {
    const typeOf = (page: Page, selector: string) =>
      page.locator(selector).evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.fontFamily} ${style.fontSize}`;
      });
    const frame = await openPhone({ javaScriptEnabled: true, blockScripts: true });
    await frame.goto(`${BASE_URL}/`);
    const frameType = await typeOf(frame, '[data-testid="boot-frame"]');
    await context.close();

    const app = await openPhone({ javaScriptEnabled: true });
    await app.goto(`${BASE_URL}/`);
    await app.getByTestId('entry-book').waitFor();
    await expect(typeOf(app, '[data-testid="page-shell"]')).resolves.toBe(frameType);
  });

  it('draws Chinese and Latin on one line in one font, named in the style sheet, not looked up character by character', async () => {
    // With Latin fonts only named (Taro's default), “110 紧急报警” took its digits from one font and a fallback font for
    // each Chinese character, looked up as the page was laid out: two faces on one line, and a slower first layout.
    const fontsOfLine = async (page: Page, within: string, text: string) => {
      await page.evaluate(
        ([selector, line]) => {
          const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.textContent?.includes(line)) {
              node.parentElement!.setAttribute('data-font-probe', '');
            }
          }
        },
        [within, text],
      );
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((font) => font.familyName);
    };
    const frame = await openPhone({ javaScriptEnabled: true, blockScripts: true });
    await frame.goto(`${BASE_URL}/`);
    const frameFonts = await fontsOfLine(frame, '[data-testid="boot-frame"]', '110 紧急报警');
    await context.close();
    expect(frameFonts).toHaveLength(1);

    const app = await openPhone({ javaScriptEnabled: true });
    await app.goto(`${BASE_URL}/`);
    await app.getByTestId('call-110').waitFor();
    await expect(fontsOfLine(app, '[data-testid="call-110"]', '110 紧急报警')).resolves.toEqual(frameFonts);
  });

  it('writes nothing to the browser’s storage on a first visit: no library probes it while the app starts', async () => {
    const page = await openPhone({ javaScriptEnabled: true });
    await page.addInitScript(() => {
      const written: string[] = [];
      Object.assign(window, { storageWritten: written });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        written.push(key);
        setItem.call(this, key, value);
      };
    });
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').waitFor();
    await page.waitForLoadState('networkidle');

    await expect(
      page.evaluate(() => (window as unknown as { storageWritten: string[] }).storageWritten),
    ).resolves.toEqual([]);
  });

  it('comes compressed and cacheable, and loads neither the staff pages nor the admin console', async () => {
    const page = await openPhone({ javaScriptEnabled: true });
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').waitFor();
    await page.waitForLoadState('networkidle');

    const document = responses.find((r) => r.url() === `${BASE_URL}/`);
    expect(document?.headers()['content-encoding']).toBe('br');
    expect(document?.headers()['cache-control']).toBe('no-cache');
    const scripts = responses.filter((r) => r.request().resourceType() === 'script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect([script.url(), script.status(), script.headers()['content-encoding']]).toEqual([script.url(), 200, 'br']);
      expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(script.headers().vary).toBe('Accept-Encoding');
    }
    const names = scripts.map((s) => new URL(s.url()).pathname);
    expect(names.filter((name) => /admin|staff|echarts/.test(name))).toEqual([]);
    for (const script of scripts) {
      const code = await script.text();
      // Test ids only the admin console's login and the staff login page carry.
      expect([script.url(), /admin-login-form|staff-login-submit/.test(code)]).toEqual([script.url(), false]);
    }

    const favicon = await page.request.get(`${BASE_URL}/favicon.ico`);
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toBe('image/x-icon');
  });
});
