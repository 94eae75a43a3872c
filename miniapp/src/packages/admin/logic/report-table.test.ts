import { sampleReport } from './report-fixture';
import { breakdownRows, chartSeries, formatCount, monthRows } from './report-table';

describe('report tables', () => {
  it('shows a hidden small number as "*", and a real zero as 0', () => {
    expect(formatCount(null)).toBe('*');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1390)).toBe('1390');
  });

  it('has one row per month and the totals last, in the export column order', () => {
    const rows = monthRows(sampleReport());
    expect(rows.map((row) => row.label)).toEqual(['2026年3月', '2026年4月', '合计']);
    expect(rows[0]!.cells.map((cell) => cell.key)).toEqual([
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
    ]);
    expect(rows[0]!.cells.find((cell) => cell.key === 'bookingsNoShow')).toEqual({
      key: 'bookingsNoShow',
      text: '*',
      suppressed: true,
    });
    expect(rows[1]!.cells.find((cell) => cell.key === 'visits')).toEqual({
      key: 'visits',
      text: '0',
      suppressed: false,
    });
    expect(rows[1]!.cells.find((cell) => cell.key === 'events')?.text).toBe('*');
    expect(rows[2]!.cells.find((cell) => cell.key === 'events')?.text).toBe('12');
  });

  it('labels breakdowns and puts the biggest first, hidden ones after the shown ones', () => {
    expect(
      breakdownRows(sampleReport().byCategory, { marriage_family: '婚姻家庭', domestic_violence: '家庭暴力' }),
    ).toEqual([
      { key: 'marriage_family', label: '婚姻家庭', text: '20', suppressed: false },
      { key: 'labour', label: 'labour', text: '0', suppressed: false },
      { key: 'domestic_violence', label: '家庭暴力', text: '*', suppressed: true },
    ]);
  });

  it('charts hidden counts as gaps, never as zeros', () => {
    const chart = chartSeries(sampleReport());
    expect(chart.months).toEqual(['2026年3月', '2026年4月']);
    expect(chart.series.find((series) => series.name === '普法宣传活动')?.data).toEqual([9, null]);
    expect(chart.series.find((series) => series.name === '来访')?.data).toEqual([28, 0]);
  });
});
