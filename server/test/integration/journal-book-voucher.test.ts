import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookVoucher,
  type VoucherDraft,
} from '../../src/journal/book-voucher.js';
import { JournalError } from '../../src/journal/journal-errors.js';
import { createTestStore, type TestStore } from './support/test-store.js';

const accrual = (debit: string, credit: string): VoucherDraft => ({
  voucherDate: '2027-03-31',
  kind: 'accrual',
  programCode: 'EAST-2027',
  memo: '预提返利',
  source: 'test',
  bookedBy: 'system',
  lines: [
    {
      accountCode: '6601.05',
      accountRole: 'expense',
      debit,
      credit: '0',
      customerId: 1,
    },
    {
      accountCode: '2241.03',
      accountRole: 'liability',
      debit: '0',
      credit,
      customerId: 1,
    },
  ],
});

describe('bookVoucher', () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await createTestStore();
  });
  afterAll(async () => {
    await test.dispose();
  });

  describe('when the voucher balances', () => {
    it('numbers vouchers 1, 2, 3 within the year and stores every line', async () => {
      const booked = await test.store.transaction(async (connection) => [
        await bookVoucher(connection, accrual('100.10', '100.10')),
        await bookVoucher(connection, accrual('0.01', '0.01')),
      ]);

      expect(booked.map((voucher) => voucher.voucherNo)).toEqual([1, 2]);
      expect(booked[0]?.total).toBe('100.10');
      const lines = await test.store.transaction((connection) =>
        connection.query<{ debit: string; credit: string }>(
          `select debit::text, credit::text from journal_lines
            order by voucher_id, line_no`,
        ),
      );
      expect(lines).toEqual([
        { debit: '100.10', credit: '0.00' },
        { debit: '0.00', credit: '100.10' },
        { debit: '0.01', credit: '0.00' },
        { debit: '0.00', credit: '0.01' },
      ]);
    });
  });

  describe('when the voucher does not balance', () => {
    it('refuses it and leaves no number behind', async () => {
      const refused = test.store.transaction((connection) =>
        bookVoucher(connection, accrual('100.00', '99.99')),
      );

      await expect(refused).rejects.toMatchObject({
        code: 'voucher_unbalanced',
      });
      const next = await test.store.transaction((connection) =>
        bookVoucher(connection, accrual('1.00', '1.00')),
      );
      expect(next.voucherNo).toBe(3);
    });
  });

  describe('when a line has both sides, none, or more than 2 decimals', () => {
    it.each([
      ['0', '0'],
      ['1.001', '1.001'],
      ['-1', '-1'],
    ])('refuses debit %s / credit %s', async (debit, credit) => {
      const refused = test.store.transaction((connection) =>
        bookVoucher(connection, accrual(debit, credit)),
      );

      await expect(refused).rejects.toBeInstanceOf(JournalError);
      await expect(refused).rejects.toMatchObject({
        code: 'voucher_line_invalid',
      });
    });
  });

  describe('when someone edits the journal', () => {
    it('refuses UPDATE and DELETE of lines and vouchers', async () => {
      for (const statement of [
        "update journal_lines set memo = 'x'",
        'delete from journal_lines',
        "update journal_vouchers set memo = 'x'",
        'delete from journal_vouchers',
      ]) {
        await expect(
          test.store.transaction((connection) => connection.query(statement)),
        ).rejects.toThrow(/append-only/);
      }
    });

    it('refuses an unbalanced voucher written round bookVoucher', async () => {
      const written = test.store.transaction(async (connection) => {
        const [voucher] = await connection.query<{ id: string }>(
          `insert into journal_vouchers (voucher_year, voucher_no,
             voucher_date, kind, memo, source, booked_by)
           values (2027, 99, '2027-01-01', 'accrual', '', 'test', 'x')
           returning id::text`,
        );
        await connection.query(
          `insert into journal_lines (voucher_id, line_no, account_code,
             account_role, debit, credit)
           values ($1, 1, '6601', 'expense', 5, 0)`,
          [voucher?.id],
        );
      });

      await expect(written).rejects.toThrow(/does not balance/);
    });
  });
});
