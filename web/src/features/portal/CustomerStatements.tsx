import { Card } from 'antd';
import { can } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { StatementsTable } from '../statements/StatementsTable';

/** The customer's statements; its own user confirms or disputes them. */
export function CustomerStatements({ customerCode }: { customerCode: string }) {
  const { t } = useI18n();
  const principal = usePrincipal();

  return (
    <Card size="small" title={t('settlements.statements')}>
      <StatementsTable
        customerCode={customerCode}
        answers={can(principal.role, 'answerStatements')}
        resolves={can(principal.role, 'resolveStatements')}
      />
    </Card>
  );
}
