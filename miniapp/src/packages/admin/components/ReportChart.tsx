import { useEffect, useRef, useState } from 'react';
import type { ChartSeries } from '../logic/report-table';

const COLOURS = ['#1d4f91', '#b35c00', '#2e7d32'];

/** A bar chart of visits, calls and events per month (ECharts, SVG). The same numbers are in the table above it. */
export function ReportChart({ data }: { data: ChartSeries }) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let dispose: (() => void) | undefined;
    let onResize: (() => void) | undefined;
    import(/* webpackChunkName: "admin-echarts" */ './echarts-setup')
      .then(({ echarts }) => {
        if (disposed || !container.current) {
          return;
        }
        const chart = echarts.init(container.current, undefined, { renderer: 'svg' });
        chart.setOption({
          aria: { enabled: true },
          animation: false,
          color: COLOURS,
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 48, right: 16, top: 40, bottom: 32 },
          xAxis: { type: 'category', data: data.months },
          yAxis: { type: 'value', minInterval: 1 },
          series: data.series.map((series) => ({ type: 'bar', name: series.name, data: series.data, barMaxWidth: 28 })),
        });
        onResize = () => chart.resize();
        window.addEventListener('resize', onResize);
        dispose = () => chart.dispose();
      })
      .catch(() => !disposed && setFailed(true));
    return () => {
      disposed = true;
      if (onResize) {
        window.removeEventListener('resize', onResize);
      }
      dispose?.();
    };
  }, [data]);

  if (failed) {
    return <p className="admin-muted">图表未能加载，数据请看上表。</p>;
  }
  return (
    <div
      ref={container}
      className="admin-chart"
      role="img"
      aria-label="图表：各月来访、来电与普法活动次数（数据与上表相同）"
      data-testid="report-chart"
    />
  );
}
