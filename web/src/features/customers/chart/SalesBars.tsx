import { BarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { MonthlySales } from '../../../api/types';
import { formatMonthName } from '../../../dates/format-date';
import { useI18n } from '../../../i18n/I18nProvider';
import { toChartNumber } from '../../../money/chart-number';
import { formatCompact, formatMoney } from '../../../money/format';

echarts.use([
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

interface AxisPoint {
  dataIndex: number;
}

/** Two bars a month, this year and last; loaded on demand with ECharts. */
export default function SalesBars({
  sales,
  currency,
}: {
  sales: MonthlySales;
  currency: string;
}) {
  const { t, locale } = useI18n();
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);

    const thisYear = String(sales.year);
    const lastYear = String(sales.year - 1);
    // The tooltip shows the exact figures of the reply, never the floats.
    const tooltipOf = (points: AxisPoint[]) => {
      const month = sales.months[points[0]?.dataIndex ?? -1];
      if (!month) return '';

      return [
        `<b>${formatMonthName(month.month, locale)}</b>`,
        `${thisYear}: ${formatMoney(month.netSales, currency, locale)}`,
        `${lastYear}: ${formatMoney(month.lastYear, currency, locale)}`,
      ].join('<br/>');
    };

    chart.setOption({
      animation: false,
      color: ['#1f5fbf', '#b7c7e0'],
      legend: { top: 0 },
      grid: { left: 64, right: 24, top: 40, bottom: 32 },
      tooltip: {
        trigger: 'axis',
        formatter: (points: AxisPoint[]) => tooltipOf(points),
      },
      xAxis: {
        type: 'category',
        data: sales.months.map((month) => formatMonthName(month.month, locale)),
      },
      yAxis: {
        type: 'value',
        name: t('sales.netSales'),
        axisLabel: {
          formatter: (value: number) => formatCompact(String(value), locale),
        },
      },
      series: [
        {
          name: thisYear,
          type: 'bar',
          data: sales.months.map((month) => toChartNumber(month.netSales)),
        },
        {
          name: lastYear,
          type: 'bar',
          data: sales.months.map((month) => toChartNumber(month.lastYear)),
        },
      ],
    });

    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [sales, currency, locale, t]);

  return (
    <div ref={element} className="sales-chart" data-testid="sales-chart" />
  );
}
