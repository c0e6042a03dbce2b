import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { canSee, type PageName } from '../auth/permissions';
import { usePrincipal } from '../auth/SessionProvider';
import { useI18n } from '../i18n/I18nProvider';

export function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();

  return (
    <Result
      status="404"
      data-testid="not-found"
      title={t('notFound.title')}
      subTitle={t('notFound.hint')}
      extra={
        <Button onClick={() => navigate('/')}>{t('notFound.home')}</Button>
      }
    />
  );
}

/** A page the role has no menu for answers as if it did not exist. */
export function PageGuard({
  page,
  children,
}: {
  page: PageName;
  children: ReactNode;
}) {
  const principal = usePrincipal();
  if (!canSee(principal.role, page)) return <NotFoundPage />;

  return children;
}
