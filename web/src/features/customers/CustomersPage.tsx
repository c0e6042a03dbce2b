import { Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Customer, Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { usePrincipal } from '../../auth/SessionProvider';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { useI18n } from '../../i18n/I18nProvider';

interface Filters {
  q: string;
  group: string;
  region: string;
  salesRep: string;
  tag: string;
  status: string;
}

const pageSize = 20;
const noFilters: Filters = {
  q: '',
  group: '',
  region: '',
  salesRep: '',
  tag: '',
  status: '',
};
const statuses: Customer['status'][] = ['active', 'inactive'];

export default function CustomersPage() {
  const { t } = useI18n();
  const principal = usePrincipal();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [pageNo, setPageNo] = useState(1);

  const query = {
    ...filters,
    limit: pageSize,
    offset: (pageNo - 1) * pageSize,
  };
  const customers = useApi(
    () => api<Page<Customer>>('/api/customers', { query }),
    JSON.stringify(query),
  );

  const filter = (name: keyof Filters) => (value: string) => {
    setFilters((current) => ({ ...current, [name]: value.trim() }));
    setPageNo(1);
  };

  return (
    <>
      <PageHead title={t('nav.customers')} />
      <Space wrap className="filters">
        <Input.Search
          allowClear
          data-testid="customer-search"
          placeholder={t('customers.search')}
          onSearch={filter('q')}
          style={{ width: 240 }}
        />
        <Input.Search
          allowClear
          data-testid="filter-group"
          placeholder={t('customers.group')}
          onSearch={filter('group')}
          style={{ width: 180 }}
        />
        <Input.Search
          allowClear
          data-testid="filter-region"
          placeholder={t('customers.region')}
          onSearch={filter('region')}
          style={{ width: 160 }}
        />
        {principal.role !== 'sales_rep' && (
          <Input.Search
            allowClear
            data-testid="filter-sales-rep"
            placeholder={t('customers.salesRep')}
            onSearch={filter('salesRep')}
            style={{ width: 160 }}
          />
        )}
        <Input.Search
          allowClear
          data-testid="filter-tag"
          placeholder={t('customers.tags')}
          onSearch={filter('tag')}
          style={{ width: 140 }}
        />
        <Select<string>
          allowClear
          data-testid="filter-status"
          placeholder={t('customers.status')}
          onChange={(value) => filter('status')(value ?? '')}
          style={{ width: 120 }}
          options={statuses.map((status) => ({
            value: status,
            label: t(`customers.status.${status}`),
          }))}
        />
      </Space>
      {customers.error ? (
        <LoadFailure error={customers.error} />
      ) : (
        <Table<Customer>
          rowKey="code"
          data-testid="customers-table"
          loading={customers.loading}
          dataSource={customers.data?.items ?? []}
          pagination={{
            current: pageNo,
            pageSize,
            total: customers.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPageNo,
          }}
          columns={[
            {
              title: t('customers.code'),
              dataIndex: 'code',
              render: (code: string) => (
                <Link to={`/customers/${code}`}>{code}</Link>
              ),
            },
            { title: t('customers.name'), dataIndex: 'name' },
            { title: t('customers.group'), dataIndex: 'group' },
            { title: t('customers.region'), dataIndex: 'region' },
            {
              title: t('customers.tags'),
              dataIndex: 'tags',
              render: (tags: string[]) =>
                tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
            },
            { title: t('customers.salesRep'), dataIndex: 'salesRep' },
            {
              title: t('customers.status'),
              dataIndex: 'status',
              render: (status: Customer['status']) => (
                <Tag color={status === 'active' ? 'green' : 'default'}>
                  {t(`customers.status.${status}`)}
                </Tag>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
