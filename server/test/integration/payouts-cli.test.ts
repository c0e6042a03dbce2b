import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccounts } from './support/auth-fixtures.js';
import { runCli } from './support/run-cli.js';
import {
  seedProducts,
  seedProgram,
  settle,
} from './support/settled-periods.js';
import { createClosedTestStore, storeKind } from './support/test-store.js';

const Q1 = { periodStart: '2027-01-01', periodEnd: '2027-03-31' };

// `tierline claim|payout|balance ...` act as the user named by --as, under
// the same policy table, data scope and separation of duties as the API.
describe(`tierline claim, payout and balance commands (${storeKind})`, () => {
  let test: Awaited<ReturnType<typeof createClosedTestStore>>;
  const cli = (...args: string[]) => runCli(args, test.env);
  const json = (stdout: string) =>
    JSON.parse(stdout) as Record<string, unknown>;

  beforeAll(async () => {
    test = await createClosedTestStore();
    const store = await test.reopen();
    try {
      const ids = await seedAccounts(store);
      const c001 = ids.get('C001') ?? 0;
      await seedProducts(store);
      await seedProgram(store, 'GOODS-2027', { form: 'goods' });
      await seedProgram(store, 'POOL-2027', {
        form: 'account_credit',
        balance: { valid_days: 365, max_order_share: '50%' },
      });
      await settle(store, {
        programCode: 'GOODS-2027',
        customerId: c001,
        ...Q1,
        rebate: '1000.00',
      });
      await settle(store, {
        programCode: 'POOL-2027',
        customerId: c001,
        ...Q1,
        rebate: '800.00',
      });
    } finally {
      await store.close();
    }
  });

  afterAll(async () => {
    await test.dispose();
  });

  describe('when a customer claims and an approver approves', () => {
    it('pays the claim in goods at list price and keeps the remainder owed', async () => {
      const filed = await cli(
        'claim',
        'create',
        '--program',
        'GOODS-2027',
        '--customer',
        'C001',
        '--period',
        '2027-01-01',
        '--amount',
        '1000.00',
        '--as',
        'cust1',
      );
      const claimId = String(json(filed.stdout).id);
      const approved = await cli(
        'claim',
        'approve',
        claimId,
        '--as',
        'approver',
      );
      const created = await cli(
        'payout',
        'create',
        '--claim',
        claimId,
        '--goods',
        'OIL=3',
        '--goods',
        'DRINK',
        '--as',
        'manager',
      );
      const payoutId = String(json(created.stdout).id);
      const own = await cli('payout', 'release', payoutId, '--as', 'manager');
      const released = await cli(
        'payout',
        'release',
        payoutId,
        '--released-on',
        '2027-04-20',
        '--as',
        'approver',
      );

      expect(filed.code).toBe(0);
      expect(json(approved.stdout)).toMatchObject({ status: 'approved' });
      expect(json(created.stdout)).toMatchObject({
        form: 'goods',
        amount: '997.00',
        details: {
          lines: [
            {
              sku: 'OIL',
              quantity: '3',
              value: '360.00',
              quantitySource: 'given',
            },
            {
              sku: 'DRINK',
              quantity: '26',
              value: '637.00',
              quantitySource: 'filled',
            },
          ],
          requestedAmount: '1000.00',
          remainder: '3.00',
        },
      });
      expect(own.code).toBe(2);
      expect(own.stderr).toContain('may not do payouts.release');
      expect(json(released.stdout)).toMatchObject({
        status: 'released',
        releasedOn: '2027-04-20',
      });
    });
  });

  describe('when goods quantities are worth more than the amount', () => {
    it('refuses with the reason', async () => {
      const reply = await cli(
        'payout',
        'create',
        '--program',
        'GOODS-2027',
        '--customer',
        'C001',
        '--period',
        '2027-01-01=3.00',
        '--goods',
        'OIL=1',
        '--as',
        'manager',
      );

      expect(reply.code).toBe(2);
      expect(reply.stderr).toContain('goods_invalid');
      expect(reply.stderr).toContain('more than 3.00');
    });
  });

  describe('when account credit is drawn by an order', () => {
    it('shows the balance and draws at most the share, once per order number', async () => {
      const created = await cli(
        'payout',
        'create',
        '--program',
        'POOL-2027',
        '--customer',
        'C001',
        '--period',
        '2027-01-01=800.00',
        '--as',
        'manager',
      );
      await cli(
        'payout',
        'release',
        String(json(created.stdout).id),
        '--released-on',
        '2027-04-01',
        '--as',
        'approver',
      );
      const drawn = await cli(
        'balance',
        'draw',
        '--order',
        'SO-9',
        '--customer',
        'C001',
        '--date',
        '2027-05-01',
        '--amount',
        '1000.00',
        '--as',
        'admin',
      );
      const again = await cli(
        'balance',
        'draw',
        '--order',
        'SO-9',
        '--customer',
        'C001',
        '--date',
        '2027-05-01',
        '--amount',
        '1000.00',
        '--as',
        'admin',
      );
      const shown = await cli(
        'balance',
        'show',
        '--customer',
        'C001',
        '--as-of',
        '2027-05-02',
        '--as',
        'cust1',
      );
      const other = await cli(
        'balance',
        'show',
        '--customer',
        'C001',
        '--as',
        'cust2',
      );

      expect(json(drawn.stdout)).toMatchObject({
        drawn: '500.00',
        programs: [{ rule: 'max_order_share' }],
        repeated: false,
      });
      expect(json(again.stdout)).toMatchObject({
        drawn: '500.00',
        repeated: true,
      });
      expect(json(shown.stdout)).toMatchObject({ available: '300.00' });
      expect(other.code).toBe(2);
      expect(other.stderr).toContain('customer_not_found');
    });
  });
});
