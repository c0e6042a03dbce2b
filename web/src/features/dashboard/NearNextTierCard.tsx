import { Card, Table } from 'antd';
import { Link } from 'react-router';
import type { Dashboard, NearNextTier } from '../../api/types';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMeasure } from '../../common/measure-value';
import { formatMoney } from '../../money/format';
import { measureUnitOf } from '../programs/chart/tier-curve';

/** The customers nearest their next tier: whom sales should call first. */
export function NearNextTierCard({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const money = (amount: string | null) =>
    amount === null ? '' : formatMoney(amount, dashboard.currency, locale);
  const gapText = (row: NearNextTier) =>
    formatMeasure(
      row.gap,
      measureUnitOf(row.measureKind),
      dashboard.currency,
      locale,
    );
  const testId = (row: NearNextTier, field: string) =>
    `near-${row.programCode}-${row.customerCode}-${row.periodStart}-${field}`;

  return (
    <Card size="small" title={t('dashboard.nearNextTier')}>
      <Table<NearNextTier>
        size="small"
        pagination={false}
        data-testid="near-next-tier"
        rowKey={(row) =>
          `${row.programCode}/${row.customerCode}/${row.periodStart}`
        }
        dataSource={dashboard.closestToNextTier}
        locale={{ emptyText: t('dashboard.nearNextTierEmpty') }}
        columns={[
          {
            title: t('customers.name'),
            key: 'customer',
            render: (_: unknown, row) => (
              <Link to={`/customers/${encodeURIComponent(row.customerCode)}`}>
                {row.customerName}
              </Link>
            ),
          },
          {
            title: t('dashboard.programAndPeriod'),
            key: 'program',
            render: (_: unknown, row) => (
              <>
                <div>{row.programCode}</div>
                <div className="kpi-note nowrap">
                  {formatDate(row.periodStart, locale)} –{' '}
                  {formatDate(row.periodEnd, locale)}
                </div>
              </>
            ),
          },
          {
            title: t('dashboard.tierStep'),
            key: 'tier',
            render: (_: unknown, row) => (
              <span className="nowrap">
                {t('dashboard.tierToNext', {
                  tier: row.tier,
                  next: row.nextTier,
                })}
              </span>
            ),
          },
          {
            title: t('progress.gap'),
            key: 'gap',
            align: 'right',
            render: (_: unknown, row) => (
              <span className="money" data-testid={testId(row, 'gap')}>
                {gapText(row)}
              </span>
            ),
          },
          {
            title: t('progress.gapAmount'),
            key: 'gapAmount',
            align: 'right',
            render: (_: unknown, row) => (
              <span className="money" data-testid={testId(row, 'gap-amount')}>
                {money(row.gapAmount)}
              </span>
            ),
          },
          {
            title: t('dashboard.extraRebate'),
            key: 'extraRebate',
            align: 'right',
            render: (_: unknown, row) => (
              <span className="money" data-testid={testId(row, 'extra')}>
                {money(row.extraRebate)}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
