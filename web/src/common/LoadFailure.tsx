import { Alert } from 'antd';
import { ApiError } from '../api/client';
import { NotFoundPage } from '../app/PageGuard';
import { useI18n } from '../i18n/I18nProvider';

/** A failed load: a record out of reach looks like one that does not exist. */
export function LoadFailure({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (
    error instanceof ApiError &&
    (error.status === 404 || error.status === 403)
  ) {
    return <NotFoundPage />;
  }

  const message =
    error instanceof ApiError ? error.message : t('error.network');
  return <Alert type="error" showIcon title={message} />;
}
