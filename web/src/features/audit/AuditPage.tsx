import { Button, Card, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { AuditEntry, AuditPage as AuditReply } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';

interface Filters {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
}

const pageSize = 50;
const filterNames = ['actor', 'action', 'entity', 'entityId'] as const;

function Change({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const json = (value: unknown) => JSON.stringify(value, null, 2);

  return (
    <Space align="start" size="large">
      <div>
        <Typography.Text type="secondary">{t('audit.before')}</Typography.Text>
        <pre>{json(entry.before)}</pre>
      </div>
      <div>
        <Typography.Text type="secondary">{t('audit.after')}</Typography.Text>
        <pre>{json(entry.after)}</pre>
      </div>
      <div>
        <Typography.Text type="secondary">{t('audit.hash')}</Typography.Text>
        <pre>{`${entry.prevHash}\n→ ${entry.hash}`}</pre>
      </div>
    </Space>
  );
}

/** The audit trail, newest first, pages going back by number. */
export default function AuditPage() {
  const { t, locale } = useI18n();
  const [filters, setFilters] = useState<Filters>({
    actor: '',
    action: '',
    entity: '',
    entityId: '',
  });
  const [beforeSeq, setBeforeSeq] = useState<number[]>([]);

  const query = { ...filters, limit: pageSize, beforeSeq: beforeSeq.at(-1) };
  const audit = useApi(
    () => api<AuditReply>('/api/audit', { query }),
    JSON.stringify(query),
  );
  const entries = audit.data?.entries ?? [];
  const oldest = entries.at(-1)?.seq;

  return (
    <>
      <PageHead title={t('nav.audit')} />
      <Space wrap className="filters">
        {filterNames.map((name) => (
          <Input.Search
            key={name}
            allowClear
            placeholder={t(`audit.${name}`)}
            style={{ width: 180 }}
            onSearch={(value) => {
              setFilters((current) => ({ ...current, [name]: value.trim() }));
              setBeforeSeq([]);
            }}
          />
        ))}
      </Space>
      {audit.data && (
        <Card size="small" className="filters" data-testid="audit-head">
          {t('audit.head', {
            seq: audit.data.head.seq,
            hash: audit.data.head.hash,
          })}
        </Card>
      )}
      {audit.error ? (
        <LoadFailure error={audit.error} />
      ) : (
        <Table<AuditEntry>
          size="small"
          rowKey="seq"
          data-testid="audit-table"
          loading={audit.loading}
          dataSource={entries}
          pagination={false}
          expandable={{
            expandedRowRender: (entry) => <Change entry={entry} />,
          }}
          columns={[
            { title: '#', dataIndex: 'seq' },
            {
              title: t('audit.at'),
              dataIndex: 'at',
              render: (value: string) => formatDateTime(value, locale),
            },
            { title: t('audit.actor'), dataIndex: 'actor' },
            { title: t('audit.action'), dataIndex: 'action' },
            { title: t('audit.entity'), dataIndex: 'entity' },
            { title: t('audit.entityId'), dataIndex: 'entityId' },
            { title: t('audit.reason'), dataIndex: 'reason' },
            { title: t('audit.ip'), dataIndex: 'ip' },
          ]}
        />
      )}
      <Space className="filters" style={{ marginTop: 16 }}>
        <Button
          disabled={beforeSeq.length === 0}
          onClick={() => setBeforeSeq((s) => s.slice(0, -1))}
        >
          {t('audit.newer')}
        </Button>
        <Button
          disabled={entries.length < pageSize || oldest === undefined}
          onClick={() => {
            if (oldest !== undefined) setBeforeSeq((s) => [...s, oldest]);
          }}
        >
          {t('audit.older')}
        </Button>
      </Space>
    </>
  );
}
