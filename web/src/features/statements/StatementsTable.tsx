import { Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { usePrincipal } from '../../auth/SessionProvider';
import { LoadFailure } from '../../common/LoadFailure';
import { useAction } from '../../common/use-action';
import { formatDate, formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../money/format';
import { rebateCurrency } from '../payouts/payout-types';
import { DisputeModal } from './DisputeModal';
import { ResolveModal } from './ResolveModal';
import { StatementStatusTag } from './StatementStatusTag';
import { statementFileUrl, type Statement } from './statement-types';

export interface StatementsTableProps {
  /** One customer's statements only; every one in scope when absent. */
  customerCode?: string;
  /** The customer's own user: confirm or dispute an issued statement. */
  answers: boolean;
  /** An approver: resolve a dispute over a statement someone else issued. */
  resolves: boolean;
  /** Changing it loads the statements again. */
  refreshKey?: number;
}

/** Statements newest first, with their page, PDF and the next step. */
export function StatementsTable({
  customerCode,
  answers,
  resolves,
  refreshKey = 0,
}: StatementsTableProps) {
  const { t, locale } = useI18n();
  const principal = usePrincipal();
  const query = { limit: 100, customer: customerCode };
  const statements = useApi(
    () => api<Page<Statement>>('/api/statements', { query }),
    `statements:${customerCode ?? ''}:${refreshKey}`,
  );
  const run = useAction(statements.reload);
  const [disputing, setDisputing] = useState<Statement | null>(null);
  const [resolving, setResolving] = useState<Statement | null>(null);

  if (statements.error) return <LoadFailure error={statements.error} />;

  const confirm = (statement: Statement) =>
    void run(
      () =>
        api(`/api/statements/${statement.id}/confirm`, {
          method: 'POST',
          json: {},
        }),
      t('statement.confirmed'),
    );

  return (
    <>
      <Table<Statement>
        size="small"
        rowKey="id"
        data-testid="statements-table"
        loading={statements.loading}
        scroll={{ x: 'max-content' }}
        dataSource={statements.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('statement.no'), dataIndex: 'statementNo' },
          // One customer's own statements need no column naming it.
          ...(customerCode === undefined
            ? [{ title: t('customers.name'), dataIndex: 'customerName' }]
            : []),
          { title: t('program.code'), dataIndex: 'programCode' },
          {
            title: t('payouts.period'),
            key: 'period',
            render: (_: unknown, statement) =>
              `${formatDate(statement.periodStart, locale)} – ${formatDate(
                statement.periodEnd,
                locale,
              )}`,
          },
          {
            title: t('programs.status'),
            dataIndex: 'status',
            render: (status: Statement['status']) => (
              <StatementStatusTag status={status} />
            ),
          },
          {
            title: t('statement.owed'),
            dataIndex: 'owedAmount',
            align: 'right',
            render: (value: string) =>
              formatMoney(value, rebateCurrency, locale),
          },
          {
            title: t('statement.issuedAt'),
            dataIndex: 'issuedAt',
            render: (value: string) => formatDateTime(value, locale),
          },
          {
            title: t('statement.note'),
            key: 'note',
            render: (_: unknown, statement) => (
              <StatementNote statement={statement} />
            ),
          },
          {
            title: '',
            key: 'actions',
            fixed: 'right',
            render: (_: unknown, statement) => (
              <Space size="small" wrap>
                <Button
                  size="small"
                  href={statementFileUrl(statement, 'html', locale)}
                  target="_blank"
                  data-testid={`html-${statement.statementNo}`}
                >
                  {t('statement.html')}
                </Button>
                <Button
                  size="small"
                  href={statementFileUrl(statement, 'pdf', locale)}
                  download
                  data-testid={`pdf-${statement.statementNo}`}
                >
                  {t('statement.pdf')}
                </Button>
                {answers && statement.status === 'issued' && (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      data-testid={`confirm-${statement.statementNo}`}
                      onClick={() => confirm(statement)}
                    >
                      {t('statement.confirm')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      data-testid={`dispute-${statement.statementNo}`}
                      onClick={() => setDisputing(statement)}
                    >
                      {t('statement.dispute')}
                    </Button>
                  </>
                )}
                {resolves &&
                  statement.status === 'disputed' &&
                  statement.issuedBy !== principal.name && (
                    <Button
                      size="small"
                      type="primary"
                      data-testid={`resolve-${statement.statementNo}`}
                      onClick={() => setResolving(statement)}
                    >
                      {t('statement.resolve')}
                    </Button>
                  )}
              </Space>
            ),
          },
        ]}
      />
      <DisputeModal
        statement={disputing}
        onClose={() => setDisputing(null)}
        onDone={statements.reload}
      />
      <ResolveModal
        statement={resolving}
        onClose={() => setResolving(null)}
        onDone={statements.reload}
      />
    </>
  );
}

/** The customer's comment and the answer to it, where there are any. */
function StatementNote({ statement }: { statement: Statement }) {
  const { t, locale } = useI18n();
  const lines = [
    statement.disputeComment &&
      t('statement.disputeComment', { comment: statement.disputeComment }),
    statement.adjustment &&
      t('statement.adjustedBy', {
        amount: formatMoney(
          statement.adjustment.amount,
          rebateCurrency,
          locale,
        ),
      }),
    statement.resolutionReason &&
      t('statement.resolutionReason', { reason: statement.resolutionReason }),
  ].filter((line): line is string => Boolean(line));

  return (
    <Space orientation="vertical" size={0}>
      {lines.map((line) => (
        <Typography.Text key={line} type="secondary">
          {line}
        </Typography.Text>
      ))}
    </Space>
  );
}
