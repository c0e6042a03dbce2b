import { Card, Collapse, Spin, Table } from 'antd';
import { lazy, Suspense } from 'react';
import type { Dashboard, DashboardMonth } from '../../api/types';
import { formatMonth } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney, formatPercent } from '../../money/format';

const CostShareChart = lazy(() => import('./chart/CostShareChart'));

/** Rebate cost as a share of net sales, month by month, with its figures. */
export function CostShareCard({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const money = (amount: string) =>
    formatMoney(amount, dashboard.currency, locale);
  const cell = (month: string, field: string, text: string) => (
    <span className="money" data-testid={`month-${month}-${field}`}>
      {text}
    </span>
  );

  return (
    <Card size="small" title={t('dashboard.costShare')}>
      <Suspense fallback={<Spin />}>
        <CostShareChart
          months={dashboard.monthly}
          currency={dashboard.currency}
        />
      </Suspense>
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'figures',
            label: t('dashboard.monthlyFigures'),
            children: (
              <Table<DashboardMonth>
                size="small"
                rowKey="month"
                pagination={false}
                data-testid="monthly-figures"
                dataSource={dashboard.monthly}
                columns={[
                  {
                    title: t('dashboard.month'),
                    dataIndex: 'month',
                    render: (month: string) => formatMonth(month, locale),
                  },
                  {
                    title: t('dashboard.netSales'),
                    key: 'netSales',
                    align: 'right',
                    render: (_: unknown, row) =>
                      cell(row.month, 'net-sales', money(row.netSales)),
                  },
                  {
                    title: t('dashboard.rebateCost'),
                    key: 'rebateCost',
                    align: 'right',
                    render: (_: unknown, row) =>
                      cell(row.month, 'rebate-cost', money(row.rebateCost)),
                  },
                  {
                    title: t('dashboard.sharePct'),
                    key: 'sharePct',
                    align: 'right',
                    render: (_: unknown, row) =>
                      cell(
                        row.month,
                        'share',
                        row.sharePct === null
                          ? '—'
                          : formatPercent(row.sharePct, locale),
                      ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
