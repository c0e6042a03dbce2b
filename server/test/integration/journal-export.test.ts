import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { Dec } from '@tierline/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAccruals } from '../../src/accruals/refresh-accruals.js';
import {
  exportJournal,
  type JournalExportOptions,
} from '../../src/journal/export-journal.js';
import {
  customersCsv,
  importCsv,
  productsCsv,
  quarterProgram,
  salesCsv,
  seedPrograms,
} from './support/accrual-fixtures.js';
import { createTestStore, type TestStore } from './support/test-store.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('journal export', () => {
  let test: TestStore;

  const exported = (options: JournalExportOptions) =>
    test.store.transaction((connection) => exportJournal(connection, options));

  beforeAll(async () => {
    test = await createTestStore();
    const { store } = test;
    await importCsv(store, 'customers', customersCsv(4), '2027-03-31');
    await importCsv(store, 'products', productsCsv(), '2027-03-31');
    await seedPrograms(store, [
      quarterProgram('EAST', {
        accounting: {
          expense_account: '6601.05',
          liability_account: '2241.03',
        },
      }),
      quarterProgram('ALL'),
    ]);
    await importCsv(
      store,
      'sales',
      salesCsv([
        {
          invoiceNo: 'A',
          date: '2027-02-01',
          customer: 'C001',
          sku: 'P01',
          fen: 612_345,
        },
        {
          invoiceNo: 'B',
          date: '2027-02-02',
          customer: 'C002',
          sku: 'P02',
          fen: 133_301,
        },
        {
          invoiceNo: 'C',
          date: '2027-02-03',
          customer: 'C003',
          sku: 'P01',
          fen: 99_999,
        },
      ]),
      '2027-03-31',
    );
    await refreshAccruals(store, {
      asOf: '2027-03-31',
      audit: { actor: 'test' },
    });
    // A return a week on books a reversal on a later date.
    await importCsv(
      store,
      'sales',
      salesCsv([
        {
          invoiceNo: 'R',
          date: '2027-02-05',
          customer: 'C001',
          sku: 'P01',
          fen: -300_000,
        },
      ]),
      '2027-04-07',
    );
    await refreshAccruals(store, {
      asOf: '2027-04-07',
      audit: { actor: 'test' },
    });
  }, 120_000);
  afterAll(async () => {
    await test.dispose();
  });

  describe('when exported as UTF-8 with English headers', () => {
    it('starts with a BOM and every voucher balances', async () => {
      const { bytes, vouchers } = await exported({});
      expect(bytes.subarray(0, 3)).toEqual(BOM);

      const rows = parse(bytes.subarray(3), { columns: true }) as Record<
        string,
        string
      >[];
      const balance = new Map<string, Dec>();
      for (const row of rows) {
        const key = row.voucher_no ?? '';
        const debit = Dec.of(row.debit ?? '0');
        const credit = Dec.of(row.credit ?? '0');
        balance.set(
          key,
          (balance.get(key) ?? Dec.ZERO).plus(debit).minus(credit),
        );
      }

      expect(vouchers).toBe(4);
      expect(balance.size).toBe(4);
      expect([...balance.values()].every((sum) => sum.isZero())).toBe(true);
      expect(Object.keys(rows[0] ?? {})).toEqual([
        'date',
        'voucher_no',
        'account_code',
        'debit',
        'credit',
        'customer_code',
        'customer_name',
        'program_code',
        'memo',
      ]);
      expect(rows.map((row) => row.account_code)).toContain('6601.05');
      expect(rows.map((row) => row.customer_name)).toContain('客户1有限公司');
    });
  });

  describe('when filtered by date', () => {
    it('holds only the vouchers dated in the range', async () => {
      const { bytes, vouchers } = await exported({ from: '2027-04-01' });
      const rows = parse(bytes.subarray(3), { columns: true }) as Record<
        string,
        string
      >[];

      expect(vouchers).toBe(2);
      expect(new Set(rows.map((row) => row.date))).toEqual(
        new Set(['2027-04-07']),
      );
    });

    it('refuses a range that ends before it starts', async () => {
      await expect(
        exported({ from: '2027-05-01', to: '2027-04-01' }),
      ).rejects.toMatchObject({ code: 'journal_range_invalid' });
    });
  });

  describe('when exported as GBK with Chinese headers', () => {
    it('decodes to the same rows under Chinese column names', async () => {
      const utf8 = (await exported({ chineseHeaders: true })).bytes;
      const gbk = (await exported({ encoding: 'gbk', chineseHeaders: true }))
        .bytes;

      const decoded = iconv.decode(gbk, 'gbk');
      expect(decoded).toBe(utf8.subarray(3).toString('utf8'));
      expect(decoded.split('\r\n')[0]).toBe(
        '日期,凭证号,科目编码,借方金额,贷方金额,客户编码,客户名称,政策编码,摘要',
      );
      expect(gbk.includes(Buffer.from('客户', 'utf8'))).toBe(false);
    });
  });
});
