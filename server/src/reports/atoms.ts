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

export const BREAKDOWNS = ['byCategory', 'byService', 'byReferral'] as const;
export type BreakdownName = (typeof BREAKDOWNS)[number];

export interface ReportInput {
  months: string[];
  records: {
    date: string;
    centreCode: string;
    channel: string;
    category: string;
    services: string[];
    referrals: string[];
  }[];
  bookings: { date: string; centreCode: string; status: string }[];
  callbacks: { month: string; centreCode: string }[];
  events: { date: string; centreCode: string; reached: number }[];
}

/**
 * The smallest unit every report is summed from: one centre's figures in one month. Suppression decides once per
 * atom what may be shown, so every report (any months, any centres, on screen or exported) sums the same cells.
 */
export interface Atom<T = number> {
  centreCode: string;
  month: string;
  metrics: MetricCounts<T>;
  breakdowns: Record<BreakdownName, Map<string, T>>;
}

const VISIT_CHANNELS = ['walk_in', 'booking'];
const CALL_CHANNELS = ['hotline_12338', 'callback'];
const CONFIRMED = ['confirmed', 'arrived', 'completed'];

function countBy(keysPerRecord: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  keysPerRecord.flat().forEach((key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  return counts;
}

/**
 * The Federation's figures per centre and month: visits and calls (from the anonymized records), bookings,
 * callbacks, publicity events and the people they reached; beneficiaries = people reached by events + people
 * served. Only centre × month pairs with something in them get an atom (the rest are zeros).
 */
export function buildAtoms(input: ReportInput): Atom[] {
  const months = new Set(input.months);
  const keys = new Set<string>();
  const keyOf = (centreCode: string, date: string) => {
    const key = `${centreCode}|${date.slice(0, 7)}`;
    if (months.has(date.slice(0, 7))) {
      keys.add(key);
    }
    return key;
  };
  const group = <T extends { centreCode: string }>(rows: T[], dateOf: (row: T) => string) => {
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row.centreCode, dateOf(row));
      grouped.set(key, [...(grouped.get(key) ?? []), row]);
    }
    return grouped;
  };
  const records = group(input.records, (r) => r.date);
  const bookings = group(input.bookings, (b) => b.date);
  const callbacks = group(input.callbacks, (c) => c.month);
  const events = group(input.events, (e) => e.date);
  return [...keys].sort().map((key) => {
    const [centreCode = '', month = ''] = key.split('|');
    const rs = records.get(key) ?? [];
    const bs = bookings.get(key) ?? [];
    const es = events.get(key) ?? [];
    const visits = rs.filter((r) => VISIT_CHANNELS.includes(r.channel)).length;
    const calls = rs.filter((r) => CALL_CHANNELS.includes(r.channel)).length;
    const peopleReached = es.reduce((sum, e) => sum + e.reached, 0);
    return {
      centreCode,
      month,
      metrics: {
        visits,
        calls,
        bookingsMade: bs.length,
        bookingsConfirmed: bs.filter((b) => CONFIRMED.includes(b.status)).length,
        bookingsCompleted: bs.filter((b) => b.status === 'completed').length,
        bookingsNoShow: bs.filter((b) => b.status === 'no_show').length,
        callbacks: (callbacks.get(key) ?? []).length,
        events: es.length,
        peopleReached,
        beneficiaries: peopleReached + visits + calls,
      },
      breakdowns: {
        byCategory: countBy(rs.map((r) => [r.category])),
        byService: countBy(rs.map((r) => r.services)),
        byReferral: countBy(rs.map((r) => r.referrals)),
      },
    };
  });
}
