import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { Dashboard, ImportBatch } from '../../api/types';
import { canSee } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';

/** The last few import batches, with the way to the imports page. */
export function RecentImportsCard({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const principal = usePrincipal();

  return (
    <Card
      size="small"
      title={t('dashboard.recentImports')}
      extra={
        canSee(principal.role, 'imports') && (
          <Link to="/imports" data-testid="all-imports">
            {t('dashboard.allImports')}
          </Link>
        )
      }
    >
      <Table<ImportBatch>
        size="small"
        rowKey="id"
        pagination={false}
        data-testid="recent-imports"
        dataSource={dashboard.recentImports}
        columns={[
          {
            title: t('imports.kindLabel'),
            key: 'kind',
            ellipsis: true,
            render: (_: unknown, batch) => (
              <>
                {t(`imports.kind.${batch.kind}`)}{' '}
                <Tag color={batch.status === 'committed' ? 'green' : 'red'}>
                  {t(`imports.status.${batch.status}`)}
                </Tag>
                <div className="kpi-note">{batch.fileName}</div>
              </>
            ),
          },
          {
            title: t('imports.rows.total'),
            key: 'rows',
            align: 'right',
            render: (_: unknown, batch) => (
              <span data-testid={`import-${batch.id}-rows`}>
                {batch.rows.total}
              </span>
            ),
          },
          {
            title: t('imports.finishedAt'),
            dataIndex: 'finishedAt',
            render: (value: string) => (
              <span className="nowrap">{formatDateTime(value, locale)}</span>
            ),
          },
        ]}
      />
    </Card>
  );
}
