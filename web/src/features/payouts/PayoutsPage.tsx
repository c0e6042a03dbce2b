import { App, Button, Card, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { can } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { formatDate, formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../money/format';
import type { Claim, Payout } from './payout-types';

// Claims and payouts carry no currency of their own: they are in the
// program's, which is CNY for every program the store holds today.
const currency = 'CNY';

function useAction(onDone: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();

  return async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
      onDone();
    } catch (error) {
      void message.error(
        error instanceof ApiError ? error.message : t('error.network'),
      );
    }
  };
}

function ClaimsCard({ decides }: { decides: boolean }) {
  const { t, locale } = useI18n();
  const claims = useApi(
    () => api<Page<Claim>>('/api/claims', { query: { limit: 100 } }),
    'claims',
  );
  const run = useAction(claims.reload);
  const [rejecting, setRejecting] = useState<Claim | null>(null);
  const [reason, setReason] = useState('');

  if (claims.error) return <LoadFailure error={claims.error} />;

  return (
    <Card size="small" title={t('payouts.claims')}>
      <Table<Claim>
        size="small"
        rowKey="id"
        data-testid="claims-table"
        loading={claims.loading}
        dataSource={claims.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '#', dataIndex: 'id' },
          { title: t('program.code'), dataIndex: 'programCode' },
          { title: t('customers.name'), dataIndex: 'customerName' },
          {
            title: t('payouts.period'),
            dataIndex: 'periodStart',
            render: (value: string) => formatDate(value, locale),
          },
          {
            title: t('payouts.claimed'),
            dataIndex: 'claimedAmount',
            align: 'right',
            render: (value: string) => formatMoney(value, currency, locale),
          },
          {
            title: t('payouts.approvedAmount'),
            dataIndex: 'approvedAmount',
            align: 'right',
            render: (value: string | null) =>
              value === null ? '' : formatMoney(value, currency, locale),
          },
          {
            title: t('programs.status'),
            dataIndex: 'status',
            render: (status: Claim['status']) => (
              <Tag>{t(`claim.${status}`)}</Tag>
            ),
          },
          {
            title: t('payouts.claimedAt'),
            dataIndex: 'claimedAt',
            render: (value: string) => formatDateTime(value, locale),
          },
          {
            title: '',
            key: 'decide',
            render: (_: unknown, claim) =>
              decides &&
              claim.status === 'submitted' && (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() =>
                      void run(
                        () =>
                          api(`/api/claims/${claim.id}/approve`, {
                            method: 'POST',
                            json: {},
                          }),
                        t('review.approved'),
                      )
                    }
                  >
                    {t('payouts.approveInFull')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => setRejecting(claim)}
                  >
                    {t('review.reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={rejecting !== null}
        title={t('payouts.rejectClaim', { id: rejecting?.id ?? '' })}
        okText={t('review.reject')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        cancelText={t('common.cancel')}
        onCancel={() => setRejecting(null)}
        onOk={() => {
          const claim = rejecting;
          setRejecting(null);
          if (!claim) return;
          void run(
            () =>
              api(`/api/claims/${claim.id}/reject`, {
                method: 'POST',
                json: { reason: reason.trim() },
              }),
            t('review.rejected'),
          );
        }}
      >
        <Input.TextArea
          rows={3}
          placeholder={t('review.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Modal>
    </Card>
  );
}

function PayoutsCard({ releases }: { releases: boolean }) {
  const { t, locale } = useI18n();
  const payouts = useApi(
    () => api<Page<Payout>>('/api/payouts', { query: { limit: 100 } }),
    'payouts',
  );
  const run = useAction(payouts.reload);

  if (payouts.error) return <LoadFailure error={payouts.error} />;

  return (
    <Card size="small" title={t('payouts.payouts')}>
      <Table<Payout>
        size="small"
        rowKey="id"
        data-testid="payouts-table"
        loading={payouts.loading}
        dataSource={payouts.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '#', dataIndex: 'id' },
          { title: t('program.code'), dataIndex: 'programCode' },
          { title: t('customers.name'), dataIndex: 'customerName' },
          {
            title: t('program.payoutForm'),
            dataIndex: 'form',
            render: (form: Payout['form']) => t(`payout.${form}`),
          },
          {
            title: t('payouts.amount'),
            dataIndex: 'amount',
            align: 'right',
            render: (value: string) => formatMoney(value, currency, locale),
          },
          {
            title: t('programs.status'),
            dataIndex: 'status',
            render: (status: Payout['status']) => (
              <Tag color={status === 'released' ? 'green' : 'gold'}>
                {t(`payouts.status.${status}`)}
              </Tag>
            ),
          },
          { title: t('program.createdBy'), dataIndex: 'createdBy' },
          {
            title: t('payouts.voucher'),
            dataIndex: 'voucher',
            render: (voucher: Payout['voucher']) =>
              voucher ? `${voucher.year}-${voucher.no}` : '',
          },
          {
            title: '',
            key: 'release',
            render: (_: unknown, payout) =>
              releases &&
              payout.status === 'created' && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() =>
                    void run(
                      () =>
                        api(`/api/payouts/${payout.id}/release`, {
                          method: 'POST',
                          json: {},
                        }),
                      t('payouts.released'),
                    )
                  }
                >
                  {t('payouts.release')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

/** Claims to decide and payouts to release; a customer sees its own. */
export default function PayoutsPage() {
  const { t } = useI18n();
  const principal = usePrincipal();
  const approves = can(principal.role, 'approvePrograms');

  return (
    <>
      <PageHead title={t('nav.payouts')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ClaimsCard decides={approves} />
        <PayoutsCard releases={approves} />
      </Space>
    </>
  );
}
