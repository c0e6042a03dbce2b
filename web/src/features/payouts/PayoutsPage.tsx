import { Space } from 'antd';
import { can } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { PageHead } from '../../common/PageHead';
import { useI18n } from '../../i18n/I18nProvider';
import { ClaimsCard, PayoutsCard } from './PayoutCards';

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
