import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import {
  accountBalance,
  adjust,
  liabilityAccount,
  seedProducts,
  seedProgram,
  seedSales,
  settle,
  unbalancedVouchers,
} from './support/settled-periods.js';
import { storeKind } from './support/test-store.js';

const Q1 = { periodStart: '2027-01-01', periodEnd: '2027-03-31' };

describe(`claims and credit-note payouts (${storeKind})`, () => {
  let t: AuthTestApp & { customerIds: Map<string, number> };
  const as: Record<string, TestSession> = {};
  let c001 = 0;
  let c002 = 0;

  const call = (
    who: string,
    method: 'GET' | 'POST',
    url: string,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: as[who]?.headers ?? {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  beforeAll(async () => {
    t = await createAuthTestApp();
    c001 = t.customerIds.get('C001') ?? 0;
    c002 = t.customerIds.get('C002') ?? 0;
    for (const name of [
      'admin',
      'manager',
      'approver',
      'rep1',
      'cust1',
      'cust2',
      'auditor',
    ]) {
      as[name] = await loginAs(t.app, name);
    }

    await seedProducts(t.test.store);
    await seedSales(t.test.store, [
      {
        customerId: c001,
        sku: 'DRINK',
        date: '2027-02-01',
        netAmount: '200000.00',
      },
      {
        customerId: c001,
        sku: 'OIL',
        date: '2027-02-02',
        netAmount: '100000.00',
      },
      {
        customerId: c001,
        sku: 'SOAP',
        date: '2027-02-03',
        netAmount: '900000.00',
      },
      { customerId: c001, sku: 'OIL', date: '2027-04-02', netAmount: '5.00' },
      {
        customerId: c002,
        sku: 'DRINK',
        date: '2027-02-01',
        netAmount: '50000.00',
      },
    ]);
    await seedProgram(t.test.store, 'CN-2027', { form: 'credit_note' });
    await settle(t.test.store, {
      programCode: 'CN-2027',
      customerId: c001,
      ...Q1,
      rebate: '6000.00',
    });
    await settle(t.test.store, {
      programCode: 'CN-2027',
      customerId: c002,
      ...Q1,
      rebate: '1000.00',
    });
  });

  afterAll(async () => {
    await t.dispose();
  });

  const claimFor = (customerCode: string, amount: string) => ({
    programCode: 'CN-2027',
    customerCode,
    periodStart: Q1.periodStart,
    amount,
  });

  describe('when a customer claims more than its period owes', () => {
    it('refuses with what is owed, paid and open', async () => {
      const reply = await call(
        'cust1',
        'POST',
        '/api/claims',
        claimFor('C001', '6000.01'),
      );

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error).toMatchObject({
        code: 'exceeds_owed',
        details: [
          {
            path: 'body.amount',
            message: 'owed 6000.00, paid or being paid 0.00, open 6000.00',
          },
        ],
      });
    });
  });

  describe('when a customer claims for a period that is not closed', () => {
    it('refuses: nothing is settled yet', async () => {
      const reply = await call('cust1', 'POST', '/api/claims', {
        ...claimFor('C001', '1.00'),
        periodStart: '2027-04-01',
      });

      expect(reply.json().error.code).toBe('period_not_settled');
    });
  });

  describe('when a customer claims for another customer', () => {
    it('finds no such customer and files nothing', async () => {
      const reply = await call(
        'cust1',
        'POST',
        '/api/claims',
        claimFor('C002', '10.00'),
      );
      const list = await call('admin', 'GET', '/api/claims?customer=C002');

      expect(reply.statusCode).toBe(404);
      expect(list.json().total).toBe(0);
    });
  });

  describe('when a claim goes from filing to payout', () => {
    let claimId = 0;
    let payoutId = 0;

    it('files the claim within what is owed, one at a time', async () => {
      const reply = await call('cust1', 'POST', '/api/claims', {
        ...claimFor('C001', '6000.00'),
        note: '请开红字发票',
      });
      const again = await call(
        'cust1',
        'POST',
        '/api/claims',
        claimFor('C001', '1.00'),
      );

      expect(reply.statusCode).toBe(200);
      expect(reply.json()).toMatchObject({
        status: 'submitted',
        claimedAmount: '6000.00',
        claimedBy: 'cust1',
      });
      expect(again.json().error.code).toBe('claim_open');
      claimId = reply.json().id;
    });

    it('keeps the claim from other customers and their reps', async () => {
      const other = await call(
        'cust2',
        'GET',
        `/api/claims/${String(claimId)}`,
      );
      const otherList = await call('cust2', 'GET', '/api/claims?customer=C001');
      const rep = await call('rep1', 'GET', `/api/claims/${String(claimId)}`);

      expect(other.statusCode).toBe(404);
      expect(other.body).not.toContain('6000');
      expect(otherList.json()).toMatchObject({ items: [], total: 0 });
      expect(rep.statusCode).toBe(200);
    });

    it('needs a reason to approve in part and never more than claimed', async () => {
      const noReason = await call(
        'approver',
        'POST',
        `/api/claims/${String(claimId)}/approve`,
        { amount: '5000.00' },
      );
      const more = await call(
        'approver',
        'POST',
        `/api/claims/${String(claimId)}/approve`,
        { amount: '6000.01', reason: 'x' },
      );

      expect(noReason.json().error).toMatchObject({
        code: 'reason_required',
        details: [{ path: 'body.reason' }],
      });
      expect(more.json().error.code).toBe('partial_exceeds_claim');
    });

    it('lets only an approver decide', async () => {
      const reply = await call(
        'cust1',
        'POST',
        `/api/claims/${String(claimId)}/approve`,
        {},
      );

      expect(reply.statusCode).toBe(403);
    });

    it('approves in part with the reason on record', async () => {
      const reply = await call(
        'approver',
        'POST',
        `/api/claims/${String(claimId)}/approve`,
        {
          amount: '5000.00',
          reason: '部分退货待核实',
        },
      );
      const twice = await call(
        'approver',
        'POST',
        `/api/claims/${String(claimId)}/reject`,
        { reason: '重复' },
      );

      expect(reply.json()).toMatchObject({
        status: 'partially_approved',
        approvedAmount: '5000.00',
        decisionReason: '部分退货待核实',
        decidedBy: 'approver',
      });
      expect(twice.json().error.code).toBe('claim_decided');
    });

    it('creates the payout as a credit note split by VAT rate, rebate without VAT', async () => {
      const reply = await call('manager', 'POST', '/api/payouts', { claimId });
      payoutId = reply.json().id;

      expect(reply.statusCode).toBe(200);
      expect(reply.json()).toMatchObject({
        form: 'credit_note',
        amount: '5000.00',
        status: 'created',
        claimId,
        periods: [{ periodStart: '2027-01-01', amount: '5000.00' }],
        details: {
          rebateExcludesVat: true,
          allocation: 'largest_remainder',
          lines: [
            {
              vatRatePct: '9',
              salesNetAmount: '100000.00',
              amountWithoutVat: '1666.67',
              vatAmount: '150.00',
              totalWithVat: '1816.67',
            },
            {
              vatRatePct: '13',
              salesNetAmount: '200000.00',
              amountWithoutVat: '3333.33',
              vatAmount: '433.33',
              totalWithVat: '3766.66',
            },
          ],
          amountWithoutVat: '5000.00',
          vatAmount: '583.33',
          totalWithVat: '5583.33',
        },
      });
    });

    it('refuses a second payout of the same claim', async () => {
      const reply = await call('manager', 'POST', '/api/payouts', { claimId });

      expect(reply.json().error.code).toBe('claim_paid');
    });

    it('refuses a direct payout of more than is left open', async () => {
      const reply = await call('manager', 'POST', '/api/payouts', {
        programCode: 'CN-2027',
        customerCode: 'C001',
        periods: [{ periodStart: '2027-01-01', amount: '1000.01' }],
      });

      expect(reply.json().error).toMatchObject({
        code: 'exceeds_owed',
        details: [
          {
            path: 'body.periods[0].amount',
            message: 'owed 6000.00, paid or being paid 5000.00, open 1000.00',
          },
        ],
      });
    });

    it('shows the payout to its customer, never to another', async () => {
      const own = await call(
        'cust1',
        'GET',
        `/api/payouts/${String(payoutId)}`,
      );
      const other = await call(
        'cust2',
        'GET',
        `/api/payouts/${String(payoutId)}`,
      );
      const otherList = await call(
        'cust2',
        'GET',
        '/api/payouts?customer=C001',
      );

      expect(own.statusCode).toBe(200);
      expect(other.statusCode).toBe(404);
      expect(otherList.json()).toMatchObject({ items: [], total: 0 });
    });

    it('is released by an approver who did not create it, booking a balanced voucher', async () => {
      const byManager = await call(
        'manager',
        'POST',
        `/api/payouts/${String(payoutId)}/release`,
        {},
      );
      const reply = await call(
        'approver',
        'POST',
        `/api/payouts/${String(payoutId)}/release`,
        { releasedOn: '2027-04-15' },
      );

      expect(byManager.statusCode).toBe(403);
      expect(reply.json()).toMatchObject({
        status: 'released',
        releasedBy: 'approver',
        releasedOn: '2027-04-15',
        voucher: { year: 2027 },
      });
      expect(
        await accountBalance(t.test.store, liabilityAccount, {
          customerId: c001,
          periodStart: '2027-01-01',
        }),
      ).toBe('1000.00');
      expect(
        await accountBalance(t.test.store, '1122', { customerId: c001 }),
      ).toBe('5583.33');
      expect(
        await accountBalance(t.test.store, '2221.01.02', { customerId: c001 }),
      ).toBe('-583.33');
      expect(await unbalancedVouchers(t.test.store)).toEqual([]);
    });

    it('is released once', async () => {
      const reply = await call(
        'admin',
        'POST',
        `/api/payouts/${String(payoutId)}/release`,
        {},
      );

      expect(reply.json().error.code).toBe('payout_released');
    });
  });

  describe('when the approver created the payout', () => {
    it('refuses the release as their own work', async () => {
      const created = await call('approver', 'POST', '/api/payouts', {
        programCode: 'CN-2027',
        customerCode: 'C002',
        periods: [{ periodStart: '2027-01-01', amount: '400.00' }],
      });
      const reply = await call(
        'approver',
        'POST',
        `/api/payouts/${String(created.json().id)}/release`,
        {},
      );

      expect(created.statusCode).toBe(200);
      expect(reply.statusCode).toBe(403);
      expect(reply.json().error.code).toBe('own_work');
    });
  });

  describe('when a claim is rejected', () => {
    it('records the reason and cannot be paid out', async () => {
      const filed = await call(
        'cust2',
        'POST',
        '/api/claims',
        claimFor('C002', '600.00'),
      );
      const rejected = await call(
        'approver',
        'POST',
        `/api/claims/${String(filed.json().id)}/reject`,
        { reason: '未达条件' },
      );
      const payout = await call('manager', 'POST', '/api/payouts', {
        claimId: filed.json().id,
      });

      expect(rejected.json()).toMatchObject({
        status: 'rejected',
        approvedAmount: '0.00',
        decisionReason: '未达条件',
      });
      expect(payout.json().error.code).toBe('claim_not_approved');
    });
  });

  describe('when a later adjustment takes back part of what a cash payout pays', () => {
    it('refuses the release and books nothing', async () => {
      const c003 = t.customerIds.get('C003') ?? 0;
      await seedProgram(t.test.store, 'CASH-2027', { form: 'cash' });
      await settle(t.test.store, {
        programCode: 'CASH-2027',
        customerId: c003,
        ...Q1,
        rebate: '100.00',
      });
      const created = await call('manager', 'POST', '/api/payouts', {
        programCode: 'CASH-2027',
        customerCode: 'C003',
        periods: [{ periodStart: Q1.periodStart, amount: '100.00' }],
      });
      await adjust(t.test.store, {
        programCode: 'CASH-2027',
        customerId: c003,
        periodStart: Q1.periodStart,
        amount: '-10.00',
      });
      const refused = await call(
        'approver',
        'POST',
        `/api/payouts/${String(created.json().id)}/release`,
        {},
      );

      expect(created.json()).toMatchObject({
        form: 'cash',
        amount: '100.00',
        details: {},
      });
      expect(refused.json().error).toMatchObject({
        code: 'exceeds_owed',
        details: [
          { message: 'owed 90.00, paid or being paid 100.00, open -10.00' },
        ],
      });
      expect(
        await accountBalance(t.test.store, '1002', { customerId: c003 }),
      ).toBe('0.00');
    });
  });

  describe('when the changes are on record', () => {
    it('has an audit entry for each', async () => {
      const reply = await call('auditor', 'GET', '/api/audit?limit=100');
      const actions = (reply.json().entries as { action: string }[]).map(
        (entry) => entry.action,
      );

      expect(actions).toEqual(
        expect.arrayContaining([
          'claim.create',
          'claim.approve',
          'claim.reject',
          'payout.create',
          'payout.release',
        ]),
      );
    });
  });
});
