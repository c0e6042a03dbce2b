import { Card, Progress, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { CustomerProgress as Reply, ProgressItem } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { formatMeasure } from '../../common/measure-value';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { toBarPercent } from '../../money/chart-number';
import { formatMoney, formatPercent } from '../../money/format';
import { measureUnitOf } from '../programs/chart/tier-curve';

// The progress reply names no currency yet; the store's amounts are CNY.
const storeCurrency = 'CNY';

const itemKey = (item: ProgressItem) =>
  `${item.programCode}-${item.periodStart}`;

const atTopTier = (item: ProgressItem) =>
  item.next === null && item.tier > 0 && item.tier === item.tierCount;

function PeriodTag({ item }: { item: ProgressItem }) {
  const { t } = useI18n();
  if (item.closed) return <Tag>{t('progress.closed')}</Tag>;
  if (item.open) return <Tag color="green">{t('progress.open')}</Tag>;

  return <Tag color="gold">{t('progress.ended')}</Tag>;
}

/** How far the customer is in each program and period, and what is next. */
export function CustomerProgress({ customerCode }: { customerCode: string }) {
  const { t, locale } = useI18n();
  const progress = useApi(
    () =>
      api<Reply>(`/api/customers/${encodeURIComponent(customerCode)}/progress`),
    customerCode,
  );
  const currency = progress.data?.currency ?? storeCurrency;
  const money = (amount: string | null) =>
    amount === null ? '' : formatMoney(amount, currency, locale);
  const inUnit = (item: ProgressItem, value: string | null) =>
    formatMeasure(value, measureUnitOf(item.measureKind), currency, locale);
  const figure = (item: ProgressItem, field: string, text: string) => (
    <span className="money" data-testid={`progress-${itemKey(item)}-${field}`}>
      {text}
    </span>
  );

  return (
    <Card size="small" title={t('progress.title')} data-testid="progress">
      {progress.error ? (
        <LoadFailure error={progress.error} />
      ) : (
        <Table<ProgressItem>
          size="small"
          rowKey={itemKey}
          loading={progress.loading}
          pagination={false}
          data-testid="progress-table"
          dataSource={progress.data?.items ?? []}
          locale={{ emptyText: t('progress.empty') }}
          columns={[
            {
              title: t('progress.programAndPeriod'),
              key: 'program',
              render: (_: unknown, item) => (
                <>
                  <Link
                    to={`/programs/${encodeURIComponent(item.programCode)}`}
                  >
                    {item.programName}
                  </Link>
                  <div className="kpi-note">
                    {formatDate(item.periodStart, locale)} –{' '}
                    {formatDate(item.periodEnd, locale)}{' '}
                    <PeriodTag item={item} />
                  </div>
                </>
              ),
            },
            {
              title: t('program.measure'),
              key: 'measure',
              align: 'right',
              render: (_: unknown, item) =>
                figure(item, 'measure', inUnit(item, item.measure)),
            },
            {
              title: t('progress.toNextTier'),
              key: 'bar',
              width: 200,
              render: (_: unknown, item) => (
                <Progress
                  size="small"
                  data-testid={`progress-${itemKey(item)}-bar`}
                  percent={
                    atTopTier(item) ? 100 : toBarPercent(item.progressPct)
                  }
                  status={atTopTier(item) ? 'success' : 'normal'}
                  format={() =>
                    item.progressPct === null
                      ? ''
                      : formatPercent(item.progressPct, locale)
                  }
                />
              ),
            },
            {
              title: t('progress.tier'),
              key: 'tier',
              render: (_: unknown, item) =>
                figure(
                  item,
                  'tier',
                  t('progress.tierOf', {
                    tier: item.tier,
                    count: item.tierCount,
                  }),
                ),
            },
            {
              title: t('progress.nextFrom'),
              key: 'nextFrom',
              align: 'right',
              render: (_: unknown, item) =>
                item.next
                  ? figure(item, 'next-from', inUnit(item, item.next.from))
                  : t('progress.noNext'),
            },
            {
              title: t('progress.gap'),
              key: 'gap',
              align: 'right',
              render: (_: unknown, item) =>
                item.next && figure(item, 'gap', inUnit(item, item.next.gap)),
            },
            {
              title: t('progress.gapAmount'),
              key: 'gapAmount',
              align: 'right',
              render: (_: unknown, item) =>
                item.next &&
                figure(item, 'gap-amount', money(item.next.gapAmount)),
            },
            {
              title: t('progress.rebate'),
              key: 'rebate',
              align: 'right',
              render: (_: unknown, item) => (
                <>
                  {figure(item, 'rebate', money(item.rebate))}
                  {item.forecastRebate !== null && (
                    <div className="kpi-note">
                      {t('progress.forecast')}{' '}
                      {figure(item, 'forecast', money(item.forecastRebate))}
                    </div>
                  )}
                </>
              ),
            },
            {
              title: t('progress.nextRebate'),
              key: 'nextRebate',
              align: 'right',
              render: (_: unknown, item) =>
                item.next &&
                figure(item, 'next-rebate', money(item.next.rebate)),
            },
          ]}
        />
      )}
    </Card>
  );
}
