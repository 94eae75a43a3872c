import { invalidField } from '../common/errors/validation.js';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuditService } from '../audit/audit.service.js';
import {
  addDays,
  AGE_BAND_LABELS,
  BOOKABLE_SERVICE_LABELS,
  BOOKING_STATUS_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  lastDayOfMonth,
  monthsBetween,
  NEED_LABELS,
  OUTSIDE_AREA_LABELS,
  PROFESSION_LABELS,
  RECORD_SERVICE_LABELS,
  REFERRAL_LABELS,
  shanghaiClock,
  shanghaiInstant,
} from '@wac/rules';
import { assertManagesCentre } from '../common/admin-scope.js';
import { staffCentreScope, type StaffPrincipal } from '../identity/principal.js';
import { toCsv } from './csv.js';
import { AUDIT_ACTION_LABELS } from '../audit/audit-labels.js';
import { labelOf, labelsOf, yesNo } from './export-labels.js';
import type {
  AuditListDto,
  AuditQueryDto,
  BookingsExportQueryDto,
  BreakdownDto,
  ExportQueryDto,
  ReportDto,
  ReportQueryDto,
} from './dto/report.dto.js';
import { buildReport, MONTH_METRICS, suppressedReport, type ReportInput } from './report.js';
import { ReportsRepository } from './reports.repository.js';

const MAX_MONTHS = 24;
const METRIC_LABELS: Record<(typeof MONTH_METRICS)[number], string> = {
  visits: '来访',
  calls: '来电',
  bookingsMade: '预约',
  bookingsConfirmed: '预约确认',
  bookingsCompleted: '预约完成',
  bookingsNoShow: '未到',
  callbacks: '回电请求',
  events: '普法宣传活动',
  peopleReached: '宣传覆盖人数',
  beneficiaries: '受益人数',
};

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** A hidden count: a small one (1–4), or one that would let the total give a small one away. */
const HIDDEN = '*';
const hiddenNote = (smallestShown: number) =>
  `* 为保护当事人而不显示的数字：1 至 ${smallestShown - 1} 的小数字，以及可能被用来从合计反推出它们的数字。`;
const shown = (value: number | null) => (value === null ? HIDDEN : value);

