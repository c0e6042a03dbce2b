import { Button, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { StatementsTable } from '../statements/StatementsTable';
import { IssueStatementModal } from './IssueStatementModal';

/** Every statement in scope; finance issues them and resolves disputes. */
export function StatementsTab({
  issues,
  resolves,
  refreshKey,
}: {
  issues: boolean;
  resolves: boolean;
  refreshKey: number;
}) {
  const { t } = useI18n();
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState(0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {issues && (
        <Button
          type="primary"
          data-testid="issue-statement"
          onClick={() => setIssuing(true)}
        >
          {t('statement.issue')}
        </Button>
      )}
      <StatementsTable
        answers={false}
        resolves={resolves}
        refreshKey={refreshKey + issued}
      />
      <IssueStatementModal
        open={issuing}
        onClose={() => setIssuing(false)}
        onDone={() => setIssued((n) => n + 1)}
      />
    </Space>
  );
}
