import { Alert, Card, Space, Statistic, Table, Tag } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { differenceOf } from '../../money/difference';
import { formatMoney } from '../../money/format';
import { rebateCurrency } from '../payouts/payout-types';
import type { CreditState, RebateBalance } from './portal-types';

type Credit = RebateBalance['credits'][number];

const stateColors: Record<CreditState, string> = {
  usable: 'green',
  used: 'default',
  expired: 'red',
};

/**
 * The customer's rebate balance today: each credit paid into it with its
 * validity, what orders drew on it, and what is left.
 */
export function CustomerBalance({ customerCode }: { customerCode: string }) {
  const { t, locale } = useI18n();
  const balance = useApi(
    () =>
      api<RebateBalance>(`/api/balances/${encodeURIComponent(customerCode)}`),
    `balance:${customerCode}`,
  );
  const money = (value: string) => formatMoney(value, rebateCurrency, locale);

  return (
    <Card size="small" title={t('portal.balance')}>
      {balance.error ? (
        <LoadFailure error={balance.error} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Statistic
            data-testid="balance-available"
            title={t('balance.available', {
              date: formatDate(balance.data?.asOf ?? null, locale),
            })}
            loading={balance.loading}
            value={balance.data ? money(balance.data.available) : ''}
          />
          {(balance.data?.expiredNow ?? []).map((expiry) => (
            <Alert
              key={expiry.creditId}
              type="warning"
              showIcon
              title={t('balance.expiredNow', {
                program: expiry.programCode,
                amount: money(expiry.amount),
                date: formatDate(expiry.validUntil, locale),
              })}
            />
          ))}
          <Table<Credit>
            size="small"
            rowKey="id"
            data-testid="balance-credits"
            loading={balance.loading}
            dataSource={balance.data?.credits ?? []}
            pagination={false}
            columns={[
              { title: t('program.code'), dataIndex: 'programCode' },
              { title: t('balance.payout'), dataIndex: 'payoutId' },
              {
                title: t('balance.releasedOn'),
                dataIndex: 'releasedOn',
                render: (value: string) => formatDate(value, locale),
              },
              {
                title: t('balance.validUntil'),
                dataIndex: 'validUntil',
                render: (value: string | null) =>
                  value ? formatDate(value, locale) : t('balance.noExpiry'),
              },
              {
                title: t('balance.credited'),
                dataIndex: 'amount',
                align: 'right',
                render: money,
              },
              {
                title: t('balance.used'),
                key: 'used',
                align: 'right',
                render: (_: unknown, credit) =>
                  money(differenceOf(credit.amount, credit.remaining)),
              },
              {
                title: t('balance.remaining'),
                dataIndex: 'remaining',
                align: 'right',
                render: money,
              },
              {
                title: t('programs.status'),
                dataIndex: 'state',
                render: (state: CreditState) => (
                  <Tag color={stateColors[state]}>
                    {t(`balance.state.${state}`)}
                  </Tag>
                ),
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
