import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  refreshAccruals,
  type RefreshReport,
} from '../../src/accruals/refresh-accruals.js';
import {
  customerCode,
  customersCsv,
  expectedLiability,
  fullRecalculation,
  importCsv,
  journalTotals,
  productsCsv,
  quarterProgram,
  salesCsv,
  seedPrograms,
  storedAccruals,
  type Line,
} from './support/accrual-fixtures.js';
import { createTestStore, type TestStore } from './support/test-store.js';

const AS_OF = '2028-05-15';
const QUARTERS = [
  '2027-01-01',
  '2027-04-01',
  '2027-07-01',
  '2027-10-01',
  '2028-01-01',
  '2028-04-01',
];

/** Two lines a quarter for each of 200 customers, every quarter so far. */
function history(): Line[] {
  return Array.from({ length: 200 }, (_, i) => i + 1).flatMap((n) =>
    QUARTERS.flatMap((start, q) =>
      ['P01', 'P02'].map((sku) => ({
        invoiceNo: `H-${String(n)}-${String(q)}-${sku}`,
        date: start.replace(/-01$/, '-15'),
        customer: customerCode(n),
        sku,
        fen: 37_000 * ((n % 7) + 1) + 1_234 * q,
      })),
    ),
  );
}

/** 1,000 lines of 饮料 for C001 … C100, dated in 2027's second quarter. */
function lateBatch(): Line[] {
  return Array.from({ length: 1_000 }, (_, i) => {
    const n = (i % 100) + 1;
    const month = 4 + (i % 3);
    return {
      invoiceNo: `N-${String(i)}`,
      date: `2027-0${String(month)}-${String(10 + (i % 15))}`,
      customer: customerCode(n),
      sku: 'P01',
      fen: 10_000 + 97 * i,
    };
  });
}

describe('accrual refresh', () => {
  let test: TestStore;
  let report: RefreshReport;

  beforeAll(async () => {
    test = await createTestStore();
    const { store } = test;
    await importCsv(store, 'customers', customersCsv(200), AS_OF);
    await importCsv(store, 'products', productsCsv(), AS_OF);
    await importCsv(store, 'sales', salesCsv(history()), AS_OF);
    await seedPrograms(store, [
      quarterProgram('Q-EAST', {
        eligibility: { customers: { include: { groups: ['华东经销商'] } } },
      }),
      quarterProgram('CUM-ALL', {
        period: {
          start: '2027-01-01',
          end: '2028-12-31',
          settle: 'quarter',
          accumulate: 'cumulative',
        },
      }),
      quarterProgram('GROWTH', {
        measure: 'growth_pct',
        tiers: [
          { from: '5', rate: '1%' },
          { from: '20', rate: '3%' },
        ],
      }),
      quarterProgram('RICE', {
        eligibility: { products: { include: { categories: ['粮油'] } } },
      }),
    ]);
    await refreshAccruals(store, { asOf: AS_OF, audit: { actor: 'test' } });

    await importCsv(store, 'sales', salesCsv(lateBatch()), AS_OF);
    report = await refreshAccruals(store, {
      asOf: AS_OF,
      audit: { actor: 'test' },
    });
  }, 120_000);
  afterAll(async () => {
    await test.dispose();
  });

  describe('when 1,000 lines of 100 customers arrive for one quarter', () => {
    it('recalculates exactly the affected program × customer × period rows', () => {
      expect(report.recalculated).toEqual({
        // Group 华东 only, the 50 odd-numbered customers: their quarter, and
        // the quarter running a year on, whose seasonal forecast reads it.
        'Q-EAST': 100,
        // Cumulative: that quarter and the four after it.
        'CUM-ALL': 500,
        // Growth: that quarter and the same quarter a year on.
        GROWTH: 200,
      });
      expect(report.recalculated.RICE).toBeUndefined();
    });

    it('leaves figures equal to a full recalculation', async () => {
      const stored = await storedAccruals(test.store);
      const full = await fullRecalculation(test.store, AS_OF);

      expect(
        stored.map(({ accruedAmount: _a, closed: _c, ...row }) => row),
      ).toEqual(full);
      expect(stored.length).toBe(4 * 200 * QUARTERS.length - 100 * 6);
    });

    it('books one balanced voucher per program that changed', async () => {
      const totals = await journalTotals(test.store);

      expect(report.vouchers.map((voucher) => voucher.programCode)).toEqual([
        'CUM-ALL',
        'GROWTH',
        'Q-EAST',
      ]);
      expect(totals.unbalanced).toBe(0);
      expect(totals.liability).toBe(await expectedLiability(test.store));
      expect(totals.expense).toBe(totals.liability);
    });

    it('leaves no pending work behind', async () => {
      const [pending] = await test.store.transaction((connection) =>
        connection.query<{ count: number }>(
          'select count(*)::int as count from accrual_dirty',
        ),
      );
      expect(pending?.count).toBe(0);
    });
  });
});
