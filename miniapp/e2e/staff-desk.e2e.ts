// Staff on their phones (H5 build, real server): confirm a booking a woman made, work a call-back from claim to
// close, register a walk-in, and check that the stored record holds only coded fields.
// Each scenario uses its own centre, which the women's browser tests leave alone.
import type {
  AvailabilityDto,
  BookingDto,
  BookingListDto,
  CallbackDto,
  RecordDto,
  StaffCallbackDto,
} from '@wac/shared-types';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { addDays, api, guestToken, shanghaiToday, staffToken } from './support/api';
import { BASE_URL, openPhone, screenshot } from './support/browser';
import { type AxeViolation, layoutProblems, seriousAxeViolations } from './support/checks';

// ---- The server's API, straight from the test -------------------------------------------------

/** A woman books the first open day with places (from tomorrow, within the staff page's 14 days). */
async function womanBooks(centre: string, extra: { topic?: string; needs?: string[] } = {}): Promise<BookingDto> {
  const today = shanghaiToday();
  const { days } = await api<AvailabilityDto>(
    'GET',
    `/api/centres/${centre}/availability?from=${today}&to=${addDays(today, 13)}&service=legal`,
  );
  const slot = days
    .filter((day) => day.date > today && day.open)
    .flatMap((day) => day.slots)
    .find((candidate) => candidate.service === 'legal' && candidate.remaining > 0);
  if (!slot) {
    throw new Error(`no legal place at ${centre} in the next 13 days`);
  }
  const token = await guestToken();
  return api<BookingDto>('POST', '/api/bookings', {
    token,
    body: { slotId: slot.slotId, ...extra },
    headers: { 'Idempotency-Key': `staff-e2e-${Math.random().toString(36).slice(2, 14)}` },
  });
}

// ---- The browser ------------------------------------------------------------------------------

/** Taro's H5 router keeps the pages below the current one in the document (hidden): look only at what shows. */
function shown(page: Page, testId: string): Locator {
  return page.locator(`[data-testid="${testId}"]:visible`);
}

/** Waits until the text is what a tap should have made it (React updates after the server answers). */
async function textBecomes(locator: Locator, expected: string | RegExp, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.innerText({ timeout: 1_000 }).catch(() => '')).trim();
    if (typeof expected === 'string' ? text === expected : expected.test(text)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected ${String(expected)}, still "${text}"`);
}

async function logIn(page: Page, centre: string): Promise<void> {
  await page.goto(`${BASE_URL}/#/packages/staff/login/index`);
  await shown(page, 'staff-login-username').fill(`staff-${centre}`);
  await shown(page, 'staff-login-password').fill(`demo-${centre}-2026`);
  await shown(page, 'staff-login-submit').click();
  await shown(page, 'staff-home-who').waitFor();
}

/** Every key a stored record may have: codes, the short note, and bookkeeping. Nothing about her. */
const RECORD_KEYS = [
  'id',
  'centreCode',
  'date',
  'channel',
  'category',
  'services',
  'referrals',
  'followUpNeeded',
  'durationMinutes',
  'helperProfession',
  'ageBand',
  'area',
  'mandatoryReport',
  'note',
  'supersedes',
  'current',
  'editableUntil',
  'createdAt',
];

function expectOnlyCodedFields(record: RecordDto, { note }: { note?: string } = {}): void {
  expect(Object.keys(record).every((key) => RECORD_KEYS.includes(key))).toBe(true);
  expect(record.note).toBe(note);
  // No phone number, id number or other long number anywhere in it (dates and ids aside).
  const content = Object.entries(record).filter(
    ([key]) => !['id', 'createdAt', 'editableUntil', 'supersedes'].includes(key),
  );
  expect(JSON.stringify(content)).not.toMatch(/\d{7,}/);
}

async function fillRecordBasics(
  page: Page,
  { category, helper, age }: { category: string; helper: string; age: string },
): Promise<void> {
  await shown(page, `staff-record-category-${category}`).click();
  await shown(page, `staff-record-helper-${helper}`).click();
  await shown(page, `staff-record-age-${age}`).click();
}

async function savedRecordId(page: Page): Promise<string> {
  const saved = shown(page, 'staff-record-saved');
  await saved.waitFor();
  const id = await saved.getAttribute('data-record-id');
  expect(id).toBeTruthy();
  return id as string;
}

