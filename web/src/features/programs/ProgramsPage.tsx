import { Button, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import {
  programStatuses,
  type Page,
  type ProgramStatus,
} from '../../api/types';
import type { ProgramSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { can } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { StatusTag } from './StatusTag';

const pageSize = 20;

export default function ProgramsPage() {
  const { t, locale } = useI18n();
  const principal = usePrincipal();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<ProgramStatus | undefined>();
  const [pageNo, setPageNo] = useState(1);

  const query = { q, status, limit: pageSize, offset: (pageNo - 1) * pageSize };
  const programs = useApi(
    () => api<Page<ProgramSummary>>('/api/programs', { query }),
    JSON.stringify(query),
  );

  return (
    <>
      <PageHead
        title={t('nav.programs')}
        extra={
          can(principal.role, 'draftPrograms') && (
            <Button
              type="primary"
              data-testid="new-program"
              onClick={() => navigate('/programs/new')}
            >
              {t('programs.new')}
            </Button>
          )
        }
      />
      <Space wrap className="filters">
        <Input.Search
          allowClear
          placeholder={t('programs.search')}
          onSearch={(value) => {
            setQ(value.trim());
            setPageNo(1);
          }}
          style={{ width: 240 }}
        />
        <Select<ProgramStatus>
          allowClear
          placeholder={t('programs.status')}
          style={{ width: 160 }}
          options={programStatuses.map((value) => ({
            value,
            label: t(`status.${value}`),
          }))}
          onChange={(value) => {
            setStatus(value);
            setPageNo(1);
          }}
        />
      </Space>
      {programs.error ? (
        <LoadFailure error={programs.error} />
      ) : (
        <Table<ProgramSummary>
          rowKey="code"
          data-testid="programs-table"
          loading={programs.loading}
          dataSource={programs.data?.items ?? []}
          pagination={{
            current: pageNo,
            pageSize,
            total: programs.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPageNo,
          }}
          columns={[
            {
              title: t('program.code'),
              dataIndex: 'code',
              render: (code: string) => (
                <Link to={`/programs/${encodeURIComponent(code)}`}>{code}</Link>
              ),
            },
            { title: t('program.name'), dataIndex: 'name' },
            {
              title: t('programs.status'),
              dataIndex: 'status',
              render: (value: ProgramStatus) => <StatusTag status={value} />,
            },
            {
              title: t('programs.versionInForce'),
              dataIndex: 'versionInForce',
              render: (value: number | null) =>
                value === null ? '' : `v${value}`,
            },
            {
              title: t('programs.latestVersion'),
              dataIndex: 'latestVersion',
              render: (value: number) => `v${value}`,
            },
            {
              title: t('common.updatedAt'),
              dataIndex: 'updatedAt',
              render: (value: string) => formatDateTime(value, locale),
            },
          ]}
        />
      )}
    </>
  );
}