@Injectable()
export class ReportsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reports: ReportsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The Federation's figures; what the city level sees has small counts hidden. */
  async report(admin: StaffPrincipal, query: ReportQueryDto): Promise<ReportDto> {
    // One past the limit, to tell a period that is too long from one that just fits.
    const months = monthsBetween(query.from, query.to, MAX_MONTHS + 1);
    if (months.length === 0 || months.length > MAX_MONTHS) {
      throw invalidField('to', `must be on or after from, at most ${MAX_MONTHS} months`);
    }
    const centreCode = await this.centreScope(admin, query.centre);
    // The check above leaves `months` running from query.from to query.to.
    const from = `${query.from}-01`;
    const to = lastDayOfMonth(query.to);
    const [records, bookings, callbacks, events] = await Promise.all([
      this.reports.records(from, to, centreCode),
      this.reports.bookings(from, to, centreCode),
      this.reports.callbacksCreated(
        shanghaiInstant(from, '00:00'),
        shanghaiInstant(addDays(to, 1), '00:00'),
        centreCode,
      ),
      this.reports.events(from, to, centreCode),
    ]);
    const input: ReportInput = {
      months,
      records,
      bookings,
      callbacks: callbacks.map((c) => ({
        month: shanghaiClock(c.createdAt).date.slice(0, 7),
        centreCode: c.centreCode,
      })),
      events,
    };
    const cityLevel = admin.role === 'city_admin';
    return {
      scope: cityLevel ? 'city' : 'centre',
      centreCode: centreCode ?? null,
      suppressed: cityLevel,
      ...(cityLevel ? suppressedReport(input, this.config.reportSmallestShown) : buildReport(input)),
    };
  }

  /**
   * The centre a query covers (a centre admin: always their own), refused unless it is a known centre code: it
   * goes into file names and the audit log, so nothing she typed may reach them as it is.
   */
  private async centreScope(admin: StaffPrincipal, requested: string | undefined): Promise<string | undefined> {
    if (requested) {
      assertManagesCentre(admin, requested);
      if (!(await this.reports.centreNames()).has(requested)) {
        throw invalidField('centre', 'is not a centre code');
      }
    }
    return staffCentreScope(admin, requested).centreCode;
  }

  async exportReport(admin: StaffPrincipal, query: ReportQueryDto, format: 'csv' | 'xlsx'): Promise<ExportFile> {
    const report = await this.report(admin, query);
    const header = ['月份', ...MONTH_METRICS.map((m) => METRIC_LABELS[m])];
    const table = [
      header,
      ...report.months.map((m) => [m.month, ...MONTH_METRICS.map((metric) => shown(m[metric]))]),
      ['合计', ...MONTH_METRICS.map((metric) => shown(report.totals[metric]))],
    ];
    const breakdowns = [
      ['分类', report.byCategory, CATEGORY_LABELS],
      ['服务', report.byService, RECORD_SERVICE_LABELS],
      ['转介', report.byReferral, REFERRAL_LABELS],
    ] as const;
    const breakdownRows = (rows: BreakdownDto[], labels: Record<string, string>) =>
      rows.map((r) => [labelOf(labels, r.key), shown(r.count), r.key]);
    const name = `report-${report.centreCode ?? 'all'}-${query.from}-${query.to}`;
    await this.audit.record(admin, 'export', { type: 'report', id: name, centreCode: report.centreCode });
    if (format === 'csv') {
      const note = report.suppressed ? [[hiddenNote(this.config.reportSmallestShown)]] : [];
      const rows = [
        ...table,
        [],
        ...breakdowns.flatMap(([title, rows, labels]) => [[title, '数量', '代码'], ...breakdownRows(rows, labels), []]),
        ...note,
      ];
      return { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(rows) };
    }
    // exceljs is large: loaded on the first export, not at every server start.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheetNote = [[], [hiddenNote(this.config.reportSmallestShown)]];
    workbook.addWorksheet('月度统计').addRows(report.suppressed ? [...table, ...sheetNote] : table);
    for (const [title, rows, labels] of breakdowns) {
      workbook.addWorksheet(title).addRows([[title, '数量', '代码'], ...breakdownRows(rows, labels)]);
    }
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    return {
      filename: `${name}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
    };
  }

  /** Bookings in the console's words (codes at the right): no topic (her own words) and nothing that identifies her. */
  async exportBookings(admin: StaffPrincipal, query: BookingsExportQueryDto): Promise<ExportFile> {
    const centreCode = await this.centreScope(admin, query.centre);
    const [bookings, centres] = await Promise.all([
      this.reports.bookings(query.from, query.to, centreCode, { status: query.status, service: query.service }),
      this.reports.centreNames(),
    ]);
    await this.audit.record(admin, 'export', {
      type: 'bookings',
      id: `${query.from}..${query.to}`,
      centreCode: centreCode ?? null,
    });
    const rows = [
      ['日期', '开始时间', '中心', '服务', '状态', '特殊需要', '已登记', '中心代码', '服务代码', '状态代码'],
      ...bookings.map((b) => [
        b.date,
        b.startTime,
        labelOf(Object.fromEntries(centres), b.centreCode),
        labelOf(BOOKABLE_SERVICE_LABELS, b.service),
        labelOf(BOOKING_STATUS_LABELS, b.status),
        labelsOf(NEED_LABELS, b.needs ?? []),
        yesNo(b.recorded),
        b.centreCode,
        b.service,
        b.status,
      ]),
    ];
    return {
      filename: `bookings-${centreCode ?? 'all'}-${query.from}-${query.to}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv(rows),
    };
  }

  /** Anonymized records in the console's words (codes at the right); the free-text note never leaves the system. */
  async exportRecords(admin: StaffPrincipal, query: ExportQueryDto): Promise<ExportFile> {
    const centreCode = await this.centreScope(admin, query.centre);
    const [records, centres] = await Promise.all([
      this.reports.records(query.from, query.to, centreCode),
      this.reports.centreNames(),
    ]);
    await this.audit.record(admin, 'export', {
      type: 'records',
      id: `${query.from}..${query.to}`,
      centreCode: centreCode ?? null,
    });
    const centreLabels = Object.fromEntries(centres);
    const areaLabels = { ...centreLabels, ...OUTSIDE_AREA_LABELS };
    const header = [
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
    ];
    const rows = records.map((r) => [
      r.date,
      labelOf(centreLabels, r.centreCode),
      labelOf(CHANNEL_LABELS, r.channel),
      labelOf(CATEGORY_LABELS, r.category),
      labelsOf(RECORD_SERVICE_LABELS, r.services),
      labelsOf(REFERRAL_LABELS, r.referrals),
      yesNo(r.followUpNeeded),
      r.durationMinutes,
      labelOf(PROFESSION_LABELS, r.helperProfession),
      labelOf(AGE_BAND_LABELS, r.ageBand),
      labelOf(areaLabels, r.area),
      yesNo(r.mandatoryReport),
      r.centreCode,
      r.channel,
      r.category,
      r.services.join(' '),
      r.referrals.join(' '),
      r.helperProfession,
      r.ageBand,
      r.area,
    ]);
    return {
      filename: `records-${centreCode ?? 'all'}-${query.from}-${query.to}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv([header, ...rows]),
    };
  }

  async auditLog(admin: StaffPrincipal, query: AuditQueryDto): Promise<AuditListDto> {
    const centreCode = await this.centreScope(admin, query.centre);
    const entries = await this.reports.audit(
      shanghaiInstant(query.from, '00:00'),
      shanghaiInstant(addDays(query.to, 1), '00:00'),
      { action: query.action, centreCode },
    );
    return {
      items: entries.map((e) => ({
        at: e.at.toISOString(),
        actorUsername: e.actorUsername,
        action: e.action,
        actionLabel: AUDIT_ACTION_LABELS[e.action] ?? e.action,
        targetType: e.targetType,
        targetId: e.targetId,
        centreCode: e.centreCode,
      })),
    };
  }
}
