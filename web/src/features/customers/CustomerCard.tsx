import { Card, Descriptions, Tag } from 'antd';
import type { Customer } from '../../api/types';
import { formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';

export function CustomerCard({ customer }: { customer: Customer }) {
  const { t, locale } = useI18n();

  return (
    <Card data-testid="customer-card">
      <Descriptions
        column={2}
        items={[
          { key: 'code', label: t('customers.code'), children: customer.code },
          { key: 'name', label: t('customers.name'), children: customer.name },
          {
            key: 'group',
            label: t('customers.group'),
            children: customer.group,
          },
          {
            key: 'region',
            label: t('customers.region'),
            children: customer.region,
          },
          {
            key: 'tags',
            label: t('customers.tags'),
            children: customer.tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
          },
          {
            key: 'salesRep',
            label: t('customers.salesRep'),
            children: customer.salesRep,
          },
          {
            key: 'contact',
            label: t('customers.contact'),
            children: customer.contact,
          },
          {
            key: 'status',
            label: t('customers.status'),
            children: t(`customers.status.${customer.status}`),
          },
          {
            key: 'updatedAt',
            label: t('common.updatedAt'),
            children: formatDateTime(customer.updatedAt, locale),
          },
        ]}
      />
    </Card>
  );
}
