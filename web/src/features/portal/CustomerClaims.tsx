import { Button } from 'antd';
import { useState } from 'react';
import { can } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { ClaimsCard } from '../payouts/PayoutCards';
import { ClaimModal } from './ClaimModal';

/** The customer's claims; its own user files new ones. */
export function CustomerClaims({ customerCode }: { customerCode: string }) {
  const { t } = useI18n();
  const principal = usePrincipal();
  const [filing, setFiling] = useState(false);
  const [filed, setFiled] = useState(0);

  return (
    <>
      <ClaimsCard
        decides={can(principal.role, 'approvePrograms')}
        customerCode={customerCode}
        refreshKey={filed}
        extra={
          can(principal.role, 'createClaims') && (
            <Button
              size="small"
              type="primary"
              data-testid="new-claim"
              onClick={() => setFiling(true)}
            >
              {t('portal.newClaim')}
            </Button>
          )
        }
      />
      <ClaimModal
        customerCode={customerCode}
        open={filing}
        onClose={() => setFiling(false)}
        onDone={() => setFiled((n) => n + 1)}
      />
    </>
  );
}
