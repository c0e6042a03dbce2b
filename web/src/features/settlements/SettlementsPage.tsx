import { Space, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { can } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { PageHead } from '../../common/PageHead';
import { useI18n } from '../../i18n/I18nProvider';
import { ClaimsCard, PayoutsCard } from '../payouts/PayoutCards';
import { JournalTab } from './JournalTab';
import { PeriodsTab } from './PeriodsTab';
import { StatementsTab } from './StatementsTab';

const tabs = ['periods', 'statements', 'payouts', 'journal'] as const;
type TabName = (typeof tabs)[number];

const isTab = (value: string | null): value is TabName =>
  tabs.some((tab) => tab === value);

/**
 * The settlement cycle after the accruals: close ended periods, issue and
 * settle statements, pay out, and hand the journal to accounting.
 */
export default function SettlementsPage() {
  const { t } = useI18n();
  const principal = usePrincipal();
  const [params, setParams] = useSearchParams();
  // A close changes what a statement can be issued for.
  const [closes, setCloses] = useState(0);

  const requested = params.get('tab');
  const active: TabName = isTab(requested) ? requested : 'periods';
  const approves = can(principal.role, 'approvePrograms');
  const items = [
    {
      key: 'periods',
      label: t('settlements.periods'),
      children: (
        <PeriodsTab
          closes={can(principal.role, 'closePeriods')}
          onClosed={() => setCloses((n) => n + 1)}
        />
      ),
    },
    {
      key: 'statements',
      label: t('settlements.statements'),
      children: (
        <StatementsTab
          issues={can(principal.role, 'issueStatements')}
          resolves={can(principal.role, 'resolveStatements')}
          refreshKey={closes}
        />
      ),
    },
    {
      key: 'payouts',
      label: t('nav.payouts'),
      children: (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ClaimsCard decides={approves} />
          <PayoutsCard releases={approves} />
        </Space>
      ),
    },
    ...(can(principal.role, 'readJournal')
      ? [
          {
            key: 'journal',
            label: t('settlements.journal'),
            children: <JournalTab />,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHead title={t('nav.settlements')} />
      <Tabs
        data-testid="settlements-tabs"
        activeKey={
          items.some((item) => item.key === active) ? active : 'periods'
        }
        destroyOnHidden
        items={items}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
      />
    </>
  );
}
