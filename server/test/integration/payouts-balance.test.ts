import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import {
  accountBalance,
  expenseAccount,
  liabilityAccount,
  seedProducts,
  seedProgram,
  settle,
  unbalancedVouchers,
} from './support/settled-periods.js';
import { storeKind } from './support/test-store.js';

const Q1 = { periodStart: '2027-01-01', periodEnd: '2027-03-31' };
const Q2 = { periodStart: '2027-04-01', periodEnd: '2027-06-30' };

describe(`account credit and the rebate balance (${storeKind})`, () => {
  let t: AuthTestApp & { customerIds: Map<string, number> };
  const as: Record<string, TestSession> = {};
  let c001 = 0;

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

  const order = (orderNo: string, orderDate: string, orderAmount: string) =>
    call('admin', 'POST', '/api/balances/orders', {
      orderNo,
      customerCode: 'C001',
      orderDate,
      orderAmount,
    });

  beforeAll(async () => {
    t = await createAuthTestApp();
    c001 = t.customerIds.get('C001') ?? 0;
    for (const name of [
      'admin',
      'manager',
      'approver',
      'rep1',
      'cust1',
      'cust2',
    ]) {
      as[name] = await loginAs(t.app, name);
    }
    await seedProducts(t.test.store);
    await seedProgram(t.test.store, 'POOL-2027', {
      form: 'account_credit',
      balance: {
        valid_days: 90,
        min_order_amount: '5000',
        max_order_share: '30%',
      },
    });
    await settle(t.test.store, {
      programCode: 'POOL-2027',
      customerId: c001,
      ...Q1,
      rebate: '3000.00',
    });
    await settle(t.test.store, {
      programCode: 'POOL-2027',
      customerId: c001,
      ...Q2,
      rebate: '500.00',
    });

    for (const [period, releasedOn] of [
      [Q1.periodStart, '2027-04-10'],
      [Q2.periodStart, '2027-07-01'],
    ] as const) {
      const created = await call('manager', 'POST', '/api/payouts', {
        programCode: 'POOL-2027',
        customerCode: 'C001',
        periods: [
          {
            periodStart: period,
            amount: period === Q1.periodStart ? '3000.00' : '500.00',
          },
        ],
      });
      const released = await call(
        'approver',
        'POST',
        `/api/payouts/${String(created.json().id)}/release`,
        { releasedOn },
      );
      if (released.statusCode !== 200) throw new Error(released.body);
    }
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when account-credit payouts are released', () => {
    it('credits the balance, valid for the program’s days', async () => {
      const reply = await call(
        'cust1',
        'GET',
        '/api/balances/C001?asOf=2027-07-01',
      );

      expect(reply.json()).toMatchObject({
        available: '3500.00',
        credits: [
          {
            amount: '3000.00',
            remaining: '3000.00',
            releasedOn: '2027-04-10',
            validUntil: '2027-07-08',
            state: 'usable',
          },
          {
            amount: '500.00',
            remaining: '500.00',
            releasedOn: '2027-07-01',
            validUntil: '2027-09-28',
            state: 'usable',
            minOrderAmount: '5000.00',
            maxOrderSharePct: '30',
          },
        ],
      });
      expect(
        await accountBalance(t.test.store, liabilityAccount, {
          customerId: c001,
        }),
      ).toBe('0.00');
      expect(
        await accountBalance(t.test.store, '2241.04', { customerId: c001 }),
      ).toBe('3500.00');
    });
  });

  describe('when an order falls below the minimum order amount', () => {
    it('draws nothing and says why', async () => {
      const reply = await order('SO-1', '2027-07-02', '4999.99');

      expect(reply.json()).toMatchObject({
        drawn: '0.00',
        programs: [{ programCode: 'POOL-2027', rule: 'min_order_amount' }],
        voucher: null,
      });
    });
  });

  describe('when an order reaches the minimum', () => {
    it('draws at most 30 % of it and books the draw against receivables', async () => {
      const reply = await order('SO-2', '2027-07-02', '5000.03');

      expect(reply.json()).toMatchObject({
        drawn: '1500.00',
        programs: [{ rule: 'max_order_share', limit: '1500.00' }],
        balanceAfter: '2000.00',
        repeated: false,
      });
      expect(
        await accountBalance(t.test.store, '1122', { customerId: c001 }),
      ).toBe('1500.00');
    });

    it('returns the first answer when the order number comes again', async () => {
      const again = await order('SO-2', '2027-07-02', '5000.03');
      const changed = await order('SO-2', '2027-07-02', '6000.00');

      expect(again.json()).toMatchObject({ drawn: '1500.00', repeated: true });
      expect(changed.json().error.code).toBe('order_conflict');
      expect(
        await accountBalance(t.test.store, '1122', { customerId: c001 }),
      ).toBe('1500.00');
    });
  });

  describe('when credit runs past its last valid day', () => {
    it('is released when the balance is looked at, once, and never drawn', async () => {
      const look = await call(
        'cust1',
        'GET',
        '/api/balances/C001?asOf=2027-07-09',
      );
      const lookAgain = await call(
        'cust1',
        'GET',
        '/api/balances/C001?asOf=2027-07-12',
      );
      const drawn = await order('SO-3', '2027-07-12', '100000.00');

      expect(look.json()).toMatchObject({
        available: '500.00',
        expiredNow: [{ amount: '1500.00', validUntil: '2027-07-08' }],
      });
      expect(lookAgain.json().expiredNow).toEqual([]);
      expect(drawn.json()).toMatchObject({
        drawn: '500.00',
        programs: [{ rule: 'balance' }],
        balanceAfter: '0.00',
      });
      expect(
        await accountBalance(t.test.store, '2241.04', { customerId: c001 }),
      ).toBe('0.00');
      expect(
        await accountBalance(t.test.store, expenseAccount, {
          customerId: c001,
        }),
      ).toBe('-2000.00');
      expect(await unbalancedVouchers(t.test.store)).toEqual([]);
    });
  });

  describe('when another customer asks for the balance', () => {
    it('gets no such customer and no figures', async () => {
      const other = await call('cust2', 'GET', '/api/balances/C001');
      const rep = await call(
        'rep1',
        'GET',
        '/api/balances/C001?asOf=2027-07-12',
      );
      const byCustomer = await call('cust1', 'POST', '/api/balances/orders', {
        orderNo: 'SO-X',
        customerCode: 'C001',
        orderDate: '2027-07-12',
        orderAmount: '10.00',
      });

      expect(other.statusCode).toBe(404);
      expect(other.body).not.toContain('2241');
      expect(rep.statusCode).toBe(200);
      expect(byCustomer.statusCode).toBe(403);
    });
  });
});
