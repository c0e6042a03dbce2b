import { Empty, Spin } from 'antd';
import { api } from '../../api/client';
import type { Customer, Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { useI18n } from '../../i18n/I18nProvider';
import { CustomerCard } from './CustomerCard';

/** A customer user's own company: its data scope holds exactly one. */
export default function MyCustomerPage() {
  const { t } = useI18n();
  const own = useApi(
    () => api<Page<Customer>>('/api/customers', { query: { limit: 1 } }),
    'own',
  );

  if (own.error) return <LoadFailure error={own.error} />;
  if (!own.data) return <Spin className="page-spin" />;

  const [customer] = own.data.items;
  return (
    <>
      <PageHead title={t('nav.myCustomer')} />
      {customer ? <CustomerCard customer={customer} /> : <Empty />}
    </>
  );
}
