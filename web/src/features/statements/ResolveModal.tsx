import { App, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { RefusalAlert } from '../../common/RefusalAlert';
import { useSubmit } from '../../common/use-submit';
import { useI18n } from '../../i18n/I18nProvider';
import type { Statement } from './statement-types';

type Outcome = 'adjustment' | 'rejection';

/**
 * An approver answers a dispute: an adjustment (more owed when positive,
 * less when negative) or a rejection with its reason.
 */
export function ResolveModal({
  statement,
  onClose,
  onDone,
}: {
  statement: Statement | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [outcome, setOutcome] = useState<Outcome>('adjustment');
  const [amount, setAmount] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { busy, refusal, submit, clear } = useSubmit();

  const close = () => {
    setOutcome('adjustment');
    setAmount(null);
    setReason('');
    clear();
    onClose();
  };
  const ready =
    outcome === 'adjustment'
      ? amount !== null && amount.trim() !== ''
      : reason.trim() !== '';
  const body =
    outcome === 'adjustment'
      ? {
          outcome,
          amount: amount ?? '',
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        }
      : { outcome, reason: reason.trim() };

  return (
    <Modal
      open={statement !== null}
      title={t('statement.resolveTitle', { no: statement?.statementNo ?? '' })}
      okText={t('statement.resolve')}
      okButtonProps={{ disabled: !ready, loading: busy }}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => {
        if (!statement) return;
        void submit(() =>
          api(`/api/statements/${statement.id}/resolve`, {
            method: 'POST',
            json: body,
          }),
        ).then((done) => {
          if (!done) return;
          void message.success(t('statement.resolved'));
          close();
          onDone();
        });
      }}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {statement?.disputeComment && (
          <span>
            {t('statement.disputeComment', {
              comment: statement.disputeComment,
            })}
          </span>
        )}
        <Radio.Group
          value={outcome}
          data-testid="resolve-outcome"
          onChange={(event) =>
            setOutcome(
              event.target.value === 'rejection' ? 'rejection' : 'adjustment',
            )
          }
          options={[
            { value: 'adjustment', label: t('statement.outcome.adjustment') },
            { value: 'rejection', label: t('statement.outcome.rejection') },
          ]}
        />
        {outcome === 'adjustment' && (
          <InputNumber<string>
            stringMode
            step="0.01"
            style={{ width: '100%' }}
            data-testid="resolve-amount"
            placeholder={t('statement.adjustmentHint')}
            value={amount}
            onChange={(value) => setAmount(value)}
          />
        )}
        <Input.TextArea
          rows={3}
          maxLength={2000}
          data-testid="resolve-reason"
          placeholder={
            outcome === 'rejection'
              ? t('statement.rejectionReason')
              : t('statement.adjustmentReason')
          }
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <RefusalAlert refusal={refusal} />
      </Space>
    </Modal>
  );
}
