import { Card, Col, Progress, Row, Statistic } from 'antd';
import type { Dashboard } from '../../api/types';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { toBarPercent } from '../../money/chart-number';
import { formatMoney, formatPercent } from '../../money/format';
import { budgetUseOf } from './budget-use';

/** Accrued, projected and budget use over every program in the caller's view. */
export function KpiCards({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const { totals, currency } = dashboard;
  const money = (amount: string) => formatMoney(amount, currency, locale);
  const budgetUse = budgetUseOf(dashboard.programs);

  return (
    <Row gutter={16} align="stretch">
      <Col span={8}>
        <Card size="small" className="kpi-card">
          <Statistic
            title={t('dashboard.accrued')}
            value={money(totals.accrued)}
            valueRender={() => (
              <span className="money" data-testid="kpi-accrued">
                {money(totals.accrued)}
              </span>
            )}
          />
          <div className="kpi-note">
            {t('dashboard.asOf', { date: formatDate(dashboard.asOf, locale) })}
          </div>
        </Card>
      </Col>
      <Col span={8}>
        <Card size="small" className="kpi-card">
          <Statistic
            title={t('dashboard.projected')}
            value={money(totals.projected)}
            valueRender={() => (
              <span className="money" data-testid="kpi-projected">
                {money(totals.projected)}
              </span>
            )}
          />
          <div className="kpi-note">{t('dashboard.projectedHint')}</div>
        </Card>
      </Col>
      <Col span={8}>
        <Card size="small" className="kpi-card">
          <Statistic
            title={t('dashboard.budgetUsed')}
            value={budgetUse ? budgetUse.usedPct : ''}
            valueRender={() => (
              <span className="money" data-testid="kpi-budget-used">
                {budgetUse
                  ? formatPercent(budgetUse.usedPct, locale)
                  : t('dashboard.noBudget')}
              </span>
            )}
          />
          {budgetUse && (
            <>
              <Progress
                percent={toBarPercent(budgetUse.usedPct)}
                showInfo={false}
                status={
                  toBarPercent(budgetUse.usedPct) >= 100
                    ? 'exception'
                    : 'normal'
                }
                size="small"
              />
              <div className="kpi-note">
                <span data-testid="kpi-budget-projected">
                  {money(budgetUse.projected)}
                </span>
                {' / '}
                <span data-testid="kpi-budget">
                  {money(totals.budget ?? budgetUse.budget)}
                </span>
              </div>
            </>
          )}
        </Card>
      </Col>
    </Row>
  );
}
