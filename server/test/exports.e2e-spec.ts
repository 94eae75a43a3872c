import ExcelJS from 'exceljs';
import request from 'supertest';
import type { AuditListDto } from '@wac/shared-types';
import { AUDIT_ACTIONS } from '../src/audit/audit-entry.entity.js';
import { book, demoAdmin, freezeAt, putOnDuty, slotId } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));

describe(`exports and the audit log in the console's words (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: string;
  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp();
    freezeAt(t, '2026-09-28 07:00'); // Monday
    admin = await demoAdmin(t);
    for (const [channel, category, services, referrals] of [
      ['walk_in', 'domestic_violence', ['legal_advice', 'accompaniment'], ['police']],
      ['hotline_12338', 'psychological', ['counselling'], ['none']],
    ] as const) {
      await http()
        .post('/api/staff/records')
        .set(as(admin))
        .send({
          centreCode: 'jinjiang',
          date: '2026-09-10',
          channel,
          category,
          services,
          referrals,
          followUpNeeded: true,
          durationMinutes: 45,
          helperProfession: 'counsellor',
          ageBand: '40_49',
          area: 'outside_quanzhou',
          mandatoryReport: false,
        })
        .expect(201);
    }
    await putOnDuty(t, 'jinjiang', ['2026-09-29'], [['lawyer']]);
    const woman = (await http().post('/api/auth/guest').expect(200)).body.token as string;
    await book(t, woman, {
      slotId: await slotId(t, 'jinjiang', '2026-09-29', '08:00', 'legal'),
      needs: ['with_child'],
    }).expect(201);
  });
  afterAll(() => t.close());

  it('exports records with Chinese headers and values, and the codes in extra columns', async () => {
    const response = await http()
      .get('/api/admin/records/export?from=2026-09-01&to=2026-09-30&centre=jinjiang')
      .set(as(admin))
      .expect(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="records-jinjiang-2026-09-01-2026-09-30.csv"',
    );
    const [header, ...rows] = csvRows(response.text);
    expect(header).toEqual([
      '日期',
      '中心',
      '方式',
      '类别',
      '服务',
      '转介',
      '需跟进',
      '时长（分钟）',
      '接待人员',
      '年龄段',
      '居住地',
      '强制报告',
      '中心代码',
      '方式代码',
      '类别代码',
      '服务代码',
      '转介代码',
      '接待人员代码',
      '年龄段代码',
      '居住地代码',
    ]);
    expect(rows).toContainEqual([
      '2026-09-10',
      '晋江市',
      '来访',
      '家庭暴力',
      '法律咨询、陪同',
      '公安机关',
      '是',
      '45',
      '心理咨询师',
      '40–49 岁',
      '泉州市外',
      '否',
      'jinjiang',
      'walk_in',
      'domestic_violence',
      'legal_advice accompaniment',
      'police',
      'counsellor',
      '40_49',
      'outside_quanzhou',
    ]);
  });

  it('exports bookings and the report breakdowns with labels', async () => {
    const bookings = await http()
      .get('/api/admin/bookings/export?from=2026-09-01&to=2026-09-30')
      .set(as(admin))
      .expect(200);
    const [header, ...rows] = csvRows(bookings.text);
    expect(header).toEqual([
      '日期',
      '开始时间',
      '中心',
      '服务',
      '状态',
      '特殊需要',
      '已登记',
      '中心代码',
      '服务代码',
      '状态代码',
    ]);
    expect(rows).toEqual([
      ['2026-09-29', '08:00', '晋江市', '法律咨询', '待确认', '会带孩子一起来', '否', 'jinjiang', 'legal', 'pending'],
    ]);

    const report = await http()
      .get('/api/admin/reports/export?format=csv&from=2026-09&to=2026-09&centre=jinjiang')
      .set(as(admin))
      .expect(200);
    const lines = csvRows(report.text);
    expect(lines).toContainEqual(['分类', '数量', '代码']);
    expect(lines).toContainEqual(['家庭暴力', '*', 'domestic_violence']);
    expect(lines).toContainEqual(['转介', '数量', '代码']);
    expect(lines).toContainEqual(['公安机关', '*', 'police']);
    const xlsx = await http()
      .get('/api/admin/reports/export?format=xlsx&from=2026-09&to=2026-09&centre=jinjiang')
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
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const services = workbook.getWorksheet('服务')!;
    const cells = [2, 3, 4].map((row) => [1, 3].map((column) => services.getRow(row).getCell(column).value));
    expect(cells).toEqual(expect.arrayContaining([['心理疏导', 'counselling']]));
  });

  it('names only known centre codes in file names, and refuses anything else naming the field', async () => {
    for (const path of [
      '/api/admin/records/export?from=2026-09-01&to=2026-09-30',
      '/api/admin/bookings/export?from=2026-09-01&to=2026-09-30',
      '/api/admin/reports/export?format=csv&from=2026-09&to=2026-09',
      '/api/admin/reports?from=2026-09&to=2026-09',
    ]) {
      for (const centre of ['nowhere', 'x"; filename="evil.html', '../jinjiang']) {
        const refused = await http()
          .get(`${path}&centre=${encodeURIComponent(centre)}`)
          .set(as(admin))
          .expect(400);
        expect(refused.headers['content-disposition']).toBeUndefined();
        expect(refused.body.fields).toEqual([{ field: 'centre', reason: 'is not a centre code' }]);
      }
    }
    const all = await http().get('/api/admin/bookings/export?from=2026-09-01&to=2026-09-30').set(as(admin)).expect(200);
    expect(all.headers['content-disposition']).toBe('attachment; filename="bookings-all-2026-09-01-2026-09-30.csv"');
  });

  it('shows audit actions as words, and filters only by actions that exist', async () => {
    const log = (await http().get('/api/admin/audit?from=2026-01-01&to=2030-12-31').set(as(admin)).expect(200))
      .body as AuditListDto;
    const exportEntry = log.items.find((e) => e.action === 'export');
    expect(exportEntry?.actionLabel).toBe('导出数据');
    expect(log.items.every((e) => /[\u4e00-\u9fff]/.test(e.actionLabel))).toBe(true);
    const filtered = (
      await http().get('/api/admin/audit?from=2026-01-01&to=2030-12-31&action=export').set(as(admin)).expect(200)
    ).body as AuditListDto;
    expect(filtered.items.length).toBeGreaterThan(0);
    // The console's example filter value is a real action.
    expect(AUDIT_ACTIONS).toContain('roster.change');
    const refused = await http()
      .get('/api/admin/audit?from=2026-01-01&to=2030-12-31&action=roster.set')
      .set(as(admin))
      .expect(400);
    expect(refused.body.fields).toEqual([
      { field: 'action', reason: expect.stringContaining('roster.change') as string },
    ]);
  });
});
