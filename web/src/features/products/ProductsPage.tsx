import { Input, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Page, Product } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDecimal, formatPercent } from '../../money/format';

interface Filters {
  q: string;
  category: string;
  brand: string;
}

const pageSize = 20;

export default function ProductsPage() {
  const { t, locale } = useI18n();
  const [filters, setFilters] = useState<Filters>({
    q: '',
    category: '',
    brand: '',
  });
  const [pageNo, setPageNo] = useState(1);

  const query = {
    ...filters,
    limit: pageSize,
    offset: (pageNo - 1) * pageSize,
  };
  const products = useApi(
    () => api<Page<Product>>('/api/products', { query }),
    JSON.stringify(query),
  );

  const filter = (name: keyof Filters) => (value: string) => {
    setFilters((current) => ({ ...current, [name]: value.trim() }));
    setPageNo(1);
  };

  return (
    <>
      <PageHead title={t('nav.products')} />
      <Space wrap className="filters">
        <Input.Search
          allowClear
          placeholder={t('products.search')}
          onSearch={filter('q')}
          style={{ width: 240 }}
        />
        <Input.Search
          allowClear
          placeholder={t('products.category')}
          onSearch={filter('category')}
          style={{ width: 160 }}
        />
        <Input.Search
          allowClear
          placeholder={t('products.brand')}
          onSearch={filter('brand')}
          style={{ width: 160 }}
        />
      </Space>
      {products.error ? (
        <LoadFailure error={products.error} />
      ) : (
        <Table<Product>
          rowKey="sku"
          loading={products.loading}
          dataSource={products.data?.items ?? []}
          pagination={{
            current: pageNo,
            pageSize,
            total: products.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPageNo,
          }}
          columns={[
            { title: t('products.sku'), dataIndex: 'sku' },
            { title: t('products.name'), dataIndex: 'name' },
            { title: t('products.category'), dataIndex: 'category' },
            { title: t('products.brand'), dataIndex: 'brand' },
            { title: t('products.unit'), dataIndex: 'unit' },
            {
              title: t('products.listPrice'),
              dataIndex: 'listPrice',
              align: 'right',
              render: (price: string | null) =>
                price === null ? (
                  ''
                ) : (
                  <span className="money">{formatDecimal(price, locale)}</span>
                ),
            },
            {
              title: t('products.vatRate'),
              dataIndex: 'vatRatePct',
              align: 'right',
              render: (rate: string) => formatPercent(rate, locale),
            },
          ]}
        />
      )}
    </>
  );
}
