import { Alert, Button, Card, Descriptions, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { Simulation } from '../../api/types';
import { formatMeasure } from '../../common/measure-value';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../money/format';
import type { MeasureUnit } from './chart/tier-curve';
import type { PeriodSpan } from './period-list';
import { simulateVersion } from './version-actions';

type SimulationRow = Simulation['rows'][number];
type TierRow = Simulation['byTier'][number];

const rowsShown = 10;

/**
 * What a version would have paid on the last ended period's actual sales:
 * a draft can be judged before it is submitted.
 */
export function SimulationCard({
  code,
  version,
  currency,
  unit,
  periods,
}: {
  code: string;
  version: number;
  currency: string;
  unit: MeasureUnit;
  periods: PeriodSpan[];
}) {
  const { t, locale } = useI18n();
  // No period chosen: the server replays the last one that has ended.
  const [periodStart, setPeriodStart] = useState<string | null>(null);
  // A business date in the address (?asOf=) replays as of that day.
  const [search] = useSearchParams();
  const asOf = search.get('asOf');
  const [result, setResult] = useState<Simulation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownCurrency = result?.currency ?? currency;
  const money = (amount: string) => formatMoney(amount, shownCurrency, locale);

  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setResult(await simulateVersion(code, version, { periodStart, asOf }));
    } catch (error) {
      setResult(null);
      setFailure(
        error instanceof ApiError ? error.message : t('error.network'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('simulation.title', { version })}
      data-testid="simulation"
      extra={
        <Space>
          <Select<string>
            allowClear
            size="small"
            data-testid="simulation-period-choice"
            style={{ width: 280 }}
            placeholder={t('simulation.lastPeriod')}
            value={periodStart}
            onChange={(value) => setPeriodStart(value ?? null)}
            options={periods.map((period) => ({
              value: period.start,
              label: `${formatDate(period.start, locale)} – ${formatDate(period.end, locale)}`,
            }))}
          />
          <Button
            size="small"
            type="primary"
            loading={busy}
            data-testid="simulate"
            onClick={() => void run()}
          >
            {t(periodStart ? 'simulation.runPeriod' : 'simulation.run')}
          </Button>
        </Space>
      }
    >
      {failure && <Alert type="error" showIcon title={failure} />}
      {!result && !failure && (
        <div className="kpi-note">{t('simulation.hint')}</div>
      )}
      {result && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions
            column={3}
            items={[
              {
                key: 'period',
                label: t('simulation.period'),
                children: (
                  <span data-testid="simulation-period">
                    {formatDate(result.periodStart, locale)} –{' '}
                    {formatDate(result.periodEnd, locale)}
                    {result.calculatedAsOf < result.periodEnd &&
                      ` ${t('simulation.salesUntil', {
                        date: formatDate(result.calculatedAsOf, locale),
                      })}`}
                  </span>
                ),
              },
              {
                key: 'customers',
                label: t('simulation.customers'),
                children: (
                  <span data-testid="simulation-customers">
                    {result.customers}
                  </span>
                ),
              },
              {
                key: 'total',
                label: t('simulation.total'),
                children: (
                  <span className="money" data-testid="simulation-total">
                    {money(result.total)}
                  </span>
                ),
              },
            ]}
          />
          <Table<TierRow>
            size="small"
            rowKey="tier"
            pagination={false}
            data-testid="simulation-tiers"
            dataSource={result.byTier}
            columns={[
              {
                title: t('progress.tier'),
                dataIndex: 'tier',
                render: (tier: number) =>
                  tier === 0
                    ? t('simulation.noTier')
                    : t('simulation.tierN', { tier }),
              },
              {
                title: t('simulation.customers'),
                key: 'customers',
                align: 'right',
                render: (_: unknown, row) => (
                  <span data-testid={`simulation-tier-${row.tier}-customers`}>
                    {row.customers}
                  </span>
                ),
              },
              {
                title: t('progress.rebate'),
                key: 'rebate',
                align: 'right',
                render: (_: unknown, row) => (
                  <span
                    className="money"
                    data-testid={`simulation-tier-${row.tier}-rebate`}
                  >
                    {money(row.rebate)}
                  </span>
                ),
              },
            ]}
          />
          <Table<SimulationRow>
            size="small"
            rowKey="customerCode"
            data-testid="simulation-rows"
            title={() => t('simulation.topRows')}
            pagination={{ pageSize: rowsShown, showSizeChanger: false }}
            dataSource={result.rows}
            columns={[
              {
                title: t('customers.code'),
                dataIndex: 'customerCode',
                render: (customer: string) => (
                  <Link to={`/customers/${encodeURIComponent(customer)}`}>
                    {customer}
                  </Link>
                ),
              },
              { title: t('customers.name'), dataIndex: 'customerName' },
              {
                title: t('program.measure'),
                dataIndex: 'measure',
                align: 'right',
                render: (measure: string | null) =>
                  formatMeasure(measure, unit, shownCurrency, locale),
              },
              {
                title: t('progress.tier'),
                dataIndex: 'tier',
                render: (tier: number) =>
                  tier === 0
                    ? t('simulation.noTier')
                    : t('simulation.tierN', { tier }),
              },
              {
                title: t('progress.rebate'),
                key: 'rebate',
                align: 'right',
                render: (_: unknown, row) => (
                  <span
                    className="money"
                    data-testid={`simulation-row-${row.customerCode}`}
                  >
                    {money(row.rebate)}
                  </span>
                ),
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
