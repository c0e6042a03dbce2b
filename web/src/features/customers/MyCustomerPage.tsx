import { Empty, Space, Spin } from 'antd';
import { api } from '../../api/client';
import type { Customer, Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { useI18n } from '../../i18n/I18nProvider';
import { CustomerAgreements } from '../portal/CustomerAgreements';
import { CustomerBalance } from '../portal/CustomerBalance';
import { CustomerClaims } from '../portal/CustomerClaims';
import { CustomerStatements } from '../portal/CustomerStatements';
import { CustomerCard } from './CustomerCard';
import { CustomerProgress } from './CustomerProgress';

/**
 * The customer portal: a customer user's own company, its agreements,
 * progress, statements, claims and balance. Its data scope holds exactly one customer.
 */
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
      {customer ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <CustomerCard customer={customer} />
          <CustomerAgreements customerCode={customer.code} />
          <CustomerProgress customerCode={customer.code} />
          <CustomerStatements customerCode={customer.code} />
          <CustomerClaims customerCode={customer.code} />
          <CustomerBalance customerCode={customer.code} />
        </Space>
      ) : (
        <Empty />
      )}
    </>
  );
}
