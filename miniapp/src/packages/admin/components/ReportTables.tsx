import type { Report } from '../../../services/admin-api';
import { breakdownRows, monthRows } from '../logic/report-table';
import { CATEGORY_LABELS, RECORD_SERVICE_LABELS, REFERRAL_LABELS, REPORT_MEASURES, SUPPRESSED_NOTE } from '../texts';

/** Month by month, with the totals as the last row; hidden small numbers read "*". */
export function ReportMonthTable({ report }: { report: Report }) {
  const explained = REPORT_MEASURES.filter((measure) => measure.explained);
  return (
    <>
      <table className="admin-table admin-table--numbers" data-testid="report-table">
        <caption>按月统计</caption>
        <thead>
          <tr>
            <th scope="col">月份</th>
            {REPORT_MEASURES.map((measure) => (
              <th
                key={measure.key}
                scope="col"
                data-key={measure.key}
                title={measure.explained}
                aria-describedby={measure.explained ? `report-explained-${measure.key}` : undefined}
              >
                {measure.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthRows(report).map((row) => (
            <tr
              key={row.key}
              data-testid={`report-row-${row.key}`}
              className={row.key === 'total' ? 'admin-row--total' : undefined}
            >
              <th scope="row">{row.label}</th>
              {row.cells.map((cell) => (
                <td
                  key={cell.key}
                  data-key={cell.key}
                  className={cell.suppressed ? 'admin-cell--suppressed' : undefined}
                  title={cell.suppressed ? SUPPRESSED_NOTE : undefined}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {explained.map((measure) => (
        <p
          key={measure.key}
          id={`report-explained-${measure.key}`}
          className="admin-muted"
          data-testid={`report-explained-${measure.key}`}
        >
          {measure.explained}
        </p>
      ))}
    </>
  );
}

const BREAKDOWNS = [
  { key: 'byCategory', title: '按类别', labels: CATEGORY_LABELS },
  { key: 'byService', title: '按服务', labels: RECORD_SERVICE_LABELS },
  { key: 'byReferral', title: '按转介', labels: REFERRAL_LABELS },
] as const;

export function ReportBreakdowns({ report }: { report: Report }) {
  return (
    <div className="admin-breakdowns">
      {BREAKDOWNS.map((breakdown) => (
        <table key={breakdown.key} className="admin-table admin-table--numbers" data-testid={`report-${breakdown.key}`}>
          <caption>{breakdown.title}</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">次数</th>
            </tr>
          </thead>
          <tbody>
            {report[breakdown.key].length === 0 ? (
              <tr>
                <td colSpan={2}>无</td>
              </tr>
            ) : null}
            {breakdownRows(report[breakdown.key], breakdown.labels).map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{row.label}</th>
                <td className={row.suppressed ? 'admin-cell--suppressed' : undefined}>{row.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
