import { Dec } from '@tierline/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePeriod } from '../../src/accruals/close-period.js';
import { refreshAccruals } from '../../src/accruals/refresh-accruals.js';
import type { Principal } from '../../src/auth/principal.js';
import { allData, scopeFor } from '../../src/auth/scope.js';
import { drawOrder } from '../../src/balances/draw-order.js';
import { createClaim } from '../../src/claims/create-claim.js';
import { decideClaim } from '../../src/claims/decide-claim.js';
import { createPayout } from '../../src/payouts/create-payout.js';
import { releasePayout } from '../../src/payouts/release-payout.js';
import type { ProgramActor } from '../../src/programs/program-actor.js';
import { createUser } from '../../src/users/create-user.js';
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
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

// From sales to an order drawing on the balance, through the accrual cycle
// itself: accrue, close, claim, pay out as account credit, a late return
// adjusting the next period, an order. The accrued liability in the journal
// stays what is accrued, settled and adjusted less what was paid out.
describe(`a claim paid out as account credit and drawn by an order (${storeKind})`, () => {
  let test: TestStore;
  const actors = new Map<string, ProgramActor>();
  const as = (name: string): ProgramActor => {
    const actor = actors.get(name);
    if (!actor) throw new Error(`no actor ${name}`);
    return actor;
  };

  beforeAll(async () => {
    test = await createTestStore();
    const { store } = test;
    await importCsv(store, 'customers', customersCsv(2), '2027-04-10');
    await importCsv(store, 'products', productsCsv(), '2027-04-10');
    await seedPrograms(store, [
      quarterProgram('EAST', {
        payout: {
          form: 'account_credit',
          balance: { valid_days: 365, max_order_share: '50%' },
        },
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
      ]),
      '2027-04-10',
    );

    for (const [username, role, customerCode] of [
      ['cust', 'customer', 'C001'],
      ['mgr', 'program_manager', undefined],
      ['fin', 'approver', undefined],
    ] as const) {
      await createUser(
        store,
        { username, role, customerCode, password: 'end-to-end-2027' },
        { actor: 'test' },
      );
      const [principal] = await store.transaction((connection) =>
        connection.query<Principal>(
          `select 'user' as kind, id, username as name, role,
                  user_code as "userCode", customer_id as "customerId"
             from users where username = $1`,
          [username],
        ),
      );
      if (!principal) throw new Error(`no user ${username}`);
      actors.set(username, { principal, audit: { actor: username } });
    }
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('keeps every figure and the journal in step', async () => {
    const { store } = test;
    await refreshAccruals(store, {
      asOf: '2027-04-10',
      audit: { actor: 'fin' },
    });
    const closed = await closePeriod(
      store,
      { programCode: 'EAST', periodStart: '2027-01-01', asOf: '2027-04-10' },
      { actor: 'fin' },
    );
    expect(closed.total).toBe('120.00');

    const customer = as('cust');
    const claim = await createClaim(
      store,
      {
        programCode: 'EAST',
        customerCode: 'C001',
        periodStart: '2027-01-01',
        amount: '120.00',
      },
      customer,
      scopeFor(customer.principal, 'claims.create'),
    );
    await decideClaim(store, claim.id, { kind: 'approve' }, as('fin'), allData);
    const payout = await createPayout(
      store,
      { claimId: claim.id },
      as('mgr'),
      allData,
    );
    const released = await releasePayout(store, payout.id, as('fin'), allData, {
      releasedOn: '2027-04-15',
    });
    expect(released).toMatchObject({
      form: 'account_credit',
      amount: '120.00',
      status: 'released',
    });

    // A late return for the closed quarter: Q1 would now earn 100.00, so
    // -20.00 is adjusted in Q2; the paid settlement stays as it was.
    await importCsv(
      store,
      'sales',
      salesCsv([
        {
          invoiceNo: 'R1',
          date: '2027-03-20',
          customer: 'C001',
          sku: 'P01',
          fen: -100_000,
        },
      ]),
      '2027-04-20',
      true,
    );

    const adjustments = await store.transaction((connection) =>
      connection.query<{ amount: string; applied: string }>(
        `select amount::text as amount,
                applied_period_start::text as applied
           from settlement_adjustments`,
      ),
    );
    expect(adjustments).toEqual([{ amount: '-20.00', applied: '2027-04-01' }]);
    await expect(
      createClaim(
        store,
        {
          programCode: 'EAST',
          customerCode: 'C001',
          periodStart: '2027-01-01',
          amount: '0.01',
        },
        customer,
        scopeFor(customer.principal, 'claims.create'),
      ),
    ).rejects.toMatchObject({ code: 'exceeds_owed' });

    const drawn = await drawOrder(
      store,
      {
        orderNo: 'SO-1',
        customerCode: 'C001',
        orderDate: '2027-05-01',
        orderAmount: '100.00',
      },
      as('mgr'),
      allData,
    );
    expect(drawn).toMatchObject({ drawn: '50.00', balanceAfter: '70.00' });

    const journal = await journalTotals(store);
    const expected = Dec.of(await expectedLiability(store)).minus(
      Dec.of('120.00'),
    );
    expect(journal.unbalanced).toBe(0);
    expect(Dec.of(journal.liability).eq(expected)).toBe(true);
  });
});
