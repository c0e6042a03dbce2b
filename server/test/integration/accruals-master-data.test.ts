import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAccruals } from '../../src/accruals/refresh-accruals.js';
import { updateCustomer } from '../../src/customers/update-customer.js';
import {
  customersCsv,
  expectedLiability,
  importCsv,
  journalTotals,
  productsCsv,
  quarterProgram,
  salesCsv,
  seedPrograms,
  storedAccruals,
} from './support/accrual-fixtures.js';
import { createTestStore, type TestStore } from './support/test-store.js';

describe('accruals after a master-data change', () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await createTestStore();
    const { store } = test;
    await importCsv(store, 'customers', customersCsv(2), '2026-12-01');
    await importCsv(store, 'products', productsCsv(), '2026-12-01');
    // A term that has started by today, so the change's own refresh sees it.
    await seedPrograms(store, [
      quarterProgram('EAST', {
        period: { start: '2026-01-01', end: '2030-12-31', settle: 'year' },
        eligibility: { customers: { include: { groups: ['华东经销商'] } } },
      }),
    ]);
    await importCsv(
      store,
      'sales',
      salesCsv([
        {
          invoiceNo: 'A',
          date: '2026-03-01',
          customer: 'C001',
          sku: 'P01',
          fen: 200_000,
        },
        {
          invoiceNo: 'B',
          date: '2026-03-01',
          customer: 'C002',
          sku: 'P01',
          fen: 700_000,
        },
      ]),
      '2026-12-01',
    );
    await refreshAccruals(store, {
      asOf: '2026-12-01',
      audit: { actor: 'test' },
    });
  }, 120_000);
  afterAll(async () => {
    await test.dispose();
  });

  describe('when a customer moves into the program’s group', () => {
    it('accrues for it at once and books the difference', async () => {
      const before = await storedAccruals(test.store);
      await updateCustomer(test.store, 'C002', { group: '华东经销商' });
      const after = await storedAccruals(test.store);
      const totals = await journalTotals(test.store);

      expect(before.map((row) => row.customerCode)).toEqual(['C001']);
      expect(after.map((row) => [row.customerCode, row.rebate])).toEqual([
        ['C001', '20.00'],
        ['C002', '140.00'],
      ]);
      expect(totals.unbalanced).toBe(0);
      expect(totals.liability).toBe(await expectedLiability(test.store));
    });
  });
});
