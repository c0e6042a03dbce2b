import { Card, Select, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { api } from '../../api/client';
import type { MonthlySales } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { useI18n } from '../../i18n/I18nProvider';

const SalesBars = lazy(() => import('./chart/SalesBars'));

// The sales reply names no currency yet; the store's amounts are CNY.
const storeCurrency = 'CNY';
const yearsShown = 5;

/** The customer's net sales by month, this year beside last year. */
export function MonthlySalesChart({ customerCode }: { customerCode: string }) {
  const { t } = useI18n();
  // No year asked for: the server answers for its business date's year.
  const [year, setYear] = useState<number | null>(null);
  const sales = useApi(
    () =>
      api<MonthlySales>(
        `/api/customers/${encodeURIComponent(customerCode)}/monthly-sales`,
        { query: { year } },
      ),
    `${customerCode}/${year ?? 'current'}`,
  );
  const shownYear = sales.data?.year ?? year;

  const yearPicker = shownYear !== null && (
    <Select<number>
      size="small"
      data-testid="sales-year"
      value={shownYear}
      onChange={setYear}
      options={Array.from({ length: yearsShown }, (_, i) => {
        const option = shownYear + 2 - i;
        return { value: option, label: String(option) };
      })}
    />
  );

  return (
    <Card
      size="small"
      title={t('sales.title')}
      extra={yearPicker}
      data-testid="monthly-sales"
    >
      {sales.error ? (
        <LoadFailure error={sales.error} />
      ) : sales.data ? (
        <Suspense fallback={<Spin />}>
          <SalesBars
            sales={sales.data}
            currency={sales.data.currency ?? storeCurrency}
          />
        </Suspense>
      ) : (
        <Spin />
      )}
    </Card>
  );
}
