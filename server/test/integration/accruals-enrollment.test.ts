import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateAgreement } from '../../src/agreements/activate-agreement.js';
import { attachDocument } from '../../src/agreements/attach-document.js';
import { createAgreement } from '../../src/agreements/create-agreement.js';
import { terminateAgreement } from '../../src/agreements/terminate-agreement.js';
import { refreshAccruals } from '../../src/accruals/refresh-accruals.js';
import { businessToday } from '../../src/programs/business-date.js';
import type { ProgramActor } from '../../src/programs/program-actor.js';
import {
  customersCsv,
  expectedLiability,
  importCsv,
  journalTotals,
  productsCsv,
  salesCsv,
  seedPrograms,
  storedAccruals,
} from './support/accrual-fixtures.js';
import { tinyPdf } from './support/agreements.js';
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

// Agreement changes refresh accruals as of today, so the program runs over
// the current year and its sales are dated on its first day.
const today = businessToday();
const year = today.slice(0, 4);

const manager: ProgramActor = {
  principal: {
    kind: 'user',
    id: 1,
    name: 'manager',
    role: 'program_manager',
    userCode: null,
    customerId: null,
  },
  audit: { actor: 'manager' },
};

// DESIGN §5: an `enrollment: agreement` program accrues only for customers
// with an active agreement; activating or terminating one moves the
// accruals and the journal with it.
describe(`accruals of an agreement program (${storeKind})`, () => {
  let test: TestStore;
  let agreementId: number;

  const enrolledAccruals = async () =>
    (await storedAccruals(test.store)).filter(
      (row) => row.programCode === 'ENROL' && row.rebate !== '0.00',
    );

  beforeAll(async () => {
    test = await createTestStore();
    const { store } = test;
    await importCsv(store, 'customers', customersCsv(3), today);
    await importCsv(store, 'products', productsCsv(), today);
    await importCsv(
      store,
      'sales',
      salesCsv(
        ['C001', 'C002', 'C003'].map((customer, index) => ({
          invoiceNo: `S-${String(index)}`,
          date: `${year}-01-01`,
          customer,
          sku: 'P01',
          fen: 600_000,
        })),
      ),
      today,
    );
    await seedPrograms(store, [
      {
        format: 'tierline/program@1',
        code: 'ENROL',
        name: '协议客户返利',
        currency: 'CNY',
        period: { start: `${year}-01-01`, end: `${year}-12-31` },
        measure: 'net_amount',
        tiers: [{ from: '1000', rate: '1%' }],
        enrollment: 'agreement',
        accounting: {
          expense_account: '6601.05',
          liability_account: '2241.03',
        },
      },
    ]);
    await refreshAccruals(store, { asOf: today, audit: { actor: 'test' } });
  }, 300_000);

  afterAll(async () => {
    await test.dispose();
  });

  describe('when nobody has an active agreement', () => {
    it('accrues nothing', async () => {
      expect(await enrolledAccruals()).toEqual([]);
    });
  });

  describe('when the agreement of one customer is activated', () => {
    beforeAll(async () => {
      const draft = await createAgreement(
        test.store,
        {
          programCode: 'ENROL',
          customerCode: 'C002',
          contractNo: 'HT-ENROL-C002',
          signedOn: `${year}-01-01`,
        },
        manager,
      );
      agreementId = draft.id;
      await attachDocument(
        test.store,
        draft.id,
        { fileName: 'c.pdf', content: tinyPdf() },
        1024 * 1024,
        manager,
      );
      await activateAgreement(test.store, draft.id, manager);
    });

    it('accrues for that customer only', async () => {
      const rows = await enrolledAccruals();

      expect(rows.map((row) => [row.customerCode, row.rebate])).toEqual([
        ['C002', '60.00'],
      ]);
    });

    it('books the accrued liability in the journal', async () => {
      const totals = await journalTotals(test.store);

      expect(totals.unbalanced).toBe(0);
      expect(totals.liability).toBe(await expectedLiability(test.store));
      expect(totals.liability).toBe('60.00');
    });
  });

  describe('when the agreement is terminated', () => {
    it('reverses the accrual', async () => {
      await terminateAgreement(test.store, agreementId, '合同终止', manager);
      const totals = await journalTotals(test.store);

      expect(await enrolledAccruals()).toEqual([]);
      expect(totals.liability).toBe('0.00');
      expect(totals.unbalanced).toBe(0);
    });
  });
});
