import fc from 'fast-check';
import { Dec, addDays } from '@tierline/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal.js';
import { allData } from '../../src/auth/scope.js';
import { drawOrder } from '../../src/balances/draw-order.js';
import { showBalance } from '../../src/balances/show-balance.js';
import { createPayout } from '../../src/payouts/create-payout.js';
import { PayoutError } from '../../src/payouts/payout-errors.js';
import { releasePayout } from '../../src/payouts/release-payout.js';
import type { ProgramActor } from '../../src/programs/program-actor.js';
import { seedAccounts } from './support/auth-fixtures.js';
import {
  accountBalance,
  liabilityAccount,
  seedProgram,
  settle,
  unbalancedVouchers,
} from './support/settled-periods.js';
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

// Over random sequences of settlements, payouts and orders for one customer
// (a fresh customer per run, one store for all runs): every voucher
// balances, no credit goes below zero, the rebate-balance account holds
// exactly what the credits have left, and the accrued liability in the
// journal is what was settled less what was paid out.

const quarters = [
  ['2027-01-01', '2027-03-31'],
  ['2027-04-01', '2027-06-30'],
  ['2027-07-01', '2027-09-30'],
  ['2027-10-01', '2027-12-31'],
] as const;

type Step =
  | { kind: 'settle'; rebateFen: number }
  | { kind: 'payout'; quarter: number; sharePct: number }
  | { kind: 'order'; amountFen: number }
  | { kind: 'look' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('settle' as const),
    rebateFen: fc.integer({ min: 1, max: 500_000 }),
  }),
  fc.record({
    kind: fc.constant('payout' as const),
    quarter: fc.integer({ min: 0, max: 3 }),
    sharePct: fc.integer({ min: 1, max: 130 }),
  }),
  fc.record({
    kind: fc.constant('order' as const),
    amountFen: fc.integer({ min: 1, max: 2_000_000 }),
  }),
  fc.record({ kind: fc.constant('look' as const) }),
);

const fen = (count: number) =>
  Dec.fromInteger(count).dividedBy(Dec.HUNDRED).round(2, 'half_up');

describe(`payouts and the balance over random operations (${storeKind})`, () => {
  let test: TestStore;
  let manager: ProgramActor;
  let approver: ProgramActor;
  let run = 0;

  const actor = async (username: string): Promise<ProgramActor> => {
    const [user] = await test.store.transaction((connection) =>
      connection.query<Principal>(
        `select 'user' as kind, id, username as name, role,
                user_code as "userCode", customer_id as "customerId"
           from users where username = $1`,
        [username],
      ),
    );
    if (!user) throw new Error(`no user ${username}`);
    return { principal: user, audit: { actor: username } };
  };

  beforeAll(async () => {
    test = await createTestStore();
    await seedAccounts(test.store);
    await seedProgram(test.store, 'POOL-P', {
      form: 'account_credit',
      balance: {
        valid_days: 60,
        min_order_amount: '100',
        max_order_share: '40%',
      },
    });
    manager = await actor('manager');
    approver = await actor('approver');
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('keeps the journal, the liability and the balance consistent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        async (steps) => {
          run += 1;
          const code = `P${String(run)}`;
          const [customer] = await test.store.transaction((connection) =>
            connection.query<{ id: number }>(
              `insert into customers (code, name) values ($1, $1) returning id`,
              [code],
            ),
          );
          const customerId = customer?.id ?? 0;
          let settled = 0;
          let settledTotal = Dec.ZERO;
          let paidTotal = Dec.ZERO;
          let day = '2027-04-01';
          let orders = 0;

          for (const current of steps) {
            day = addDays(day, 3);
            if (current.kind === 'settle' && settled < quarters.length) {
              const [periodStart, periodEnd] = quarters[settled] ?? quarters[0];
              const rebate = fen(current.rebateFen);
              await settle(test.store, {
                programCode: 'POOL-P',
                customerId,
                periodStart,
                periodEnd,
                rebate: rebate.toString(),
              });
              settledTotal = settledTotal.plus(rebate);
              settled += 1;
            }
            if (current.kind === 'payout') {
              const [periodStart] = quarters[current.quarter] ?? quarters[0];
              const ask = Dec.fromInteger(current.sharePct * 1000)
                .dividedBy(Dec.HUNDRED)
                .round(2, 'half_up');
              try {
                const created = await createPayout(
                  test.store,
                  {
                    programCode: 'POOL-P',
                    customerCode: code,
                    periods: [{ periodStart, amount: ask.toString() }],
                  },
                  manager,
                  allData,
                );
                await releasePayout(test.store, created.id, approver, allData, {
                  releasedOn: day,
                });
                paidTotal = paidTotal.plus(ask);
              } catch (error) {
                if (!(error instanceof PayoutError)) throw error;
                expect(['exceeds_owed', 'period_not_settled']).toContain(
                  error.code,
                );
              }
            }
            if (current.kind === 'order') {
              orders += 1;
              const drawn = await drawOrder(
                test.store,
                {
                  orderNo: `${code}-${String(orders)}`,
                  customerCode: code,
                  orderDate: day,
                  orderAmount: fen(current.amountFen).toString(),
                },
                manager,
                allData,
              );
              expect(Dec.of(drawn.balanceAfter).isNegative()).toBe(false);
            }
            if (current.kind === 'look') {
              const balance = await showBalance(
                test.store,
                code,
                day,
                manager,
                allData,
              );
              expect(Dec.of(balance.available).isNegative()).toBe(false);
            }
          }

          const balance = await showBalance(
            test.store,
            code,
            day,
            manager,
            allData,
          );
          const remaining = balance.credits.reduce(
            (sum, credit) => sum.plus(Dec.of(credit.remaining)),
            Dec.ZERO,
          );
          expect(
            balance.credits.every(
              (credit) => !Dec.of(credit.remaining).isNegative(),
            ),
          ).toBe(true);
          expect(
            await accountBalance(test.store, '2241.04', { customerId }),
          ).toBe(remaining.round(2, 'half_up').toString());
          expect(
            await accountBalance(test.store, liabilityAccount, { customerId }),
          ).toBe(settledTotal.minus(paidTotal).round(2, 'half_up').toString());
          expect(await unbalancedVouchers(test.store)).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });
});
