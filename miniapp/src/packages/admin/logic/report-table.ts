import type { Count, Report, ReportBreakdownRow, ReportFigures } from '../../../services/admin-api';
import { REPORT_MEASURES, SUPPRESSED_TEXT } from '../texts';

// The report as tables. A null count is a small number the server hid: it is "*", never 0 and
// never left blank, so nobody reads a hidden case as "none".

export function formatCount(count: Count): string {
  return count === null ? SUPPRESSED_TEXT : String(count);
}

export interface TableRow {
  key: string;
  label: string;
  cells: { key: string; text: string; suppressed: boolean }[];
}

function cellsOf(figures: ReportFigures): TableRow['cells'] {
  return REPORT_MEASURES.map(({ key }) => ({
    key,
    text: formatCount(figures[key]),
    suppressed: figures[key] === null,
  }));
}

/** '2026-03' → '2026年3月' */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return `${year}年${monthNumber}月`;
}

/** One row per month, then the totals. */
export function monthRows(report: Report): TableRow[] {
  return [
    ...report.months.map((month) => ({ key: month.month, label: monthLabel(month.month), cells: cellsOf(month) })),
    { key: 'total', label: '合计', cells: cellsOf(report.totals) },
  ];
}

/** A breakdown (by category, service or referral) with labels, biggest first; hidden counts last. */
export function breakdownRows(
  rows: ReportBreakdownRow[],
  labels: Record<string, string>,
): { key: string; label: string; text: string; suppressed: boolean }[] {
  return [...rows]
    .sort((a, b) => (b.count ?? -1) - (a.count ?? -1))
    .map((row) => ({
      key: row.key,
      label: labels[row.key] ?? row.key,
      text: formatCount(row.count),
      suppressed: row.count === null,
    }));
}

export interface ChartSeries {
  months: string[];
  series: { name: string; data: (number | null)[] }[];
}

/** What the chart draws: visits, calls and events per month (hidden counts are gaps, not zeros). */
export function chartSeries(report: Report): ChartSeries {
  const measures: (keyof ReportFigures)[] = ['visits', 'calls', 'events'];
  return {
    months: report.months.map((month) => monthLabel(month.month)),
    series: measures.map((key) => ({
      name: REPORT_MEASURES.find((measure) => measure.key === key)?.label ?? key,
      data: report.months.map((month) => month[key]),
    })),
  };
}
