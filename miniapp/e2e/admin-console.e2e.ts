import type { AdminStaffListDto, AuditListDto, CentreDetailDto, SlotTemplateDto } from '@wac/shared-types';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL } from './support/browser';
import { seriousAxeViolations } from './support/checks';
import {
  api,
  CITY_ADMIN,
  CONSOLE_SECTIONS,
  CONSOLE_URL,
  loginToken,
  openDesktop,
  shanghaiToday,
  shot,
  signIn,
} from './admin-helpers';

// The console as an admin uses it: who may enter, centre details with a position pasted from a map app,
// staff with a login, the calendar, the slot template with its preview, bookings, and the audit log.

describe('admin console: sections (H5, desktop)', () => {
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    ({ context, page } = await openDesktop());
  });

  afterEach(async () => {
    await context?.close();
  });

  it('the server sends /admin to the console; a staff login is politely refused', async () => {
    await page.goto(`${BASE_URL}/admin`);
    await page.getByTestId('admin-login-form').waitFor();
    expect(page.url()).toContain('#/packages/admin/pages/home/index');
    await page.getByTestId('login-username').fill('staff-huian');
    await page.getByTestId('login-password').fill('demo-huian-2026');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error').innerText()).resolves.toContain('不能进入管理后台');
    expect(await page.getByTestId('admin-console').count()).toBe(0);
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error').innerText()).resolves.toContain('用户名或密码不正确');
    await shot(page, 'admin-login-refused');
  });

  it('the login page runs without the sections’ code: fetched early, run after signing in, a plain message if it never comes', async () => {
    // webpack removes a chunk's script element once it ran, so what was asked for, and as what, is the evidence.
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/js/admin-console.')) {
        asked.push(request.resourceType());
      }
    });
    const prefetched = page.waitForRequest((request) => request.url().includes('/js/admin-console.'));
    await page.goto(CONSOLE_URL());
    await page.getByTestId('admin-login-form').waitFor();
    await prefetched;
    expect(asked).not.toContain('script');

    // The network drops before signing in (routing also keeps the prefetched copy from being used).
    await page.route('**/js/admin-console.*', (route) => route.abort('internetdisconnected'));
    await page.getByTestId('login-username').fill(CITY_ADMIN.username);
    await page.getByTestId('login-password').fill(CITY_ADMIN.password);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('admin-console-failed').innerText()).resolves.toContain('刷新页面');

    await page.unroute('**/js/admin-console.*');
    await page.reload();
    await page.getByTestId('admin-console').waitFor();
    expect(asked).toContain('script');
  });

  it('edits a centre: a position pasted as "lng,lat" is read, checked on a map link and saved', async () => {
    await signIn(page);
    await page.getByTestId('centres-table').waitFor();
    await shot(page, 'admin-centres');
    await page.getByTestId('centre-edit-luojiang').click();
    await page.getByTestId('centre-form').waitFor();
    await page.getByTestId('coord-paste').fill('118.670812,24.941527');
    await page.getByTestId('coord-paste-apply').click();
    await expect(page.getByTestId('coord-paste-result').innerText()).resolves.toContain('已自动调换');
    await expect(page.getByTestId('centre-lat').inputValue()).resolves.toBe('24.941527');
    await expect(page.getByTestId('centre-lng').inputValue()).resolves.toBe('118.670812');
    expect(await page.getByTestId('centre-approximate').isChecked()).toBe(false);
    await expect(page.getByTestId('centre-map-link').getAttribute('href')).resolves.toContain(
      'position=118.670812,24.941527',
    );
    await page.getByTestId('centre-address-input').fill('泉州市洛江区万安街道某路 88 号');
    await page.getByTestId('centre-rules').fill('来访来电登记\n值班人员须提前到岗\n保护当事人隐私');
    await page.getByTestId('centre-save').click();
    await page.getByTestId('centre-save-done').waitFor();
    await shot(page, 'admin-centre-edit');
    const centre = await api<CentreDetailDto>('GET', '/api/centres/luojiang');
    expect(centre).toMatchObject({
      latitude: 24.941527,
      longitude: 118.670812,
      approximate: false,
      address: '泉州市洛江区万安街道某路 88 号',
    });
    expect(centre.workRules).toEqual(['来访来电登记', '值班人员须提前到岗', '保护当事人隐私']);
  });

  it('lists the demo login of a centre as a person of its staff, who can be renamed like anyone else', async () => {
    await signIn(page);
    await page.getByTestId('global-centre').selectOption('dehua');
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('staff-table').waitFor();
    const demoRow = page.getByTestId('staff-row').filter({ hasText: 'staff-dehua' });
    await expect(demoRow.count()).resolves.toBe(1);
    const name = await demoRow.locator('th').innerText();
    await page.getByTestId(`staff-open-${name}`).click();
    await page.getByTestId('staff-panel').waitFor();
    await page.getByTestId('staff-edit-name').fill('德化值班社工');
    await page.getByTestId('staff-edit-save').click();
    await page.getByTestId('staff-edit-done').waitFor();
    const token = await loginToken(CITY_ADMIN.username, CITY_ADMIN.password);
    const staff = await api<AdminStaffListDto>('GET', '/api/admin/staff?centre=dehua', token);
    expect(staff.items.find((member) => member.account?.username === 'staff-dehua')?.displayName).toBe('德化值班社工');
    // The login itself is untouched by the rename.
    await expect(loginToken('staff-dehua', 'demo-dehua-2026')).resolves.toEqual(expect.any(String));
  });

  it('adds a staff member with a login, records leave, resets the password and deactivates them', async () => {
    await signIn(page);
    await page.getByTestId('global-centre').selectOption('huian');
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('staff-table').waitFor();
    await page.getByTestId('staff-new-toggle').click();
    await page.getByTestId('staff-new-name').fill('苏社工');
    await page.getByTestId('staff-new-bio').fill('社会工作者，协助个案跟进。');
    await page.getByTestId('staff-new-profession-social_worker').check();
    await page.getByTestId('staff-new-with-account').check();
    await page.getByTestId('staff-new-username').fill('huian-su');
    await page.getByTestId('staff-new-password').fill('first-password-2026');
    await page.getByTestId('staff-new-submit').click();
    await page.getByTestId('staff-new-done').waitFor();
    await page.getByTestId('staff-open-苏社工').click();
    const panel = page.getByTestId('staff-panel');
    await panel.waitFor();
    // Leave for the next week.
    const today = shanghaiToday();
    await page.getByTestId('staff-leave-from').fill(today);
    await page.getByTestId('staff-leave-to').fill(today);
    await page.getByTestId('staff-leave-add').click();
    await page.getByTestId('staff-leave-done').waitFor();
    await page.getByTestId('staff-leave-item').first().waitFor();
    // A new password works; the old one no longer does.
    await page.getByTestId('staff-reset-password').fill('second-password-2026');
    await page.getByTestId('staff-reset-submit').click();
    await page.getByTestId('staff-reset-done').waitFor();
    await expect(loginToken('huian-su', 'second-password-2026')).resolves.toEqual(expect.any(String));
    await expect(loginToken('huian-su', 'first-password-2026')).rejects.toThrow(/401/);
    // A large photo is shrunk in the browser to fit the server's 60 KB limit, uploaded, and shown.
    const photo = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 1600;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      for (let i = 0; i < 4000; i += 1) {
        context.fillStyle = `hsl(${(i * 37) % 360},60%,${30 + (i % 50)}%)`;
        context.fillRect((i * 97) % 1200, (i * 61) % 1600, 40, 40);
      }
      return canvas.toDataURL('image/png').split(',')[1];
    });
    const photoBytes = Buffer.from(photo, 'base64');
    expect(photoBytes.length).toBeGreaterThan(60 * 1024);
    await page
      .getByTestId('staff-photo-file')
      .setInputFiles({ name: 'portrait.png', mimeType: 'image/png', buffer: photoBytes });
    await page.getByTestId('staff-photo-done').waitFor();
    const image = panel.locator('img.admin-photo');
    await image.waitFor();
    await page.waitForFunction(
      (element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0,
      await image.elementHandle(),
    );
    const token = await loginToken(CITY_ADMIN.username, CITY_ADMIN.password);
    const { items } = await api<AdminStaffListDto>('GET', '/api/admin/staff?centre=huian', token);
    expect(items.find((member) => member.displayName === '苏社工')?.photoUrl).toMatch(/^\/api\/photos\//);
    await shot(page, 'admin-staff');
    // Deactivated: the login stops working.
    await page.getByTestId('staff-active-苏社工').click();
    await page.getByTestId('staff-toggle-done').waitFor();
    await expect(loginToken('huian-su', 'second-password-2026')).rejects.toThrow(/40[13]/);
  });

  it('shows the year calendar, saves the slot template with a two-week preview, lists bookings, and logs what admins did', async () => {
    await signIn(page);
    await page.getByTestId('global-centre').selectOption('city');
    await page.getByTestId('nav-calendar').click();
    await page.getByTestId('calendar-year-grid').waitFor();
    // A closure for this centre on a day next month.
    const [year, month] = today().split('-').map(Number);
    const closure = new Date(Date.UTC(year, month, 15)).toISOString().slice(0, 10);
    await page.getByTestId('calendar-date').fill(closure);
    await page.getByTestId('calendar-scope').selectOption('city');
    await page.getByTestId('calendar-kind').selectOption('closed');
    await page.getByTestId('calendar-name').fill('设备检修');
    await page.getByTestId('calendar-submit').click();
    await page.getByTestId('calendar-action-done').waitFor();
    if (closure.startsWith(String(year))) {
      await page.getByTestId('calendar-table').getByText('设备检修').waitFor();
    }
    await shot(page, 'admin-calendar');

    await page.getByTestId('nav-template').click();
    await page.getByTestId('template-form').waitFor();
    await page.getByTestId('template-rooms').fill('3');
    await page.getByTestId('template-save').click();
    await page.getByTestId('template-save-done').waitFor();
    await page.getByTestId('template-preview').waitFor();
    const token = await loginToken(CITY_ADMIN.username, CITY_ADMIN.password);
    await expect(api<SlotTemplateDto>('GET', '/api/admin/centres/city/template', token)).resolves.toMatchObject({
      rooms: 3,
    });
    expect(await page.getByTestId('template-preview').locator('tbody tr').count()).toBe(14);
    await shot(page, 'admin-template');

    await page.getByTestId('nav-bookings').click();
    await page.getByTestId('bookings-table').waitFor();
    await page.getByTestId('tab-callbacks').click();
    await page.getByTestId('callbacks-table').waitFor();
    await shot(page, 'admin-callbacks');

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-action').fill('calendar.change');
    await page.getByTestId('audit-search').click();
    // The week's unfiltered rows are on screen before the search; wait until the filtered list has replaced them.
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('[data-testid="audit-row"]')];
      return shown.length > 0 && shown.every((row) => row.textContent?.includes('calendar.change'));
    });
    const rows = await page.getByTestId('audit-row').allInnerTexts();
    expect(rows.some((row) => row.includes('admin'))).toBe(true);
    const audit = await api<AuditListDto>(
      'GET',
      // The console is scoped to the centre chosen above; city-wide changes of other tests are not its rows.
      `/api/admin/audit?from=${today()}&to=${today()}&action=calendar.change&centre=city`,
      token,
    );
    expect(rows).toHaveLength(audit.items.length);
    await shot(page, 'admin-audit');
  });

  it('axe-core finds no serious or critical problems on the login and in any section', async () => {
    await page.goto(CONSOLE_URL());
    await page.getByTestId('admin-login-form').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await signIn(page);
    await page.getByTestId('global-centre').selectOption('nanan');
    const problems: Record<string, unknown> = {};
    for (const section of CONSOLE_SECTIONS) {
      await page.getByTestId(`nav-${section}`).click();
      await page.getByTestId(`section-${section}`).waitFor();
      await page.waitForFunction(() => !document.querySelector('.admin-main [role="status"].admin-muted'));
      const violations = await seriousAxeViolations(page);
      if (violations.length > 0) {
        problems[section] = violations;
      }
    }
    expect(problems).toEqual({});
  });

  it('fits a tablet held upright: the navigation moves above the content and the page never scrolls sideways', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await signIn(page);
    await page.getByTestId('global-centre').selectOption('dehua');
    for (const section of ['roster', 'records', 'reports']) {
      await page.getByTestId(`nav-${section}`).click();
      await page.getByTestId(`section-${section}`).waitFor();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        console: (document.querySelector('.admin') as HTMLElement).scrollWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(820);
      expect(widths.console).toBeLessThanOrEqual(820);
    }
    await page.getByTestId('nav-roster').click();
    await page.getByTestId('roster-calendar').waitFor();
    const nav = await page.locator('.admin-nav').boundingBox();
    const main = await page.locator('.admin-main').boundingBox();
    expect(nav && main && nav.y + nav.height <= main.y + 1).toBe(true);
    await shot(page, 'admin-tablet-roster');
  });

  it('keeps the login for the tab after a reload, and signs out', async () => {
    await signIn(page);
    await page.reload();
    await page.getByTestId('admin-console').waitFor();
    await page.getByTestId('admin-logout').click();
    await page.getByTestId('admin-login-form').waitFor();
    await page.goto(CONSOLE_URL());
    await page.getByTestId('admin-login-form').waitFor();
  });
});

function today(): string {
  return shanghaiToday();
}
