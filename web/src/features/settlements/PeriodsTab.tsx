import { Button, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { formatDate, formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../money/format';
import { rebateCurrency } from '../payouts/payout-types';
import { ClosePeriodModal } from './ClosePeriodModal';
import { PeriodTag } from './PeriodTag';
import {
  periodStates,
  type PeriodState,
  type SettlementPeriod,
} from './settlement-types';

const pageSize = 20;

/** The periods that hold accruals; an approver closes the ended ones. */
export function PeriodsTab({
  closes,
  onClosed,
}: {
  closes: boolean;
  onClosed(): void;
}) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<PeriodState | undefined>();
  const [pageNo, setPageNo] = useState(1);
  const [closing, setClosing] = useState<SettlementPeriod | null>(null);

  const query = { state, limit: pageSize, offset: (pageNo - 1) * pageSize };
  const periods = useApi(
    () => api<Page<SettlementPeriod>>('/api/periods', { query }),
    JSON.stringify(query),
  );

  return (
    <>
      <Space wrap className="filters">
        <Select<PeriodState>
          allowClear
          placeholder={t('period.stateLabel')}
          style={{ width: 160 }}
          data-testid="period-state-filter"
          options={periodStates.map((value) => ({
            value,
            label: t(`period.state.${value}`),
          }))}
          onChange={(value) => {
            setState(value);
            setPageNo(1);
          }}
        />
      </Space>
      {periods.error ? (
        <LoadFailure error={periods.error} />
      ) : (
        <Table<SettlementPeriod>
          size="small"
          rowKey={(row) => `${row.programCode}/${row.periodStart}`}
          data-testid="periods-table"
          loading={periods.loading}
          scroll={{ x: 'max-content' }}
          dataSource={periods.data?.items ?? []}
          pagination={{
            current: pageNo,
            pageSize,
            total: periods.data?.total ?? 0,
            onChange: setPageNo,
            showSizeChanger: false,
          }}
          columns={[
            { title: t('program.code'), dataIndex: 'programCode' },
            { title: t('program.name'), dataIndex: 'programName' },
            {
              title: t('payouts.period'),
              key: 'period',
              render: (_: unknown, row) =>
                `${formatDate(row.periodStart, locale)} – ${formatDate(
                  row.periodEnd,
                  locale,
                )}`,
            },
            {
              title: t('period.stateLabel'),
              dataIndex: 'state',
              render: (value: PeriodState) => <PeriodTag state={value} />,
            },
            {
              title: t('period.customers'),
              dataIndex: 'customers',
              align: 'right',
            },
            {
              title: t('period.accrued'),
              dataIndex: 'accrued',
              align: 'right',
              render: (value: string) =>
                formatMoney(value, rebateCurrency, locale),
            },
            {
              title: t('period.closedBy'),
              key: 'closed',
              render: (_: unknown, row) =>
                row.closedBy &&
                t('period.closedByAt', {
                  who: row.closedBy,
                  at: formatDateTime(row.closedAt, locale),
                }),
            },
            {
              title: '',
              key: 'close',
              render: (_: unknown, row) =>
                closes &&
                row.state !== 'closed' && (
                  <Button
                    size="small"
                    type={row.state === 'ended' ? 'primary' : 'default'}
                    data-testid={`close-${row.programCode}-${row.periodStart}`}
                    onClick={() => setClosing(row)}
                  >
                    {t('period.close')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <ClosePeriodModal
        period={closing}
        onClose={() => setClosing(null)}
        onDone={() => {
          periods.reload();
          onClosed();
        }}
      />
    </>
  );
}
