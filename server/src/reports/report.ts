import { suppressGroup } from './suppression.js';

export const MONTH_METRICS = [
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
export type MonthMetric = (typeof MONTH_METRICS)[number];
export type MetricCounts<T = number> = Record<MonthMetric, T>;

export interface ReportInput {
  months: string[];
  records: { date: string; channel: string; category: string; services: string[]; referrals: string[] }[];
  bookings: { date: string; status: string }[];
  callbacks: { month: string }[];
  events: { date: string; reached: number }[];
}

export interface Breakdown<T = number> {
  key: string;
  count: T;
}

export interface Report<T = number> {
  months: ({ month: string } & MetricCounts<T>)[];
  totals: MetricCounts<T>;
  byCategory: Breakdown<T>[];
  byService: Breakdown<T>[];
  byReferral: Breakdown<T>[];
}

const VISIT_CHANNELS = ['walk_in', 'booking'];
const CALL_CHANNELS = ['hotline_12338', 'callback'];
const CONFIRMED = ['confirmed', 'arrived', 'completed'];

/**
 * The Federation's figures per month: visits and calls (from the anonymized records), bookings, callbacks,
 * publicity events and the people they reached; beneficiaries = people reached by events + people served.
 */
export function buildReport(input: ReportInput): Report {
  const inMonth = (date: string, month: string) => date.startsWith(month);
  const months = input.months.map((month) => {
    const records = input.records.filter((r) => inMonth(r.date, month));
    const bookings = input.bookings.filter((b) => inMonth(b.date, month));
    const events = input.events.filter((e) => inMonth(e.date, month));
    const visits = records.filter((r) => VISIT_CHANNELS.includes(r.channel)).length;
    const calls = records.filter((r) => CALL_CHANNELS.includes(r.channel)).length;
    const peopleReached = events.reduce((sum, e) => sum + e.reached, 0);
    return {
      month,
      visits,
      calls,
      bookingsMade: bookings.length,
      bookingsConfirmed: bookings.filter((b) => CONFIRMED.includes(b.status)).length,
      bookingsCompleted: bookings.filter((b) => b.status === 'completed').length,
      bookingsNoShow: bookings.filter((b) => b.status === 'no_show').length,
      callbacks: input.callbacks.filter((c) => c.month === month).length,
      events: events.length,
      peopleReached,
      beneficiaries: peopleReached + visits + calls,
    };
  });
  const totals = Object.fromEntries(
    MONTH_METRICS.map((metric) => [metric, months.reduce((sum, m) => sum + m[metric], 0)]),
  ) as MetricCounts;
  return {
    months,
    totals,
    byCategory: countBy(input.records.map((r) => [r.category])),
    byService: countBy(input.records.map((r) => r.services)),
    byReferral: countBy(input.records.map((r) => r.referrals)),
  };
}

function countBy(keysPerRecord: string[][]): Breakdown[] {
  const counts = new Map<string, number>();
  keysPerRecord.flat().forEach((key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * The report as the city level may see it: small counts hidden per column of the month table and per breakdown
 * (see suppressGroup). Beneficiaries are a sum of other columns, so a month's beneficiaries are hidden whenever one
 * of its parts is, or subtracting would give the hidden part back.
 */
export function suppressReport(report: Report): Report<number | null> {
  const columns = Object.fromEntries(
    MONTH_METRICS.map((metric) => [metric, suppressGroup(report.months.map((m) => m[metric]))]),
  ) as Record<MonthMetric, ReturnType<typeof suppressGroup>>;
  const months = report.months.map((m, row) => {
    const cells = Object.fromEntries(
      MONTH_METRICS.map((metric) => [metric, columns[metric].values[row] ?? null]),
    ) as MetricCounts<number | null>;
    if (cells.visits === null || cells.calls === null || cells.peopleReached === null) {
      cells.beneficiaries = null;
    }
    return { month: m.month, ...cells };
  });
  const totals = Object.fromEntries(MONTH_METRICS.map((metric) => [metric, columns[metric].total])) as MetricCounts<
    number | null
  >;
  if (totals.visits === null || totals.calls === null || totals.peopleReached === null) {
    totals.beneficiaries = null;
  }
  const breakdown = (rows: Breakdown[]) => {
    const { values } = suppressGroup(rows.map((r) => r.count));
    return rows.map((r, i) => ({ key: r.key, count: values[i] ?? null }));
  };
  return {
    months,
    totals,
    byCategory: breakdown(report.byCategory),
    byService: breakdown(report.byService),
    byReferral: breakdown(report.byReferral),
  };
}
