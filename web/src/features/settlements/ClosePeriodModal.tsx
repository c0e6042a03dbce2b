import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { RefusalAlert } from '../../common/RefusalAlert';
import { useSubmit } from '../../common/use-submit';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import type { SettlementPeriod } from './settlement-types';

/**
 * An approver closes an ended period: its settlements are computed as of
 * the day given (today when left empty) and frozen.
 */
export function ClosePeriodModal({
  period,
  onClose,
  onDone,
}: {
  period: SettlementPeriod | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [asOf, setAsOf] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { busy, refusal, submit, clear } = useSubmit();

  const close = () => {
    setAsOf(null);
    setReason('');
    clear();
    onClose();
  };

  return (
    <Modal
      open={period !== null}
      title={t('period.closeTitle', {
        program: period?.programCode ?? '',
        period: formatDate(period?.periodStart ?? null, locale),
      })}
      okText={t('period.close')}
      okButtonProps={{ loading: busy }}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => {
        if (!period) return;
        void submit(() =>
          api('/api/periods/close', {
            method: 'POST',
            json: {
              program: period.programCode,
              period: period.periodStart,
              ...(asOf ? { asOf } : {}),
              ...(reason.trim() ? { reason: reason.trim() } : {}),
            },
          }),
        ).then((done) => {
          if (!done) return;
          void message.success(t('period.closed'));
          close();
          onDone();
        });
      }}
    >
      <Typography.Paragraph type="secondary">
        {t('period.closeHint', {
          end: formatDate(period?.periodEnd ?? null, locale),
        })}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('period.asOf')} htmlFor="close-as-of">
          <DatePicker
            id="close-as-of"
            style={{ width: '100%' }}
            value={asOf ? dayjs(asOf) : null}
            onChange={(value: Dayjs | null) =>
              setAsOf(value ? value.format('YYYY-MM-DD') : null)
            }
          />
        </Form.Item>
        <Form.Item label={t('period.reason')} htmlFor="close-reason">
          <Input.TextArea
            id="close-reason"
            rows={3}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Form.Item>
      </Form>
      <RefusalAlert refusal={refusal} />
    </Modal>
  );
}
