import ExcelJS from 'exceljs';
import request from 'supertest';
import type { CentreSummaryDto, ReportDto } from '@wac/shared-types';
import { demoAdmin, freezeAt } from './support/fixtures.js';
import { DifferencingAttacker } from './support/differencing.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const MONTHS = ['2026-11', '2026-12'] as const;
const RANGES = [
  ['2026-11', '2026-11'],
  ['2026-12', '2026-12'],
  ['2026-11', '2026-12'],
] as const;
const METRICS = [
  'visits',
  'calls',
  'bookingsMade',
  'bookingsConfirmed',
  'bookingsCompleted',
  'bookingsNoShow',
  'callbacks',
  'events',
  'peopleReached',
  'beneficiaries',
] as const;

/**
 * Records per centre and month: [visits, calls]. December's 2 calls at Jinjiang and November's 3 visits at Shishi
 * are the small counts she must never learn, from any report or pair of reports.
 */
const PLAN: Record<string, Record<(typeof MONTHS)[number], [number, number]>> = {
  jinjiang: { '2026-11': [8, 6], '2026-12': [7, 2] },
  shishi: { '2026-11': [3, 9], '2026-12': [10, 5] },
};

describe(`small-count suppression across every report a city admin can ask for (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: string;
  let centres: string[];
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2027-01-05 09:00');
    admin = await demoAdmin(t);
    centres = ((await http().get('/api/centres').expect(200)).body as { items: CentreSummaryDto[] }).items.map(
      (c) => c.code,
    );
    for (const [centreCode, months] of Object.entries(PLAN)) {
      for (const [month, [visits, calls]] of Object.entries(months)) {
        for (const [channel, count] of [
          ['walk_in', visits],
          ['hotline_12338', calls],
        ] as const) {
          for (let i = 0; i < count; i += 1) {
            await http()
              .post('/api/staff/records')
              .set(as(admin))
              .send({
                centreCode,
                date: `${month}-1${i % 10}`,
                channel,
                category: channel === 'walk_in' ? 'marriage_family' : 'psychological',
                services: [channel === 'walk_in' ? 'legal_advice' : 'counselling'],
                referrals: ['none'],
                followUpNeeded: false,
                durationMinutes: 30,
                helperProfession: 'lawyer',
                ageBand: '30_39',
                area: centreCode,
                mandatoryReport: false,
              })
              .expect(201);
          }
        }
      }
    }
  });
  afterAll(() => t.close());

  const report = async (from: string, to: string, centre?: string) =>
    (
      await http()
        .get(`/api/admin/reports?from=${from}&to=${to}${centre ? `&centre=${centre}` : ''}`)
        .set(as(admin))
        .expect(200)
    ).body as ReportDto;

  it('hides each small count in its own month, and keeps the other months visible', async () => {
    const jinjiang = await report('2026-11', '2026-12', 'jinjiang');
    expect(jinjiang.suppressed).toBe(true);
    expect(jinjiang.months.map((m) => [m.visits, m.calls])).toEqual([
      [8, 6],
      [7, null],
    ]);
    expect(jinjiang.totals.visits).toBe(15);
    expect(jinjiang.totals.calls).toBeNull(); // 6 + the hidden 2: shown, it would give the 2 back (Nov–Dec − Nov)
    const shishi = await report('2026-11', '2026-12', 'shishi');
    expect(shishi.months.map((m) => [m.visits, m.calls])).toEqual([
      [null, 9],
      [10, 5],
    ]);
    const city = await report('2026-11', '2026-12');
    // A city-wide month holding a hidden centre is hidden too: city − Jinjiang would give Shishi's 3 back.
    expect(city.months.map((m) => [m.visits, m.calls])).toEqual([
      [null, 15],
      [17, null],
    ]);
  });

  it('lets no combination of months, centres, totals and breakdowns give a hidden count back', async () => {
    const attacker = new DifferencingAttacker();
    const cell = (centre: string, month: string, name: string) => `${centre}|${month}|${name}`;
    const codes = new Set<string>();
    const seen: { scope: string[]; months: string[]; report: ReportDto }[] = [];
    for (const [from, to] of RANGES) {
      const months = MONTHS.filter((m) => m >= from && m <= to);
      for (const scope of [...centres.map((c) => [c]), centres]) {
        const published = await report(from, to, scope.length === 1 ? scope[0] : undefined);
        seen.push({ scope, months, report: published });
        for (const name of ['byCategory', 'byService', 'byReferral'] as const) {
          published[name].forEach((row) => codes.add(`${name}:${row.key}`));
        }
      }
    }
    for (const { scope, months, report: published } of seen) {
      const cells = (inMonths: readonly string[], name: string) =>
        scope.flatMap((centre) => inMonths.map((month) => cell(centre, month, name)));
      for (const row of published.months) {
        for (const metric of METRICS) {
          if (row[metric] !== null) {
            attacker.learn(cells([row.month], metric), row[metric]);
          }
        }
      }
      for (const metric of METRICS) {
        if (published.totals[metric] !== null) {
          attacker.learn(cells(months, metric), published.totals[metric]);
        }
      }
      for (const code of codes) {
        const [name, key] = code.split(':') as ['byCategory' | 'byService' | 'byReferral', string];
        const row = published[name].find((entry) => entry.key === key);
        // A code missing from the list is a count of 0; a listed one may be hidden (null).
        const count = row === undefined ? 0 : row.count;
        if (count !== null) {
          attacker.learn(cells(months, code), count);
        }
      }
    }
    // What she knows without a report: each centre's records add up the same by channel and by each breakdown
    // (one service and one referral per record here), and beneficiaries are reached + visits + calls.
    for (const centre of centres) {
      for (const month of MONTHS) {
        const records = [cell(centre, month, 'visits'), cell(centre, month, 'calls')];
        for (const name of ['byCategory', 'byService', 'byReferral']) {
          const parts = [...codes].filter((code) => code.startsWith(`${name}:`));
          attacker.learn([...records, ...parts.map((code) => [cell(centre, month, code), -1] as const)], 0);
        }
        attacker.learn(
          [
            cell(centre, month, 'beneficiaries'),
            [cell(centre, month, 'peopleReached'), -1],
            ...records.map((r) => [r, -1] as const),
          ],
          0,
        );
      }
    }
    // The attack works on what is shown: a visible count is worked out (as it should be)…
    expect(attacker.determined(cell('jinjiang', '2026-11', 'visits'))).toBe(8);
    expect(attacker.determined(cell('shishi', '2026-12', 'calls'))).toBe(5);
    // …and finds neither small count, nor anything hidden beside them.
    for (const hidden of [
      cell('jinjiang', '2026-12', 'calls'),
      cell('shishi', '2026-11', 'visits'),
      cell('jinjiang', '2026-12', 'byCategory:psychological'),
      cell('jinjiang', '2026-12', 'byService:counselling'),
      cell('shishi', '2026-11', 'byCategory:marriage_family'),
      cell('jinjiang', '2026-12', 'beneficiaries'),
    ]) {
      expect({ hidden, value: attacker.determined(hidden) }).toEqual({ hidden, value: undefined });
    }
  });

  it('exports exactly what the screen shows, hidden counts as "*", in CSV and XLSX', async () => {
    for (const [from, to] of RANGES) {
      for (const centre of ['jinjiang', 'shishi', undefined]) {
        const shown = await report(from, to, centre);
        const expected = [
          ...shown.months.map((m) => [m.month, ...METRICS.map((metric) => m[metric] ?? '*')]),
          ['合计', ...METRICS.map((metric) => shown.totals[metric] ?? '*')],
        ].map((row) => row.map(String));
        const query = `from=${from}&to=${to}${centre ? `&centre=${centre}` : ''}`;
        const csv = await http().get(`/api/admin/reports/export?format=csv&${query}`).set(as(admin)).expect(200);
        const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
        expect(lines.slice(1, 1 + expected.length).map((line) => line.split(','))).toEqual(expected);
        const xlsx = await http()
          .get(`/api/admin/reports/export?format=xlsx&${query}`)
          .set(as(admin))
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => done(null, Buffer.concat(chunks)));
          })
          .expect(200);
        const workbook = new ExcelJS.Workbook();
        const bytes = xlsx.body as Buffer;
        await workbook.xlsx.load(
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        );
        const sheet = workbook.getWorksheet('月度统计')!;
        const rows = expected.map((_, index) =>
          METRICS.map((__, column) => sheet.getRow(index + 2).getCell(column + 2).text),
        );
        expect(rows).toEqual(expected.map((row) => row.slice(1)));
      }
    }
  });
});
