import { Card, Table } from 'antd';
import type { TermsTier } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDecimal, formatMoney } from '../../money/format';
import type { MeasureUnit } from './chart/tier-curve';

export function TiersTable({
  tiers,
  currency,
  unit,
}: {
  tiers: TermsTier[];
  currency: string;
  unit: MeasureUnit;
}) {
  const { t, locale } = useI18n();
  const money = (value: string | null) =>
    value === null ? '' : formatMoney(value, currency, locale);

  return (
    <Card title={t('program.tiers')} size="small">
      <Table<TermsTier & { index: number }>
        size="small"
        rowKey="index"
        pagination={false}
        data-testid="tiers-table"
        dataSource={tiers.map((tier, index) => ({ ...tier, index }))}
        columns={[
          {
            title: '#',
            dataIndex: 'index',
            render: (index: number) => index + 1,
          },
          {
            title: t('tier.from'),
            dataIndex: 'from',
            render: (from: string) =>
              unit === 'money'
                ? money(from)
                : `${formatDecimal(from, locale)}${unit === 'percent' ? '%' : ''}`,
          },
          {
            title: t('tier.rate'),
            dataIndex: 'ratePct',
            render: (rate: string | null) =>
              rate === null ? '' : `${formatDecimal(rate, locale)}%`,
          },
          { title: t('tier.perUnit'), dataIndex: 'perUnit', render: money },
          { title: t('tier.amount'), dataIndex: 'amount', render: money },
        ]}
      />
    </Card>
  );
}