describe('staff pages (H5)', () => {
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    ({ context, page } = await openPhone());
  });

  afterEach(async () => {
    await context?.close();
  });

  it('confirm a booking a woman made, see a colleague act first, then arrived → completed → its record', async () => {
    const booking = await womanBooks('licheng', {
      topic: '想问问离婚财产怎么分',
      needs: ['minnan_dialect', 'with_child'],
    });
    const other = await womanBooks('licheng');
    const staff = await staffToken('licheng');

    await logIn(page, 'licheng');
    expect(await shown(page, 'quick-exit').count()).toBe(1);
    await textBecomes(shown(page, 'staff-home-bookings'), /\d+ 个新预约待确认/);
    await shown(page, 'staff-home-bookings').click();

    const card = shown(page, `staff-booking-${booking.id}`);
    await card.waitFor();
    expect(
      await shown(page, 'staff-bookings-pending').locator(`[data-testid="staff-booking-${booking.id}"]`).count(),
    ).toBe(1);
    await expect(card.innerText()).resolves.toContain('法律咨询');
    await expect(shown(page, `staff-booking-needs-${booking.id}`).innerText()).resolves.toMatch(/闽南话[\s\S]*带孩子/);
    await expect(card.innerText()).resolves.toContain('她想谈的：想问问离婚财产怎么分');
    expect(await shown(page, 'quick-exit').count()).toBe(1);
    await screenshot(page, 'staff-bookings');

    await shown(page, `staff-booking-confirm-${booking.id}`).click();
    await textBecomes(shown(page, `staff-booking-status-${booking.id}`), '已确认');

    // A colleague confirms the other one while this page still shows it as new.
    await api('POST', `/api/staff/bookings/${other.id}/confirm`, { token: staff, body: {} });
    await shown(page, `staff-booking-confirm-${other.id}`).click();
    await textBecomes(shown(page, `staff-booking-message-${other.id}`), /这个预约刚刚有了变化/);
    await textBecomes(shown(page, `staff-booking-status-${other.id}`), '已确认');
    expect(await shown(page, `staff-booking-confirm-${other.id}`).count()).toBe(0);
    await screenshot(page, 'staff-bookings-conflict');

    // She came early (the booking is on a later day): one more question before "arrived".
    await shown(page, `staff-booking-arrive-${booking.id}`).click();
    await shown(page, `staff-booking-arrive-${booking.id}-confirm`).click();
    await textBecomes(shown(page, `staff-booking-status-${booking.id}`), '已到');
    await shown(page, `staff-booking-complete-${booking.id}`).click();
    await shown(page, `staff-booking-record-offer-${booking.id}`).waitFor();
    await shown(page, `staff-booking-record-${booking.id}`).click();

    await shown(page, 'staff-record-source').waitFor();
    expect(await shown(page, 'staff-record-channel-booking').getAttribute('data-selected')).toBe('true');
    expect(await shown(page, 'staff-record-service-legal_advice').getAttribute('data-selected')).toBe('true');
    await fillRecordBasics(page, { category: 'property', helper: 'lawyer', age: '40_49' });
    await shown(page, 'staff-record-submit').click();
    const recordId = await savedRecordId(page);

    const record = await api<RecordDto>('GET', `/api/staff/records/${recordId}`, { token: staff });
    expect(record).toMatchObject({
      channel: 'booking',
      category: 'property',
      services: ['legal_advice'],
      centreCode: 'licheng',
    });
    expectOnlyCodedFields(record);
    expect(JSON.stringify(record)).not.toContain('离婚财产');
    const { items } = await api<BookingListDto>('GET', `/api/staff/bookings?from=${booking.date}&to=${booking.date}`, {
      token: staff,
    });
    expect(items.find((item) => item.id === booking.id)).toMatchObject({ status: 'completed', recorded: true });

    // Back on the list, it shows as registered and offers nothing more.
    await page.goBack();
    await textBecomes(shown(page, `staff-booking-${booking.id}`), /已登记/);
    expect(await shown(page, `staff-booking-record-${booking.id}`).count()).toBe(0);
  });

  it('works a call-back: her answers before the number, claim reveals it, attempts, close, then its record', async () => {
    const today = shanghaiToday();
    const request = await api<CallbackDto>('POST', '/api/callbacks', {
      token: await guestToken(),
      body: {
        centreCode: 'fengze',
        phone: '138 0000 5678',
        windows: [{ date: today, from: '00:00', to: '23:59' }],
        mayIdentify: false,
        mayLeaveMessage: false,
        topic: '想问孩子抚养的事',
      },
    });

    await logIn(page, 'fengze');
    await shown(page, 'staff-home-callbacks').click();
    const card = shown(page, `staff-callback-${request.id}`);
    await card.waitFor();
    await expect(shown(page, `staff-callback-permissions-${request.id}-identify`).innerText()).resolves.toContain(
      '不可表明身份',
    );
    await expect(shown(page, `staff-callback-permissions-${request.id}-message`).innerText()).resolves.toContain(
      '不可留言',
    );
    await expect(shown(page, `staff-callback-number-${request.id}`).innerText()).resolves.toBe('138****5678');
    await expect(shown(page, `staff-callback-safe-${request.id}`).innerText()).resolves.toBe('现在是她说的安全时间');
    expect(await card.innerText()).not.toContain('13800005678');
    await screenshot(page, 'staff-callback-queue');

    await shown(page, `staff-callback-open-${request.id}`).click();
    await shown(page, 'staff-call-permissions').waitFor();
    const identify = shown(page, 'staff-call-permissions-identify');
    await expect(identify.innerText()).resolves.toContain('不可表明身份');
    expect(await identify.evaluate((element) => getComputedStyle(element).fontWeight)).toBe('700');
    await expect(shown(page, 'staff-call-number').innerText()).resolves.toBe('138****5678');
    expect(await shown(page, 'staff-call-dial').count()).toBe(0);

    await shown(page, 'staff-call-claim').click();
    await textBecomes(shown(page, 'staff-call-number'), '138 0000 5678');
    await expect(shown(page, 'staff-call-dial').getAttribute('aria-label')).resolves.toContain('138 0000 5678');
    await screenshot(page, 'staff-call-claimed');

    await shown(page, 'staff-call-attempt-no_answer').click();
    await textBecomes(shown(page, 'staff-call-attempt-list'), /没人接/);
    await shown(page, 'staff-call-attempt-reached').click();
    await textBecomes(shown(page, 'staff-call-attempt-list'), /已接通/);
    await shown(page, 'staff-call-outcome-helped').click();
    await shown(page, 'staff-call-close-confirm').click();
    await shown(page, 'staff-call-record-offer').waitFor();
    expect(await shown(page, 'staff-call-number').innerText()).not.toContain('0000 5678');
    await screenshot(page, 'staff-call-closed');

    await shown(page, 'staff-call-record').click();
    await shown(page, 'staff-record-source').waitFor();
    expect(await shown(page, 'staff-record-channel-callback').getAttribute('data-selected')).toBe('true');
    await fillRecordBasics(page, { category: 'custody', helper: 'counsellor', age: 'unknown' });
    await shown(page, 'staff-record-service-counselling').click();
    await shown(page, 'staff-record-submit').click();
    const recordId = await savedRecordId(page);

    const staff = await staffToken('fengze');
    const record = await api<RecordDto>('GET', `/api/staff/records/${recordId}`, { token: staff });
    expect(record).toMatchObject({
      channel: 'callback',
      category: 'custody',
      services: ['counselling'],
      ageBand: 'unknown',
    });
    expectOnlyCodedFields(record);
    const closed = await api<StaffCallbackDto>('GET', `/api/staff/callbacks/${request.id}`, { token: staff });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'helped', recorded: true, phone: null });
    expect(closed.attempts.map((attempt) => attempt.result)).toEqual(['no_answer', 'reached']);
  });

  it('registers a walk-in in a few taps; the note refuses a number; the record holds no personal data and can be edited', async () => {
    await logIn(page, 'luojiang');
    await shown(page, 'staff-home-register').click();
    await shown(page, 'staff-record-form').waitFor();
    expect(await shown(page, 'staff-record-form').locator('input').count()).toBe(0);
    await fillRecordBasics(page, { category: 'domestic_violence', helper: 'social_worker', age: '30_39' });
    await shown(page, 'staff-record-service-legal_advice').click();
    await shown(page, 'staff-record-service-accompaniment').click();
    await shown(page, 'staff-record-referral-police').click();
    await shown(page, 'staff-record-follow-up-yes').click();
    await shown(page, 'staff-record-duration-45').click();
    const note = shown(page, 'staff-record-note');
    await note.fill('联系电话 13912345678');
    await shown(page, 'staff-record-submit').click();
    await textBecomes(shown(page, 'staff-record-note-error'), /备注里有一串数字/);
    await screenshot(page, 'staff-record-note-refused');
    await note.fill('陈女士，已陪同报警');
    await textBecomes(shown(page, 'staff-record-note-warnings'), /好像有人名/);
    await note.fill('已陪同报警，下周跟进');
    expect(await shown(page, 'staff-record-note-warnings').count()).toBe(0);
    await screenshot(page, 'staff-record-form');
    await shown(page, 'staff-record-submit').click();
    const recordId = await savedRecordId(page);
    await screenshot(page, 'staff-record-saved');

    const staff = await staffToken('luojiang');
    const record = await api<RecordDto>('GET', `/api/staff/records/${recordId}`, { token: staff });
    expect(record).toMatchObject({
      date: shanghaiToday(),
      channel: 'walk_in',
      category: 'domestic_violence',
      services: ['legal_advice', 'accompaniment'],
      referrals: ['police'],
      followUpNeeded: true,
      durationMinutes: 45,
      helperProfession: 'social_worker',
      ageBand: '30_39',
      area: 'luojiang',
      mandatoryReport: false,
      centreCode: 'luojiang',
    });
    expectOnlyCodedFields(record, { note: '已陪同报警，下周跟进' });

    // The recent list shows it; within 24 hours its author edits it in place.
    await shown(page, 'staff-record-open-records').click();
    await shown(page, `staff-record-item-${recordId}`).waitFor();
    await shown(page, `staff-record-edit-${recordId}`).click();
    await expect(shown(page, 'staff-record-duration-45').getAttribute('data-selected')).resolves.toBe('true');
    await shown(page, 'staff-record-duration-60').click();
    await shown(page, 'staff-record-submit').click();
    await shown(page, 'staff-record-saved').waitFor();
    expect((await api<RecordDto>('GET', `/api/staff/records/${recordId}`, { token: staff })).durationMinutes).toBe(60);
  });

  it('logging out ends the staff login on this phone', async () => {
    await logIn(page, 'luojiang');
    await shown(page, 'staff-logout').click();
    await shown(page, 'staff-login-submit').waitFor();
    expect(
      await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.includes('wac.staff'))),
    ).toEqual([]);

    await page.goto(`${BASE_URL}/#/packages/staff/bookings/index`);
    await page.waitForURL(/packages\/staff\/login\/index\?next=/);

    // Logging in again goes back to the page it was sent away from.
    await shown(page, 'staff-login-username').fill('staff-luojiang');
    await shown(page, 'staff-login-password').fill('demo-luojiang-2026');
    await shown(page, 'staff-login-submit').click();
    await shown(page, 'staff-bookings-refresh').waitFor();
  });

  it('axe-core finds no serious or critical problems, and nothing overlaps, is cut off or too small, on every staff page', async () => {
    const booking = await womanBooks('huian', { topic: '想咨询', needs: ['accessible_room'] });
    const request = await api<CallbackDto>('POST', '/api/callbacks', {
      token: await guestToken(),
      body: {
        centreCode: 'huian',
        phone: '13900001111',
        windows: [{ weekday: 1, from: '09:00', to: '11:00' }],
        mayIdentify: true,
        mayLeaveMessage: false,
      },
    });
    const found: string[] = [];
    const check = async (name: string) => {
      found.push(
        ...(await seriousAxeViolations(page)).map(
          (violation: AxeViolation) => `${name}: axe ${violation.id} ${violation.nodes.join(' ')}`,
        ),
      );
      found.push(...(await layoutProblems(page, 44)).map((problem) => `${name}: ${problem.kind} ${problem.detail}`));
    };

    await page.goto(`${BASE_URL}/#/packages/staff/login/index`);
    await shown(page, 'staff-login-submit').waitFor();
    await check('login');
    await logIn(page, 'huian');
    await check('home');
    await shown(page, 'staff-home-bookings').click();
    await shown(page, `staff-booking-${booking.id}`).waitFor();
    await check('bookings');
    await shown(page, `staff-booking-decline-${booking.id}`).click();
    await shown(page, `staff-booking-reason-other-${booking.id}`).click();
    await check('bookings-decline');
    await page.goBack();
    await shown(page, 'staff-home-callbacks').click();
    await shown(page, `staff-callback-${request.id}`).waitFor();
    await check('callbacks');
    await shown(page, `staff-callback-open-${request.id}`).click();
    await shown(page, 'staff-call-claim').click();
    await shown(page, 'staff-call-dial').waitFor();
    await check('call');
    await page.goto(`${BASE_URL}/#/packages/staff/record/index`);
    await shown(page, 'staff-record-form').waitFor();
    await shown(page, 'staff-record-submit').click();
    await shown(page, 'staff-record-problem').waitFor();
    await check('record-form-with-errors');
    await page.goto(`${BASE_URL}/#/packages/staff/records/index`);
    await shown(page, 'staff-records-register').waitFor();
    await check('records');

    expect(found).toEqual([]);
  });

  it('says plainly when the password is wrong', async () => {
    await page.goto(`${BASE_URL}/#/packages/staff/login/index`);
    await shown(page, 'staff-login-username').fill('staff-luojiang');
    await shown(page, 'staff-login-password').fill('wrong-password');
    await shown(page, 'staff-login-submit').click();
    await textBecomes(shown(page, 'staff-login-error'), /用户名或密码不对/);
  });
});
