import { Button, Card, Space, Table, Tag } from 'antd';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { can } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { LoadFailure } from '../../common/LoadFailure';
import { useAction } from '../../common/use-action';
import { formatDate, formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import type { AgreementStatus, AgreementSummary } from './portal-types';

const statusColors: Record<AgreementStatus, string> = {
  draft: 'default',
  active: 'green',
  terminated: 'red',
};

/** The customer's rebate agreements; its own user accepts their terms. */
export function CustomerAgreements({ customerCode }: { customerCode: string }) {
  const { t, locale } = useI18n();
  const principal = usePrincipal();
  const accepts = can(principal.role, 'acceptAgreements');
  const agreements = useApi(
    () =>
      api<Page<AgreementSummary>>('/api/agreements', {
        query: { customer: customerCode, limit: 100 },
      }),
    `agreements:${customerCode}`,
  );
  const run = useAction(agreements.reload);

  return (
    <Card size="small" title={t('portal.agreements')}>
      {agreements.error ? (
        <LoadFailure error={agreements.error} />
      ) : (
        <Table<AgreementSummary>
          size="small"
          rowKey="id"
          data-testid="agreements-table"
          loading={agreements.loading}
          dataSource={agreements.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t('program.code'), dataIndex: 'programCode' },
            { title: t('program.name'), dataIndex: 'programName' },
            {
              title: t('programs.status'),
              dataIndex: 'status',
              render: (status: AgreementStatus) => (
                <Tag color={statusColors[status]}>
                  {t(`agreement.status.${status}`)}
                </Tag>
              ),
            },
            { title: t('agreement.contractNo'), dataIndex: 'contractNo' },
            {
              title: t('agreement.signedOn'),
              dataIndex: 'signedOn',
              render: (value: string | null) => formatDate(value, locale),
            },
            {
              title: t('agreement.accepted'),
              key: 'accepted',
              render: (_: unknown, agreement) =>
                agreement.acceptedAt
                  ? t('agreement.acceptedByAt', {
                      who: agreement.acceptedBy ?? '',
                      at: formatDateTime(agreement.acceptedAt, locale),
                    })
                  : t('agreement.notAccepted'),
            },
            {
              title: '',
              key: 'actions',
              render: (_: unknown, agreement) => (
                <Space size="small">
                  {agreement.document && (
                    <Button
                      size="small"
                      href={`/api/agreements/${agreement.id}/document`}
                      download
                      data-testid={`document-${agreement.id}`}
                    >
                      {t('agreement.document')}
                    </Button>
                  )}
                  {accepts &&
                    agreement.acceptedAt === null &&
                    agreement.status !== 'terminated' && (
                      <Button
                        size="small"
                        type="primary"
                        data-testid={`accept-${agreement.programCode}`}
                        onClick={() =>
                          void run(
                            () =>
                              api(`/api/agreements/${agreement.id}/accept`, {
                                method: 'POST',
                              }),
                            t('agreement.acceptedNow'),
                          )
                        }
                      >
                        {t('agreement.accept')}
                      </Button>
                    )}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
