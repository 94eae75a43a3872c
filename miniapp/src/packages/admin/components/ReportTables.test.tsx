import { render, screen, within } from '@testing-library/react';
import { sampleReport } from '../logic/report-fixture';
import { ReportBreakdowns, ReportMonthTable } from './ReportTables';

describe('report tables', () => {
  it('render hidden small numbers as "*" and zeros as 0', () => {
    render(<ReportMonthTable report={sampleReport()} />);
    const april = within(screen.getByTestId('report-row-2026-04'));
    const cell = (key: string) =>
      april.getAllByRole('cell').find((element) => element.getAttribute('data-key') === key);
    expect(cell('visits')).toHaveTextContent(/^0$/);
    expect(cell('events')).toHaveTextContent('*');
    expect(cell('events')).toHaveClass('admin-cell--suppressed');
    expect(within(screen.getByTestId('report-row-total')).getByRole('rowheader')).toHaveTextContent('合计');
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      '月份',
      '来访',
      '来电',
      '预约',
      '预约确认',
      '预约完成',
      '未到',
      '回电请求',
      '普法宣传活动',
      '宣传覆盖人数',
      '受益人数',
    ]);
  });

  it('explain 受益人数 where it is shown (events’ reach + visits + calls)', () => {
    render(<ReportMonthTable report={sampleReport()} />);

    const header = screen.getAllByRole('columnheader').find((element) => element.textContent === '受益人数');
    expect(screen.getByTestId('report-explained-beneficiaries')).toHaveTextContent(
      '受益人数 = 宣传覆盖人数 + 来访 + 来电',
    );
    expect(header).toHaveAccessibleDescription(/宣传覆盖人数 \+ 来访 \+ 来电/);
  });

  it('label the breakdowns in Chinese', () => {
    render(<ReportBreakdowns report={sampleReport()} />);
    const categories = within(screen.getByTestId('report-byCategory'));
    expect(categories.getByText('婚姻家庭')).toBeInTheDocument();
    expect(categories.getByText('家庭暴力').closest('tr')).toHaveTextContent('*');
    expect(within(screen.getByTestId('report-byReferral')).getByText('公安机关').closest('tr')).toHaveTextContent('*');
  });
});
