import { App, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { RefusalAlert } from '../../common/RefusalAlert';
import { useSubmit } from '../../common/use-submit';
import { useI18n } from '../../i18n/I18nProvider';
import type { Statement } from './statement-types';

/** The customer disputes an issued statement, saying why. */
export function DisputeModal({
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
  const [comment, setComment] = useState('');
  const { busy, refusal, submit, clear } = useSubmit();

  const close = () => {
    setComment('');
    clear();
    onClose();
  };

  return (
    <Modal
      open={statement !== null}
      title={t('statement.disputeTitle', { no: statement?.statementNo ?? '' })}
      okText={t('statement.dispute')}
      okButtonProps={{
        danger: true,
        disabled: comment.trim() === '',
        loading: busy,
      }}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => {
        if (!statement) return;
        void submit(() =>
          api(`/api/statements/${statement.id}/dispute`, {
            method: 'POST',
            json: { comment: comment.trim() },
          }),
        ).then((done) => {
          if (!done) return;
          void message.success(t('statement.disputed'));
          close();
          onDone();
        });
      }}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          rows={4}
          maxLength={2000}
          data-testid="dispute-comment"
          placeholder={t('statement.disputeHint')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <RefusalAlert refusal={refusal} />
      </Space>
    </Modal>
  );
}
