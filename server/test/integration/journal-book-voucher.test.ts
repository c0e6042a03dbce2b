import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookVoucher,
  bookVouchers,
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

  describe('when several vouchers are booked together', () => {
    /** A voucher of `customers` customers, each 0.01 debited and credited. */
    const wide = (year: string, customers: number): VoucherDraft => ({
      ...accrual('0', '0'),
      voucherDate: `${year}-06-30`,
      lines: Array.from({ length: customers }, (_, n) => [
        {
          accountCode: '6601.05',
          accountRole: 'expense' as const,
          debit: '0.01',
          credit: '0',
          customerId: n + 1,
        },
        {
          accountCode: '2241.03',
          accountRole: 'liability' as const,
          debit: '0',
          credit: '0.01',
          customerId: n + 1,
        },
      ]).flat(),
    });

    it('numbers them in order per year and keeps each one whole across groups', async () => {
      // 6,000 lines each: the first two fill a group, the rest the next.
      const drafts = [
        wide('2031', 3_000),
        wide('2032', 3_000),
        wide('2031', 3_000),
        accrual('7.00', '7.00'),
      ];
      const [before] = await test.store.transaction((connection) =>
        connection.query<{ last: number }>(
          `select coalesce(max(voucher_no), 0)::int as last
             from journal_vouchers where voucher_year = 2027`,
        ),
      );
      const booked = await test.store.transaction((connection) =>
        bookVouchers(connection, drafts),
      );

      expect(
        booked.map((voucher) => [voucher.voucherYear, voucher.voucherNo]),
      ).toEqual([
        [2031, 1],
        [2032, 1],
        [2031, 2],
        [2027, (before?.last ?? 0) + 1],
      ]);
      expect(booked.map((voucher) => voucher.total)).toEqual([
        '30.00',
        '30.00',
        '30.00',
        '7.00',
      ]);
      const counts = await test.store.transaction((connection) =>
        connection.query<{ id: number; lines: number; lastLine: number }>(
          `select v.id::int as id, count(*)::int as lines,
                  max(l.line_no)::int as "lastLine"
             from journal_vouchers v join journal_lines l on l.voucher_id = v.id
            where v.id = any($1::bigint[])
            group by v.id order by v.id`,
          [booked.map((voucher) => voucher.id)],
        ),
      );
      const byId = new Map(counts.map((row) => [row.id, row]));
      const shape = booked.map((voucher) => byId.get(voucher.id));
      expect(shape.map((row) => [row?.lines, row?.lastLine])).toEqual([
        [6_000, 6_000],
        [6_000, 6_000],
        [6_000, 6_000],
        [2, 2],
      ]);
    });
  });
});
