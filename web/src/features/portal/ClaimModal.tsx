import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { RefusalAlert } from '../../common/RefusalAlert';
import { useSubmit } from '../../common/use-submit';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import type { SettlementPeriod } from '../settlements/settlement-types';

const keyOf = (period: SettlementPeriod) =>
  `${period.programCode}|${period.periodStart}`;

/**
 * A claim of a closed period's rebate: at most what the period owes and is
 * not yet paid, which the server checks.
 */
export function ClaimModal({
  customerCode,
  open,
  onClose,
  onDone,
}: {
  customerCode: string;
  open: boolean;
  onClose(): void;
  onDone(): void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [period, setPeriod] = useState<SettlementPeriod | null>(null);
  const [amount, setAmount] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const { busy, refusal, submit, clear } = useSubmit();

  const closed = useApi(
    () =>
      open
        ? api<Page<SettlementPeriod>>('/api/periods', {
            query: { state: 'closed', limit: 500 },
          })
        : Promise.resolve(null),
    `claim-periods:${String(open)}`,
  );
  const periods = closed.data?.items ?? [];

  const close = () => {
    setPeriod(null);
    setAmount(null);
    setNote('');
    clear();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('portal.claimTitle')}
      okText={t('portal.claimSubmit')}
      okButtonProps={{
        disabled: !period || !amount?.trim(),
        loading: busy,
      }}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => {
        if (!period || !amount) return;
        void submit(() =>
          api('/api/claims', {
            method: 'POST',
            json: {
              programCode: period.programCode,
              customerCode,
              periodStart: period.periodStart,
              amount: amount.trim(),
              ...(note.trim() ? { note: note.trim() } : {}),
            },
          }),
        ).then((done) => {
          if (!done) return;
          void message.success(t('portal.claimFiled'));
          close();
          onDone();
        });
      }}
    >
      <Form layout="vertical">
        <Form.Item label={t('portal.claimPeriod')} htmlFor="claim-period">
          <Select<string>
            id="claim-period"
            loading={closed.loading}
            value={period ? keyOf(period) : undefined}
            options={periods.map((one) => ({
              value: keyOf(one),
              label: `${one.programCode} ${one.programName} · ${formatDate(one.periodStart, locale)} – ${formatDate(one.periodEnd, locale)}`,
            }))}
            onChange={(value) =>
              setPeriod(periods.find((one) => keyOf(one) === value) ?? null)
            }
          />
        </Form.Item>
        <Form.Item label={t('payouts.claimed')} htmlFor="claim-amount">
          <InputNumber<string>
            id="claim-amount"
            stringMode
            min="0.01"
            step="0.01"
            style={{ width: '100%' }}
            value={amount}
            onChange={setAmount}
          />
        </Form.Item>
        <Form.Item label={t('portal.claimNote')} htmlFor="claim-note">
          <Input.TextArea
            id="claim-note"
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Form.Item>
      </Form>
      <RefusalAlert refusal={refusal} />
    </Modal>
  );
}
