import { Col, DatePicker, Row, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Dashboard } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { PageHead } from '../../common/PageHead';
import { useI18n } from '../../i18n/I18nProvider';
import { CostShareCard } from './CostShareCard';
import { KpiCards } from './KpiCards';
import { NearNextTierCard } from './NearNextTierCard';
import { ProgramsCard } from './ProgramsCard';
import { RecentImportsCard } from './RecentImportsCard';

/**
 * The caller's rebates at a glance, as of the date in the address
 * (?asOf=YYYY-MM-DD) or the server's business date.
 */
export default function DashboardPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const asOf = search.get('asOf');
  const setAsOf = (date: string | null) =>
    setSearch(date ? { asOf: date } : {});
  const dashboard = useApi(
    () => api<Dashboard>('/api/dashboard', { query: { asOf } }),
    asOf ?? 'today',
  );

  const asOfPicker = (
    <DatePicker
      allowClear
      data-testid="dashboard-as-of"
      placeholder={t('dashboard.asOfPlaceholder')}
      value={asOf ? dayjs(asOf) : null}
      onChange={(date) => setAsOf(date ? date.format('YYYY-MM-DD') : null)}
    />
  );

  if (dashboard.error) return <LoadFailure error={dashboard.error} />;
  if (!dashboard.data) return <Spin className="page-spin" />;

  const data = dashboard.data;
  return (
    <>
      <PageHead title={t('nav.dashboard')} extra={asOfPicker} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <KpiCards dashboard={data} />
        <Row gutter={16}>
          <Col span={12}>
            <CostShareCard dashboard={data} />
          </Col>
          <Col span={12}>
            <ProgramsCard dashboard={data} />
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={15}>
            <NearNextTierCard dashboard={data} />
          </Col>
          <Col span={9}>
            <RecentImportsCard dashboard={data} />
          </Col>
        </Row>
      </Space>
    </>
  );
}
