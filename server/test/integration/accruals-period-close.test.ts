import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePeriod } from '../../src/accruals/close-period.js';
import { owedFor } from '../../src/accruals/owed-for.js';
import { refreshAccruals } from '../../src/accruals/refresh-accruals.js';
import {
  customersCsv,
  expectedLiability,
  importCsv,
  journalTotals,
  productsCsv,
  quarterProgram,
  salesCsv,
  seedPrograms,
} from './support/accrual-fixtures.js';
import { createTestStore, type TestStore } from './support/test-store.js';

const audit = { actor: 'approver1' };

describe('period close', () => {
  let test: TestStore;
  let customerId: number;

  beforeAll(async () => {
    test = await createTestStore();
    const { store } = test;
    await importCsv(store, 'customers', customersCsv(3), '2027-04-10');
    await importCsv(store, 'products', productsCsv(), '2027-04-10');
    await seedPrograms(store, [
      quarterProgram('EAST', {
        period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
      }),
    ]);
    // 6,000.00 in the first quarter: tier 2 (2 %), 120.00.
    await importCsv(
      store,
      'sales',
      salesCsv([
        {
          invoiceNo: 'A1',
          date: '2027-02-10',
          customer: 'C001',
          sku: 'P01',
          fen: 400_000,
        },
        {
          invoiceNo: 'A2',
          date: '2027-03-10',
          customer: 'C001',
          sku: 'P01',
          fen: 200_000,
        },
        {
          invoiceNo: 'A3',
          date: '2027-04-05',
          customer: 'C001',
          sku: 'P01',
          fen: 150_000,
        },
      ]),
      '2027-04-10',
    );
    await refreshAccruals(store, { asOf: '2027-04-10', audit });
    const [row] = await store.transaction((connection) =>
      connection.query<{ id: number }>(
        "select id from customers where code = 'C001'",
      ),
    );
    customerId = row?.id ?? 0;
  }, 120_000);
  afterAll(async () => {
    await test.dispose();
  });

  describe('when the period has not ended', () => {
    it('refuses to close it', async () => {
      await expect(
        closePeriod(
          test.store,
          {
            programCode: 'EAST',
            periodStart: '2027-04-01',
            asOf: '2027-04-10',
          },
          audit,
        ),
      ).rejects.toMatchObject({ code: 'period_not_ended' });
    });
  });

  describe('when an approver closes the first quarter', () => {
    it('freezes each customer’s rebate as its settlement', async () => {
      const closed = await closePeriod(
        test.store,
        {
          programCode: 'EAST',
          periodStart: '2027-01-01',
          asOf: '2027-04-10',
          reason: '一季度结账',
        },
        audit,
      );

      expect(closed).toMatchObject({ settlements: 1, total: '120.00' });
      const settlements = await test.store.transaction((connection) =>
        connection.query(
          `select period_start::text as start, rebate::text as rebate
             from settlements`,
        ),
      );
      expect(settlements).toEqual([{ start: '2027-01-01', rebate: '120.00' }]);
    });

    it('refuses to close it twice', async () => {
      await expect(
        closePeriod(
          test.store,
          {
            programCode: 'EAST',
            periodStart: '2027-01-01',
            asOf: '2027-04-10',
          },
          audit,
        ),
      ).rejects.toMatchObject({ code: 'period_already_closed' });
    });
  });

  describe('when a late return is dated in the closed quarter', () => {
    beforeAll(async () => {
      // −2,000.00 on 2027-03-20: the quarter would now earn 4,000 × 1 %.
      await importCsv(
        test.store,
        'sales',
        salesCsv([
          {
            invoiceNo: 'R1',
            date: '2027-03-20',
            customer: 'C001',
            sku: 'P01',
            fen: -200_000,
          },
        ]),
        '2027-04-20',
        true,
      );
    }, 60_000);

    it('leaves the settlement unchanged', async () => {
      const owed = await test.store.transaction((connection) =>
        owedFor(connection, {
          programCode: 'EAST',
          customerId,
          periodStart: '2027-01-01',
        }),
      );

      expect(owed).toEqual({
        closed: true,
        rebate: '120.00',
        adjustments: '0.00',
        owed: '120.00',
      });
    });

    it('books the difference as an adjustment in the next open quarter', async () => {
      const adjustments = await test.store.transaction((connection) =>
        connection.query(
          `select corrects_period_start::text as corrects,
                  applied_period_start::text as applied, amount::text as amount
             from settlement_adjustments`,
        ),
      );
      const owed = await test.store.transaction((connection) =>
        owedFor(connection, {
          programCode: 'EAST',
          customerId,
          periodStart: '2027-04-01',
        }),
      );

      expect(adjustments).toEqual([
        { corrects: '2027-01-01', applied: '2027-04-01', amount: '-80.00' },
      ]);
      // The second quarter's own 1,500.00 earns 15.00, less the 80.00.
      expect(owed).toEqual({
        closed: false,
        rebate: '15.00',
        adjustments: '-80.00',
        owed: '-65.00',
      });
    });

    it('keeps every voucher balanced and the liability equal to what is owed', async () => {
      const totals = await journalTotals(test.store);

      expect(totals.unbalanced).toBe(0);
      expect(totals.liability).toBe(await expectedLiability(test.store));
    });
  });
});
