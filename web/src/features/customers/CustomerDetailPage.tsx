import { Space, Spin } from 'antd';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import type { Customer } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { CustomerBalance } from '../portal/CustomerBalance';
import { CustomerClaims } from '../portal/CustomerClaims';
import { CustomerStatements } from '../portal/CustomerStatements';
import { CustomerCard } from './CustomerCard';
import { CustomerProgress } from './CustomerProgress';
import { MonthlySalesChart } from './MonthlySalesChart';

export default function CustomerDetailPage() {
  const { code = '' } = useParams();
  const customer = useApi(
    () => api<Customer>(`/api/customers/${encodeURIComponent(code)}`),
    code,
  );

  if (customer.error) return <LoadFailure error={customer.error} />;
  if (!customer.data) return <Spin className="page-spin" />;

  return (
    <>
      <PageHead title={`${customer.data.name} (${customer.data.code})`} />
      <CustomerCard customer={customer.data} />
      <div className="detail-block">
        <CustomerProgress customerCode={customer.data.code} />
        <MonthlySalesChart customerCode={customer.data.code} />
      </div>
      <Space
        orientation="vertical"
        size="middle"
        className="customer-settlement"
        style={{ width: '100%' }}
      >
        <CustomerStatements customerCode={customer.data.code} />
        <CustomerClaims customerCode={customer.data.code} />
        <CustomerBalance customerCode={customer.data.code} />
      </Space>
    </>
  );
}
