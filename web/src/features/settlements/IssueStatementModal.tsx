import { App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { RefusalAlert } from '../../common/RefusalAlert';
import { useSubmit } from '../../common/use-submit';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import type { AccrualRow, SettlementPeriod } from './settlement-types';

const keyOf = (period: SettlementPeriod) =>
  `${period.programCode}|${period.periodStart}`;

/** Finance issues the statement of one customer for a closed period. */
export function IssueStatementModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose(): void;
  onDone(): void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [period, setPeriod] = useState<SettlementPeriod | null>(null);
  const [customer, setCustomer] = useState<string | null>(null);
  const { busy, refusal, submit, clear } = useSubmit();

  const closed = useApi(
    () =>
      open
        ? api<Page<SettlementPeriod>>('/api/periods', {
            query: { state: 'closed', limit: 500 },
          })
        : Promise.resolve(null),
    `closed-periods:${String(open)}`,
  );
  const accruals = useApi(
    () =>
      period
        ? api<Page<AccrualRow>>('/api/accruals', {
            query: {
              program: period.programCode,
              period: period.periodStart,
              limit: 500,
            },
          })
        : Promise.resolve(null),
    period ? keyOf(period) : '',
  );

  const close = () => {
    setPeriod(null);
    setCustomer(null);
    clear();
    onClose();
  };
  const periods = closed.data?.items ?? [];

  return (
    <Modal
      open={open}
      title={t('statement.issueTitle')}
      okText={t('statement.issue')}
      okButtonProps={{ disabled: !period || !customer, loading: busy }}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => {
        if (!period || !customer) return;
        void submit(() =>
          api('/api/statements', {
            method: 'POST',
            json: {
              customer,
              program: period.programCode,
              periodStart: period.periodStart,
            },
          }),
        ).then((done) => {
          if (!done) return;
          void message.success(t('statement.issued'));
          close();
          onDone();
        });
      }}
    >
      <Form layout="vertical">
        <Form.Item label={t('statement.closedPeriod')} htmlFor="issue-period">
          <Select<string>
            id="issue-period"
            showSearch={{ optionFilterProp: 'label' }}
            loading={closed.loading}
            value={period ? keyOf(period) : undefined}
            options={periods.map((one) => ({
              value: keyOf(one),
              label: `${one.programCode} · ${formatDate(one.periodStart, locale)} – ${formatDate(one.periodEnd, locale)}`,
            }))}
            onChange={(value) => {
              setPeriod(periods.find((one) => keyOf(one) === value) ?? null);
              setCustomer(null);
            }}
          />
        </Form.Item>
        <Form.Item label={t('customers.name')} htmlFor="issue-customer">
          <Select<string>
            id="issue-customer"
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!period}
            loading={accruals.loading && period !== null}
            value={customer ?? undefined}
            options={(accruals.data?.items ?? []).map((row) => ({
              value: row.customerCode,
              label: `${row.customerCode} ${row.customerName}`,
            }))}
            onChange={setCustomer}
          />
        </Form.Item>
      </Form>
      <RefusalAlert refusal={refusal} />
    </Modal>
  );
}
