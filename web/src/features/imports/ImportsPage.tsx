import { Alert, Button, Card, Checkbox, Descriptions, Progress } from 'antd';
import { Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, api } from '../../api/client';
import { importKinds, type BadRow, type ImportBatch } from '../../api/types';
import type { ImportKind, ImportReport, Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { can } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { PageHead } from '../../common/PageHead';
import { LoadFailure } from '../../common/LoadFailure';
import { formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { badRowsCsv } from './bad-rows-csv';
import { uploadImport, type UploadProgress } from './upload-file';

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(
    new Blob([text], { type: 'text/csv;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function ReportCard({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const header = [
    t('imports.row'),
    t('imports.column'),
    t('imports.code'),
    t('imports.message'),
    t('imports.value'),
  ];

  return (
    <Card
      size="small"
      title={t('imports.report', { file: report.fileName })}
      data-testid="import-report"
    >
      <Alert
        showIcon
        type={report.status === 'committed' ? 'success' : 'error'}
        title={t(`imports.status.${report.status}`)}
        className="filters"
      />
      <Descriptions
        column={5}
        items={(['total', 'new', 'updated', 'duplicate', 'bad'] as const).map(
          (key) => ({
            key,
            label: t(`imports.rows.${key}`),
            children: report.rows[key],
          }),
        )}
      />
      {report.badRows.length > 0 && (
        <>
          <Button
            className="filters"
            data-testid="download-bad-rows"
            onClick={() =>
              download(
                `${report.fileName}.errors.csv`,
                badRowsCsv(report.badRows, header),
              )
            }
          >
            {t('imports.downloadErrors')}
          </Button>
          <Table<BadRow>
            size="small"
            data-testid="bad-rows"
            rowKey={(row) => `${row.row}/${row.column ?? ''}/${row.code}`}
            dataSource={report.badRows}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              { title: header[0], dataIndex: 'row' },
              { title: header[1], dataIndex: 'column' },
              { title: header[2], dataIndex: 'code' },
              { title: header[3], dataIndex: 'message' },
              { title: header[4], dataIndex: 'value' },
            ]}
          />
        </>
      )}
    </Card>
  );
}

function UploadCard({ onImported }: { onImported(): void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ImportKind>('sales');
  const [skipBad, setSkipBad] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const start = async (file: File) => {
    setReport(null);
    setFailure(null);
    setProgress({ sentPct: 0, sent: false });
    try {
      setReport(await uploadImport(kind, file, skipBad, setProgress));
      onImported();
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status
          ? error.message
          : t('error.network'),
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('imports.upload')}>
        <Space wrap>
          <Select<ImportKind>
            value={kind}
            style={{ width: 160 }}
            data-testid="import-kind"
            onChange={setKind}
            options={importKinds.map((value) => ({
              value,
              label: t(`imports.kind.${value}`),
            }))}
          />
          <Checkbox
            checked={skipBad}
            onChange={(event) => setSkipBad(event.target.checked)}
          >
            {t('imports.skipBad')}
          </Checkbox>
          <Upload
            accept=".csv,.xlsx"
            showUploadList={false}
            disabled={progress !== null}
            beforeUpload={(file) => {
              void start(file);
              return false;
            }}
          >
            <Button
              type="primary"
              disabled={progress !== null}
              data-testid="choose-file"
            >
              {t('imports.choose')}
            </Button>
          </Upload>
        </Space>
        {progress && (
          <div data-testid="import-progress">
            <Progress percent={progress.sentPct} status="active" />
            {progress.sent && <span>{t('imports.storing')}</span>}
          </div>
        )}
        {failure && <Alert type="error" showIcon title={failure} />}
      </Card>
      {report && <ReportCard report={report} />}
    </Space>
  );
}

export default function ImportsPage() {
  const { t, locale } = useI18n();
  const principal = usePrincipal();
  const batches = useApi(
    () => api<Page<ImportBatch>>('/api/imports', { query: { limit: 50 } }),
    'batches',
  );

  return (
    <>
      <PageHead title={t('nav.imports')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {can(principal.role, 'runImports') && (
          <UploadCard onImported={batches.reload} />
        )}
        <Card size="small" title={t('imports.batches')}>
          {batches.error ? (
            <LoadFailure error={batches.error} />
          ) : (
            <Table<ImportBatch>
              size="small"
              rowKey="id"
              data-testid="batches-table"
              loading={batches.loading}
              dataSource={batches.data?.items ?? []}
              pagination={false}
              columns={[
                { title: '#', dataIndex: 'id' },
                {
                  title: t('imports.kindLabel'),
                  dataIndex: 'kind',
                  render: (kind: ImportKind) => t(`imports.kind.${kind}`),
                },
                { title: t('imports.fileName'), dataIndex: 'fileName' },
                {
                  title: t('imports.statusLabel'),
                  dataIndex: 'status',
                  render: (status: ImportBatch['status']) => (
                    <Tag color={status === 'committed' ? 'green' : 'red'}>
                      {t(`imports.status.${status}`)}
                    </Tag>
                  ),
                },
                ...(
                  ['total', 'new', 'updated', 'duplicate', 'bad'] as const
                ).map((key) => ({
                  title: t(`imports.rows.${key}`),
                  key,
                  align: 'right' as const,
                  render: (_: unknown, batch: ImportBatch) => batch.rows[key],
                })),
                { title: t('imports.actor'), dataIndex: 'actor' },
                {
                  title: t('imports.finishedAt'),
                  dataIndex: 'finishedAt',
                  render: (value: string) => formatDateTime(value, locale),
                },
              ]}
            />
          )}
        </Card>
      </Space>
    </>
  );
}
