import { Alert } from 'antd';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';

/** The server's reason for refusing a write, with the fields it names. */
export function RefusalAlert({ refusal }: { refusal: unknown }) {
  const { t } = useI18n();
  if (refusal === null || refusal === undefined) return null;

  const title =
    refusal instanceof ApiError ? refusal.message : t('error.network');
  const details =
    refusal instanceof ApiError
      ? refusal.details.map((detail) =>
          detail.path ? `${detail.path}: ${detail.message}` : detail.message,
        )
      : [];

  return (
    <Alert
      type="error"
      showIcon
      data-testid="refusal"
      title={title}
      description={details.length > 0 ? details.join('; ') : undefined}
    />
  );
}
