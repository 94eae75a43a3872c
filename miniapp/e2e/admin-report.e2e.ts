import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import {
  api,
  CITY_ADMIN,
  loginToken,
  openDesktop,
  parseCsv,
  previousMonth,
  readFirstSheet,
  shot,
  signIn,
  tableCells,
} from './admin-helpers';

// A month of the Federation's work goes in (records through the staff API and the console's form, publicity events
// through the console), and the report shows it: month by month, by category, as a chart, and as files to send on.
const CENTRE = 'licheng';
const MONTH = previousMonth();
const CENTRE_ADMIN = { username: 'licheng-admin', password: 'licheng-admin-2026' };

function record(day: string, channel: 'walk_in' | 'hotline_12338') {
  const visit = channel === 'walk_in';
  return {
    date: `${MONTH}-${day}`,
    channel,
    category: visit ? 'marriage_family' : 'domestic_violence',
    services: [visit ? 'legal_advice' : 'counselling'],
    referrals: [visit ? 'none' : 'police'],
    followUpNeeded: false,
    durationMinutes: 30,
    helperProfession: visit ? 'lawyer' : 'counsellor',
    ageBand: '30_39',
    area: CENTRE,
    mandatoryReport: false,
    centreCode: CENTRE,
  };
}

async function download(page: Page, testId: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

async function setMonths(page: Page) {
  await page.getByTestId('report-from').fill(MONTH);
  await page.getByTestId('report-to').fill(MONTH);
  // The table of the months shown before (this year so far, which has MONTH too) stays until the new
  // answer arrives: wait until MONTH is the only month in it.
  await page.waitForFunction(
    (month) =>
      Array.from(document.querySelectorAll('[data-testid^="report-row-"]')).every((row) =>
        [`report-row-${month}`, 'report-row-total'].includes(row.getAttribute('data-testid') ?? ''),
      ),
    MONTH,
  );
  await page.getByTestId(`report-row-${MONTH}`).waitFor();
}

/** The month row and the totals row of the report table, as the admin reads them (label first). */
async function reportRows(page: Page) {
  const rows = await tableCells(page, 'report-table');
  return { month: rows[0], total: rows[rows.length - 1] };
}

describe('admin console: records, events and the report (H5, desktop)', () => {
  it('a month of records and events gives the expected report, chart and exports; a centre admin sees the small numbers', async () => {
    const token = await loginToken(CITY_ADMIN.username, CITY_ADMIN.password);
    // Seven visits and five 12338 calls, through the staff records API.
    for (let i = 0; i < 7; i += 1) {
      await api('POST', '/api/staff/records', token, record(String(3 + i).padStart(2, '0'), 'walk_in'));
    }
    for (let i = 0; i < 5; i += 1) {
      await api('POST', '/api/staff/records', token, record(String(12 + i).padStart(2, '0'), 'hotline_12338'));
    }

    const { context, page } = await openDesktop();
    try {
      await signIn(page);
      await page.getByTestId('global-centre').selectOption(CENTRE);

      // One more visit through the console's own form.
      await page.getByTestId('nav-records').click();
      await page.getByTestId('record-new-toggle').click();
      await page.getByTestId('record-date').fill(`${MONTH}-20`);
      await page.getByTestId('record-note-input').fill('需要下次跟进的备注');
      await page.getByTestId('record-submit').click();
      await page.getByTestId('record-submit-done').waitFor();
      await page.getByTestId('records-from').fill(`${MONTH}-01`);
      await page.getByTestId('records-to').fill(`${MONTH}-28`);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="record-row"]').length === 13);
      // The note is never in the table; only in one record's detail.
      await expect(page.getByTestId('records-table').innerText()).resolves.not.toContain('需要下次跟进的备注');
      await page
        .getByTestId('records-table')
        .locator('tr', { hasText: `${MONTH}-20` })
        .getByTestId('record-open')
        .click();
      await expect(page.getByTestId('record-note').innerText()).resolves.toBe('需要下次跟进的备注');
      await shot(page, 'admin-records');

      // The records export: coded fields only, no note.
      const records = await download(page, 'records-export');
      const recordRows = parseCsv(records.bytes.toString('utf8')).filter((row) => row.some((cell) => cell !== ''));
      expect(recordRows[0]).not.toContain('note');
      expect(recordRows.slice(1).filter((row) => row[0].startsWith(MONTH))).toHaveLength(13);
      expect(records.bytes.toString('utf8')).not.toContain('需要下次跟进的备注');

      // Two publicity events reaching 120 and 80 people.
      await page.getByTestId('nav-events').click();
      await page.getByTestId('event-new-toggle').click();
      for (const [day, reached, topic] of [
        ['21', '120', '反家暴法进社区'],
        ['24', '80', '婚姻家庭法律知识讲座'],
      ]) {
        await page.getByTestId('event-date').fill(`${MONTH}-${day}`);
        await page.getByTestId('event-place').fill('鲤城区某社区活动中心');
        await page.getByTestId('event-topic').fill(topic);
        await page.getByTestId('event-partners').fill('区司法局、社区居委会');
        await page.getByTestId('event-reached').fill(reached);
        await page.getByTestId('event-submit').click();
        await page.getByTestId('event-submit-done').waitFor();
        await page.getByTestId('events-table').getByText(topic).waitFor();
      }

      // The report, seen by the city level: 8 visits, 5 calls, 2 events (a small number: "*"), 200 reached,
      // 213 beneficiaries (200 + 8 + 5).
      await page.getByTestId('nav-reports').click();
      await setMonths(page);
      const city = await reportRows(page);
      const [, visits, calls, , , , , , events, reached, beneficiaries] = city.month;
      expect({ visits, calls, events, reached, beneficiaries }).toEqual({
        visits: '8',
        calls: '5',
        events: '*',
        reached: '200',
        beneficiaries: '213',
      });
      expect(city.total[0]).toBe('合计');
      expect(city.total[8]).toBe('*');
      await page.getByTestId('report-suppressed').waitFor();
      const categories = await tableCells(page, 'report-byCategory');
      expect(categories).toEqual([
        ['婚姻家庭', '8'],
        ['家庭暴力', '5'],
      ]);
      expect(await tableCells(page, 'report-byReferral')).toEqual([
        ['未转介', '8'],
        ['公安机关', '5'],
      ]);
      // The chart is drawn (SVG bars), with its text alternative.
      const chart = page.getByTestId('report-chart');
      // Bars in the first series colour (visits); hidden small counts are gaps, so the events series may draw nothing.
      await chart.locator('svg path[fill="#1d4f91"]').first().waitFor();
      expect(await chart.getAttribute('aria-label')).toContain('图表');
      await shot(page, 'admin-report-city');

      // The CSV opens and has the same figures as the table.
      const headers = (await page.getByTestId('report-table').locator('thead th').allInnerTexts()).map((text) =>
        text.trim(),
      );
      const csv = await download(page, 'report-export-csv');
      expect(csv.file.suggestedFilename()).toMatch(/\.csv$/);
      const csvRows = parseCsv(csv.bytes.toString('utf8'));
      expect(csvRows[0]).toEqual(headers);
      expect(csvRows[1]).toEqual([MONTH, ...city.month.slice(1)]);
      expect(csvRows[2]).toEqual(city.total);

      // So does the XLSX (a ZIP of XML files).
      const xlsx = await download(page, 'report-export-xlsx');
      expect(xlsx.file.suggestedFilename()).toMatch(/\.xlsx$/);
      expect(xlsx.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      const sheet = readFirstSheet(xlsx.bytes);
      expect(sheet[0]).toEqual(headers);
      expect(sheet[1]).toEqual([MONTH, ...city.month.slice(1)]);
      expect(sheet[2]).toEqual(city.total);

      // A centre admin (created by the city admin) sees her own centre's small numbers as they are.
      await api('POST', '/api/admin/staff', token, {
        centreCode: CENTRE,
        displayName: '鲤城中心负责人',
        professions: ['coordinator'],
        bio: '',
        showOnWall: false,
        account: { ...CENTRE_ADMIN, role: 'centre_admin' },
      });
      await page.getByTestId('admin-logout').click();
      await signIn(page, CENTRE_ADMIN);
      await page.getByTestId('global-centre-fixed').filter({ hasText: '鲤城' }).waitFor();
      await page.getByTestId('nav-reports').click();
      await setMonths(page);
      const own = await reportRows(page);
      expect(own.month[8]).toBe('2');
      expect(own.month[1]).toBe('8');
      expect(await page.getByTestId('report-suppressed').count()).toBe(0);
      await shot(page, 'admin-report-centre');
    } finally {
      await context.close();
    }
  });
});
