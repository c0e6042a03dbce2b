import { LineChart } from 'echarts/charts';
import {
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { toChartNumber } from '../../../money/chart-number';
import { formatDecimal } from '../../../money/format';
import type { TierCurve } from './tier-curve';

echarts.use([
  LineChart,
  GridComponent,
  TooltipComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

export interface TierChartProps {
  curve: TierCurve;
  measureLabel: string;
  valueLabel: string;
}

/** Rebate against measure; loaded on demand with ECharts. */
export default function TierChart({
  curve,
  measureLabel,
  valueLabel,
}: TierChartProps) {
  const { locale } = useI18n();
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);

    chart.setOption({
      animation: false,
      grid: { left: 72, right: 32, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) =>
          typeof value === 'number' ? formatDecimal(String(value), locale) : '',
      },
      xAxis: {
        type: 'value',
        name: measureLabel,
        nameLocation: 'middle',
        nameGap: 28,
        axisLabel: {
          formatter: (value: number) => formatDecimal(String(value), locale),
        },
      },
      yAxis: {
        type: 'value',
        name: valueLabel,
        axisLabel: {
          formatter: (value: number) => formatDecimal(String(value), locale),
        },
      },
      series: [
        {
          type: 'line',
          symbol: 'none',
          lineStyle: { width: 2 },
          data: curve.points.map((point) => [
            toChartNumber(point.measure),
            toChartNumber(point.value),
          ]),
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: '#bbb' },
            label: { show: false },
            data: curve.cliffs.map((cliff) => ({
              xAxis: toChartNumber(cliff.from),
            })),
          },
        },
      ],
    });

    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [curve, measureLabel, valueLabel, locale]);

  return <div ref={element} className="tier-chart" data-testid="tier-chart" />;
}
