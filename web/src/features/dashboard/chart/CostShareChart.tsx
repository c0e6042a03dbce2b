import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { DashboardMonth } from '../../../api/types';
import { formatMonth } from '../../../dates/format-date';
import { useI18n } from '../../../i18n/I18nProvider';
import { toChartNumber } from '../../../money/chart-number';
import {
  formatCompact,
  formatMoney,
  formatPercent,
} from '../../../money/format';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const colors = { netSales: '#1f5fbf', rebateCost: '#f0a020', share: '#c03030' };

export interface CostShareChartProps {
  months: DashboardMonth[];
  currency: string;
}

interface AxisPoint {
  dataIndex: number;
}

/**
 * Net sales and rebate cost by month as bars, each on its own axis (the cost
 * is a few percent of the sales), and the cost's share of sales as a line.
 * Loaded on demand with ECharts.
 */
export default function CostShareChart({
  months,
  currency,
}: CostShareChartProps) {
  const { t, locale } = useI18n();
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);

    const names = {
      netSales: t('dashboard.netSales'),
      rebateCost: t('dashboard.rebateCost'),
      share: t('dashboard.sharePct'),
    };
    const compact = (value: number) => formatCompact(String(value), locale);
    // The tooltip shows the exact figures of the reply, never the floats.
    const tooltipOf = (points: AxisPoint[]) => {
      const month = months[points[0]?.dataIndex ?? -1];
      if (!month) return '';
      const share =
        month.sharePct === null ? '—' : formatPercent(month.sharePct, locale);

      return [
        `<b>${formatMonth(month.month, locale)}</b>`,
        `${names.netSales}: ${formatMoney(month.netSales, currency, locale)}`,
        `${names.rebateCost}: ${formatMoney(month.rebateCost, currency, locale)}`,
        `${names.share}: ${share}`,
      ].join('<br/>');
    };

    chart.setOption({
      animation: false,
      color: [colors.netSales, colors.rebateCost, colors.share],
      legend: { top: 0 },
      grid: { left: 64, right: 112, top: 40, bottom: 32 },
      tooltip: {
        trigger: 'axis',
        formatter: (points: AxisPoint[]) => tooltipOf(points),
      },
      xAxis: {
        type: 'category',
        data: months.map((month) => formatMonth(month.month, locale)),
      },
      yAxis: [
        {
          type: 'value',
          position: 'left',
          axisLabel: { formatter: compact, color: colors.netSales },
        },
        {
          type: 'value',
          position: 'right',
          splitLine: { show: false },
          axisLabel: { formatter: compact, color: colors.rebateCost },
        },
        {
          type: 'value',
          position: 'right',
          offset: 56,
          splitLine: { show: false },
          axisLabel: {
            formatter: (value: number) => formatPercent(String(value), locale),
            color: colors.share,
          },
        },
      ],
      series: [
        {
          name: names.netSales,
          type: 'bar',
          yAxisIndex: 0,
          data: months.map((month) => toChartNumber(month.netSales)),
        },
        {
          name: names.rebateCost,
          type: 'bar',
          yAxisIndex: 1,
          data: months.map((month) => toChartNumber(month.rebateCost)),
        },
        {
          name: names.share,
          type: 'line',
          yAxisIndex: 2,
          connectNulls: false,
          data: months.map((month) =>
            month.sharePct === null ? null : toChartNumber(month.sharePct),
          ),
        },
      ],
    });

    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [months, currency, locale, t]);

  return (
    <div
      ref={element}
      className="dashboard-chart"
      data-testid="cost-share-chart"
    />
  );
}
