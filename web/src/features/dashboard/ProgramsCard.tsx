import { Card, Progress, Table } from 'antd';
import { Link } from 'react-router';
import type { Dashboard, DashboardProgram } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { toBarPercent } from '../../money/chart-number';
import { formatMoney, formatPercent } from '../../money/format';
import { StatusTag } from '../programs/StatusTag';

/** Each program's accrued and projected rebates against its budget. */
export function ProgramsCard({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const money = (code: string, field: string, amount: string | null) =>
    amount === null ? (
      ''
    ) : (
      <span className="money" data-testid={`program-${code}-${field}`}>
        {formatMoney(amount, dashboard.currency, locale)}
      </span>
    );

  return (
    <Card size="small" title={t('dashboard.programs')}>
      <Table<DashboardProgram>
        size="small"
        rowKey="code"
        pagination={false}
        data-testid="dashboard-programs"
        dataSource={dashboard.programs}
        columns={[
          {
            title: t('dashboard.program'),
            key: 'program',
            render: (_: unknown, row) => (
              <>
                <Link to={`/programs/${encodeURIComponent(row.code)}`}>
                  {row.code}
                </Link>{' '}
                <StatusTag status={row.status} />
                <div className="kpi-note">{row.name}</div>
              </>
            ),
          },
          {
            title: t('dashboard.accrued'),
            key: 'accrued',
            align: 'right',
            render: (_: unknown, row) =>
              money(row.code, 'accrued', row.accrued),
          },
          {
            title: t('dashboard.projected'),
            key: 'projected',
            align: 'right',
            render: (_: unknown, row) =>
              money(row.code, 'projected', row.projected),
          },
          {
            title: t('program.budget'),
            key: 'budget',
            align: 'right',
            render: (_: unknown, row) => money(row.code, 'budget', row.budget),
          },
          {
            title: t('dashboard.budgetUsed'),
            key: 'budgetUsed',
            width: 150,
            render: (_: unknown, row) =>
              row.budgetUsedPct === null ? (
                ''
              ) : (
                <Progress
                  size="small"
                  data-testid={`program-${row.code}-budget-used`}
                  percent={toBarPercent(row.budgetUsedPct)}
                  status={
                    toBarPercent(row.budgetUsedPct) >= 100
                      ? 'exception'
                      : 'normal'
                  }
                  format={() => formatPercent(row.budgetUsedPct ?? '', locale)}
                />
              ),
          },
        ]}
      />
    </Card>
  );
}
