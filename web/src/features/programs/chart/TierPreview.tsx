import { Alert, Card, Spin, Table } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDecimal, formatMoney } from '../../../money/format';
import { tierCurve, type Cliff, type TierCurveInput } from './tier-curve';

const TierChart = lazy(() => import('./TierChart'));

export function TierPreview({
  input,
  currency,
}: {
  input: TierCurveInput;
  currency: string;
}) {
  const { t, locale } = useI18n();
  const curve = useMemo(() => tierCurve(input), [input]);
  // While a currency is being typed it is not one yet.
  const shownCurrency = /^[A-Z]{3}$/.test(currency) ? currency : 'CNY';

  if (!curve) {
    return (
      <Card title={t('chart.title')} size="small">
        <Alert type="info" showIcon title={t('chart.unreadable')} />
      </Card>
    );
  }

  const measureText = (value: string) =>
    input.unit === 'money'
      ? formatMoney(value, shownCurrency, locale)
      : formatDecimal(value, locale);
  const valueText = (value: string) =>
    curve.plots === 'rate'
      ? `${formatDecimal(value, locale)}%`
      : formatMoney(value, shownCurrency, locale);

  return (
    <Card title={t('chart.title')} size="small" data-testid="tier-preview">
      <Suspense fallback={<Spin />}>
        <TierChart
          curve={curve}
          measureLabel={t(`chart.measure.${input.unit}`)}
          valueLabel={t(curve.plots === 'rate' ? 'chart.rate' : 'chart.rebate')}
        />
      </Suspense>
      {curve.plots === 'rate' && (
        <Alert type="info" showIcon title={t('chart.rateNote')} />
      )}
      {curve.cliffs.length > 0 && (
        <Table<Cliff>
          size="small"
          rowKey="from"
          pagination={false}
          dataSource={curve.cliffs}
          columns={[
            {
              title: t('chart.threshold'),
              dataIndex: 'from',
              render: measureText,
            },
            { title: t('chart.below'), dataIndex: 'below', render: valueText },
            { title: t('chart.at'), dataIndex: 'at', render: valueText },
          ]}
        />
      )}
    </Card>
  );
}
