import { useMemo, useState } from 'react';
import { shanghaiToday } from '../../../domain/dates';
import { ReportChart } from '../components/ReportChart';
import { ReportBreakdowns, ReportMonthTable } from '../components/ReportTables';
import { CentreSelect, ExportButton, Field, LoadState, Notice, SectionTitle } from '../components/ui';
import { centreName, useAdmin } from '../context';
import { useLoad } from '../hooks';
import { chartSeries } from '../logic/report-table';
import { COMMON, SUPPRESSED_NOTE } from '../texts';
import { getReport } from '../../../services/admin-api.generated';
import { downloadReport } from '../../../services/admin-api';

export function ReportsSection() {
  const { api, centre, setCentre, centres } = useAdmin();
  const thisMonth = shanghaiToday().slice(0, 7);
  const [from, setFrom] = useState(`${thisMonth.slice(0, 4)}-01`);
  const [to, setTo] = useState(thisMonth);
  const valid = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to) && from <= to;
  const period = { from, to, centre: centre || undefined };
  const loaded = useLoad(
    () => getReport(api, { from, to, centre: centre || undefined }),
    [api, from, to, centre],
    valid,
  );
  const report = loaded.data;
  const series = useMemo(() => (report ? chartSeries(report) : undefined), [report]);

  return (
    <>
      <SectionTitle>统计报表</SectionTitle>
      <div className="admin-filters" role="search" aria-label="选择统计范围">
        <CentreSelect value={centre} onChange={setCentre} allowAll testId="report-centre" />
        <Field label="起始月份">
          <input
            className="admin-input"
            type="month"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            data-testid="report-from"
          />
        </Field>
        <Field label="结束月份">
          <input
            className="admin-input"
            type="month"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            data-testid="report-to"
          />
        </Field>
        <ExportButton
          label={COMMON.exportCsv}
          fetchFile={() => downloadReport(api, 'csv', period)}
          testId="report-export-csv"
        />
        <ExportButton
          label={COMMON.exportXlsx}
          fetchFile={() => downloadReport(api, 'xlsx', period)}
          testId="report-export-xlsx"
        />
      </div>
      {!valid ? <Notice tone="error">请选择起始和结束月份（起始不晚于结束）。</Notice> : null}
      <LoadState loading={loaded.loading && !report} error={loaded.error} reload={loaded.reload} />
      {report ? (
        <div data-testid="report">
          <p data-testid="report-scope">
            统计范围：{report.centreCode ? centreName(centres, report.centreCode) : '全市各中心合计'}，{from} 至 {to}
            {report.scope === 'city'
              ? '（市级报表：小数字已隐藏，可对外报送）'
              : '（本中心内部报表：数字完整，对外报送前请注意保护当事人）'}
          </p>
          {report.suppressed ? <Notice testId="report-suppressed">{SUPPRESSED_NOTE}</Notice> : null}
          <ReportMonthTable report={report} />
          {series ? <ReportChart data={series} /> : null}
          <ReportBreakdowns report={report} />
        </div>
      ) : null}
    </>
  );
}
