import { Button, Card, Input, Modal, Space, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useAction } from '../../common/use-action';
import { LoadFailure } from '../../common/LoadFailure';
import { formatDate, formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../money/format';
import { rebateCurrency, type Claim, type Payout } from './payout-types';

export interface ClaimsCardProps {
  decides: boolean;
  /** One customer's claims only; every claim in scope when absent. */
  customerCode?: string;
  /** Shown in the card's head, e.g. a button to file a claim. */
  extra?: ReactNode;
  /** Changing it loads the claims again. */
  refreshKey?: number;
}

/** Claims newest first; an approver decides the submitted ones. */
export function ClaimsCard({
  decides,
  customerCode,
  extra,
  refreshKey = 0,
}: ClaimsCardProps) {
  const { t, locale } = useI18n();
  const query = { limit: 100, customer: customerCode };
  const claims = useApi(
    () => api<Page<Claim>>('/api/claims', { query }),
    `claims:${customerCode ?? ''}:${refreshKey}`,
  );
  const run = useAction(claims.reload);
  const [rejecting, setRejecting] = useState<Claim | null>(null);
  const [reason, setReason] = useState('');

  if (claims.error) return <LoadFailure error={claims.error} />;

  return (
    <Card size="small" title={t('payouts.claims')} extra={extra}>
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
            render: (value: string) =>
              formatMoney(value, rebateCurrency, locale),
          },
          {
            title: t('payouts.approvedAmount'),
            dataIndex: 'approvedAmount',
            align: 'right',
            render: (value: string | null) =>
              value === null ? '' : formatMoney(value, rebateCurrency, locale),
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

/** Payouts newest first; an approver releases the ones created. */
export function PayoutsCard({ releases }: { releases: boolean }) {
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
            render: (value: string) =>
              formatMoney(value, rebateCurrency, locale),
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
