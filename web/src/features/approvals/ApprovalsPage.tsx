import { Empty, Table } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type {
  Page,
  ProgramDetail,
  ProgramSummary,
  ProgramVersion,
} from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { formatDate, formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { ReviewButtons } from '../programs/ReviewButtons';

interface Waiting {
  program: ProgramSummary;
  version: ProgramVersion;
}

/** A submitted version is always a program's newest, not yet in force. */
function mayWait(program: ProgramSummary): boolean {
  return (
    program.status !== 'closed' &&
    program.latestVersion !== program.versionInForce
  );
}

async function loadInbox(): Promise<Waiting[]> {
  const page = await api<Page<ProgramSummary>>('/api/programs', {
    query: { limit: 500 },
  });
  const details = await Promise.all(
    page.items.filter(mayWait).map(async (program) => ({
      program,
      detail: await api<ProgramDetail>(
        `/api/programs/${encodeURIComponent(program.code)}`,
      ),
    })),
  );

  return details.flatMap(({ program, detail }) =>
    detail.versions
      .filter((version) => version.status === 'submitted')
      .map((version) => ({ program, version })),
  );
}

export default function ApprovalsPage() {
  const { t, locale } = useI18n();
  const inbox = useApi(loadInbox, 'inbox');

  return (
    <>
      <PageHead title={t('nav.approvals')} />
      {inbox.error ? (
        <LoadFailure error={inbox.error} />
      ) : (
        <Table<Waiting>
          rowKey={(row) => `${row.program.code}/${row.version.version}`}
          data-testid="approvals-table"
          loading={inbox.loading}
          dataSource={inbox.data ?? []}
          locale={{ emptyText: <Empty description={t('approvals.empty')} /> }}
          pagination={false}
          columns={[
            {
              title: t('program.code'),
              key: 'code',
              render: (_: unknown, row) => (
                <Link to={`/programs/${encodeURIComponent(row.program.code)}`}>
                  {row.program.code}
                </Link>
              ),
            },
            {
              title: t('program.name'),
              key: 'name',
              render: (_: unknown, row) => row.program.name,
            },
            {
              title: t('program.version'),
              key: 'version',
              render: (_: unknown, row) => `v${row.version.version}`,
            },
            {
              title: t('program.effectiveFrom'),
              key: 'effectiveFrom',
              render: (_: unknown, row) =>
                formatDate(row.version.effectiveFrom, locale),
            },
            {
              title: t('approvals.submittedBy'),
              key: 'by',
              render: (_: unknown, row) => row.version.submittedBy,
            },
            {
              title: t('approvals.submittedAt'),
              key: 'at',
              render: (_: unknown, row) =>
                formatDateTime(row.version.submittedAt, locale),
            },
            {
              title: '',
              key: 'review',
              render: (_: unknown, row) => (
                <ReviewButtons
                  code={row.program.code}
                  version={row.version}
                  onDone={inbox.reload}
                />
              ),
            },
          ]}
        />
      )}
    </>
  );
}
