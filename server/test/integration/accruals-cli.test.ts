import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customersCsv,
  importCsv,
  productsCsv,
  quarterProgram,
  salesCsv,
  seedPrograms,
} from './support/accrual-fixtures.js';
import { seedAccounts } from './support/auth-fixtures.js';
import { runCli } from './support/run-cli.js';
import { createClosedTestStore, storeKind } from './support/test-store.js';

describe(`tierline accruals, period and journal commands (${storeKind})`, () => {
  let test: Awaited<ReturnType<typeof createClosedTestStore>>;
  let folder: string;
  const cli = (...args: string[]) => runCli(args, test.env);

  beforeAll(async () => {
    test = await createClosedTestStore();
    const store = await test.reopen();
    try {
      await seedAccounts(store);
      await importCsv(store, 'customers', customersCsv(3), '2027-04-10');
      await importCsv(store, 'products', productsCsv(), '2027-04-10');
      await seedPrograms(store, [quarterProgram('EAST')]);
      await importCsv(
        store,
        'sales',
        salesCsv([
          {
            invoiceNo: 'A',
            date: '2027-02-01',
            customer: 'C001',
            sku: 'P01',
            fen: 600_000,
          },
          {
            invoiceNo: 'B',
            date: '2027-02-01',
            customer: 'C002',
            sku: 'P01',
            fen: 200_000,
          },
        ]),
        '2027-04-10',
      );
    } finally {
      await store.close();
    }
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-journal-'));
  }, 120_000);
  afterAll(async () => {
    await test.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  describe('when an approver refreshes and closes the first quarter', () => {
    it('books the accruals, then settles the period', async () => {
      const refreshed = await cli(
        'accruals',
        'refresh',
        '--as',
        'approver',
        '--as-of',
        '2027-04-10',
      );
      const closed = await cli(
        'period',
        'close',
        '--program',
        'EAST',
        '--period',
        '2027-01-01',
        '--as',
        'approver',
        '--as-of',
        '2027-04-10',
        '--reason',
        '一季度结账',
      );

      expect(refreshed.stderr).toBe('');
      expect(refreshed.stdout).toContain('1 vouchers booked');
      expect(closed.code).toBe(0);
      expect(closed.stdout).toContain('2 settlements, total 140.00');
    }, 300_000);
  });

  describe('when a program manager tries to close a period', () => {
    it('is refused by the policy table', async () => {
      const refused = await cli(
        'period',
        'close',
        '--program',
        'EAST',
        '--period',
        '2027-04-01',
        '--as',
        'manager',
        '--as-of',
        '2027-07-05',
      );

      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('may not do periods.close');
    }, 300_000);
  });

  describe('when a customer user lists accruals', () => {
    it('sees its own rows only', async () => {
      const listed = await cli('accruals', 'list', '--as', 'cust1', '--json');
      const { items } = JSON.parse(listed.stdout) as {
        items: { customerCode: string }[];
      };

      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((item) => item.customerCode))).toEqual(
        new Set(['C001']),
      );
    }, 300_000);
  });

  describe('when the journal is exported in GBK with Chinese headers', () => {
    it('writes a file that decodes with 日期 … 摘要 columns', async () => {
      const out = path.join(folder, 'journal.csv');
      const exported = await cli(
        'journal',
        'export',
        '--encoding',
        'gbk',
        '--chinese-headers',
        '--out',
        out,
        '--as',
        'auditor',
      );
      const text = iconv.decode(fs.readFileSync(out), 'gbk');

      expect(exported.code).toBe(0);
      expect(text.split('\r\n')[0]).toBe(
        '日期,凭证号,科目编码,借方金额,贷方金额,客户编码,客户名称,政策编码,摘要',
      );
      expect(text).toContain('2027-04-10,2027-0001,6601,120.00,0.00,C001');
    }, 300_000);
  });
});
