import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Radio, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, urlOf } from '../../api/client';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../money/format';
import { rebateCurrency } from '../payouts/payout-types';
import type {
  JournalEncoding,
  JournalHeaderLanguage,
  JournalLine,
} from './settlement-types';

interface DateRange {
  from: string | null;
  to: string | null;
}

const isoDate = (day: Dayjs) => day.format('YYYY-MM-DD');

/** 2027-0001, as the export writes it. */
const voucherNumber = (line: JournalLine) =>
  `${line.voucherYear}-${String(line.voucherNo).padStart(4, '0')}`;

/** A line has one side; the other stays blank, as on a voucher. */
const isZero = (amount: string) => /^0(\.0+)?$/.test(amount);

/**
 * The journal export for Kingdee / Yonyou imports, by voucher date, and the
 * lines of the same days, newest first.
 */
export function JournalTab() {
  const { t, locale } = useI18n();
  const [range, setRange] = useState<DateRange>({ from: null, to: null });
  const [encoding, setEncoding] = useState<JournalEncoding>('utf8');
  const [headers, setHeaders] = useState<JournalHeaderLanguage>('zh');

  const filter = { from: range.from, to: range.to };
  const lines = useApi(
    () =>
      api<{ items: JournalLine[] }>('/api/journal/lines', { query: filter }),
    JSON.stringify(filter),
  );
  const newestFirst = [...(lines.data?.items ?? [])].reverse();
  const exportUrl = urlOf('/api/journal/export', {
    ...filter,
    encoding,
    headers,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline" data-testid="journal-export">
        <Form.Item label={t('journal.year')} htmlFor="journal-year">
          <DatePicker
            id="journal-year"
            picker="year"
            onChange={(year: Dayjs | null) =>
              setRange(
                year
                  ? {
                      from: isoDate(year.startOf('year')),
                      to: isoDate(year.endOf('year')),
                    }
                  : { from: null, to: null },
              )
            }
          />
        </Form.Item>
        <Form.Item label={t('journal.dates')} htmlFor="journal-from">
          <DatePicker.RangePicker
            id={{ start: 'journal-from', end: 'journal-to' }}
            value={[
              range.from ? dayjs(range.from) : null,
              range.to ? dayjs(range.to) : null,
            ]}
            allowEmpty={[true, true]}
            onChange={(days) =>
              setRange({
                from: days?.[0] ? isoDate(days[0]) : null,
                to: days?.[1] ? isoDate(days[1]) : null,
              })
            }
          />
        </Form.Item>
        <Form.Item label={t('journal.encoding')}>
          <Radio.Group
            value={encoding}
            data-testid="journal-encoding"
            onChange={(event) =>
              setEncoding(event.target.value === 'gbk' ? 'gbk' : 'utf8')
            }
            options={[
              { value: 'utf8', label: t('journal.encoding.utf8') },
              { value: 'gbk', label: t('journal.encoding.gbk') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('journal.headers')}>
          <Radio.Group
            value={headers}
            data-testid="journal-headers"
            onChange={(event) =>
              setHeaders(event.target.value === 'en' ? 'en' : 'zh')
            }
            options={[
              { value: 'zh', label: t('journal.headers.zh') },
              { value: 'en', label: t('journal.headers.en') },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={exportUrl}
            download
            data-testid="journal-download"
          >
            {t('journal.download')}
          </Button>
        </Form.Item>
      </Form>
      {lines.error ? (
        <LoadFailure error={lines.error} />
      ) : (
        <Table<JournalLine>
          size="small"
          rowKey={(line) => `${line.voucherId}/${line.lineNo}`}
          data-testid="journal-lines"
          loading={lines.loading}
          dataSource={newestFirst}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('journal.voucher'),
              key: 'voucher',
              render: (_: unknown, line) => voucherNumber(line),
            },
            {
              title: t('journal.date'),
              dataIndex: 'voucherDate',
              render: (value: string) => formatDate(value, locale),
            },
            { title: t('journal.account'), dataIndex: 'accountCode' },
            {
              title: t('journal.debit'),
              dataIndex: 'debit',
              align: 'right',
              render: (value: string) =>
                isZero(value) ? '' : formatMoney(value, rebateCurrency, locale),
            },
            {
              title: t('journal.credit'),
              dataIndex: 'credit',
              align: 'right',
              render: (value: string) =>
                isZero(value) ? '' : formatMoney(value, rebateCurrency, locale),
            },
            { title: t('customers.name'), dataIndex: 'customerName' },
            { title: t('program.code'), dataIndex: 'programCode' },
            {
              title: t('journal.memo'),
              key: 'memo',
              render: (_: unknown, line) =>
                line.memo
                  ? `${line.voucherMemo} ${line.memo}`
                  : line.voucherMemo,
            },
          ]}
        />
      )}
    </Space>
  );
}
