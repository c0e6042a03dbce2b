import { App, Button, Input, Modal, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { ProgramVersion } from '../../api/types';
import { usePrincipal } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { approveVersion, rejectVersion } from './version-actions';

/** Approve or reject a submitted version; never one's own work. */
export function ReviewButtons({
  code,
  version,
  onDone,
}: {
  code: string;
  version: ProgramVersion;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const principal = usePrincipal();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const ownWork =
    version.author === principal.name || version.submittedBy === principal.name;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      void message.success(done);
      setRejecting(false);
      onDone();
    } catch (error) {
      void message.error(
        error instanceof ApiError ? error.message : t('error.network'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space>
      <Tooltip title={ownWork ? t('review.ownWork') : undefined}>
        <Button
          type="primary"
          size="small"
          disabled={ownWork}
          loading={busy}
          data-testid={`approve-${code}-${version.version}`}
          onClick={() =>
            void run(
              () => approveVersion(code, version.version),
              t('review.approved'),
            )
          }
        >
          {t('review.approve')}
        </Button>
      </Tooltip>
      <Button
        danger
        size="small"
        disabled={ownWork}
        data-testid={`reject-${code}-${version.version}`}
        onClick={() => setRejecting(true)}
      >
        {t('review.reject')}
      </Button>
      <Modal
        open={rejecting}
        title={t('review.rejectTitle', { code, version: version.version })}
        okText={t('review.reject')}
        okButtonProps={{
          danger: true,
          disabled: reason.trim() === '',
          loading: busy,
        }}
        cancelText={t('common.cancel')}
        onCancel={() => setRejecting(false)}
        onOk={() =>
          void run(
            () => rejectVersion(code, version.version, reason.trim()),
            t('review.rejected'),
          )
        }
      >
        <Input.TextArea
          rows={4}
          data-testid="reject-reason"
          placeholder={t('review.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Modal>
    </Space>
  );
}
