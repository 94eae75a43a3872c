import { invalidField } from '../common/errors/validation.js';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuditService } from '../audit/audit.service.js';
import { addDays, lastDayOfMonth, monthsBetween, shanghaiClock, shanghaiInstant } from '../calendar/dates.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import { staffCentreScope, type StaffPrincipal } from '../identity/principal.js';
import { toCsv } from './csv.js';
import type {
  AuditListDto,
  AuditQueryDto,
  BookingsExportQueryDto,
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
const HIDDEN_NOTE = '* 为保护当事人而不显示的数字：1 至 4 的小数字，以及可能被用来从合计反推出它们的数字。';
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
    if (query.centre) {
      assertManagesCentre(admin, query.centre);
    }
    const centreCode = staffCentreScope(admin, query.centre).centreCode;
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

  async exportReport(admin: StaffPrincipal, query: ReportQueryDto, format: 'csv' | 'xlsx'): Promise<ExportFile> {
    const report = await this.report(admin, query);
    const header = ['月份', ...MONTH_METRICS.map((m) => METRIC_LABELS[m])];
    const table = [
      header,
      ...report.months.map((m) => [m.month, ...MONTH_METRICS.map((metric) => shown(m[metric]))]),
      ['合计', ...MONTH_METRICS.map((metric) => shown(report.totals[metric]))],
    ];
    const breakdowns = [
      ['分类', report.byCategory],
      ['服务', report.byService],
      ['转介', report.byReferral],
    ] as const;
    const name = `report-${report.centreCode ?? 'all'}-${query.from}-${query.to}`;
    await this.audit.record(admin, 'export', { type: 'report', id: name, centreCode: report.centreCode });
    if (format === 'csv') {
      const note = report.suppressed ? [[HIDDEN_NOTE]] : [];
      const rows = [
        ...table,
        [],
        ...breakdowns.flatMap(([title, rows]) => [[title, '数量'], ...rows.map((r) => [r.key, shown(r.count)]), []]),
        ...note,
      ];
      return { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(rows) };
    }
    // exceljs is large: loaded on the first export, not at every server start.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('月度统计').addRows(report.suppressed ? [...table, [], [HIDDEN_NOTE]] : table);
    for (const [title, rows] of breakdowns) {
      workbook.addWorksheet(title).addRows([[title, '数量'], ...rows.map((r) => [r.key, shown(r.count)])]);
    }
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    return {
      filename: `${name}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
    };
  }

  /** Bookings as coded rows: no topic (her own words) and nothing that identifies her. */
  async exportBookings(admin: StaffPrincipal, query: BookingsExportQueryDto): Promise<ExportFile> {
    const centreCode = staffCentreScope(admin, query.centre).centreCode;
    const bookings = await this.reports.bookings(query.from, query.to, centreCode, {
      status: query.status,
      service: query.service,
    });
    await this.audit.record(admin, 'export', {
      type: 'bookings',
      id: `${query.from}..${query.to}`,
      centreCode: centreCode ?? null,
    });
    const rows = [
      ['date', 'start', 'centre', 'service', 'status', 'needs', 'recorded'],
      ...bookings.map((b) => [
        b.date,
        b.startTime,
        b.centreCode,
        b.service,
        b.status,
        (b.needs ?? []).join(' '),
        b.recorded,
      ]),
    ];
    return {
      filename: `bookings-${centreCode ?? 'all'}-${query.from}-${query.to}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv(rows),
    };
  }

  /** Anonymized records as coded rows; the free-text note never leaves the system. */
  async exportRecords(admin: StaffPrincipal, query: ExportQueryDto): Promise<ExportFile> {
    const centreCode = staffCentreScope(admin, query.centre).centreCode;
    const records = await this.reports.records(query.from, query.to, centreCode);
    await this.audit.record(admin, 'export', {
      type: 'records',
      id: `${query.from}..${query.to}`,
      centreCode: centreCode ?? null,
    });
    const header = [
      'date',
      'centre',
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
    ];
    const rows = records.map((r) => [
      r.date,
      r.centreCode,
      r.channel,
      r.category,
      r.services.join(' '),
      r.referrals.join(' '),
      r.followUpNeeded,
      r.durationMinutes,
      r.helperProfession,
      r.ageBand,
      r.area,
      r.mandatoryReport,
    ]);
    return {
      filename: `records-${centreCode ?? 'all'}-${query.from}-${query.to}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv([header, ...rows]),
    };
  }

  async auditLog(admin: StaffPrincipal, query: AuditQueryDto): Promise<AuditListDto> {
    const centreCode = staffCentreScope(admin, query.centre).centreCode;
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
        targetType: e.targetType,
        targetId: e.targetId,
        centreCode: e.centreCode,
      })),
    };
  }
}
