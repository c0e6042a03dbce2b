import { Dec, minDec, sumDec, type Program } from '@tierline/engine';
import { appendAudit } from '../audit/append-audit.js';
import { scopeIncludesCustomer, type DataScope } from '../auth/scope.js';
import type { Connection, Store } from '../db/database.js';
import type { PayoutFormName } from '../db/payout-schema.js';
import { userIdOf, type ProgramActor } from '../programs/program-actor.js';
import { findClaim } from '../claims/claim-view.js';
import {
  checkedDate,
  exceedsOwed,
  positiveAmount,
  storedMoney,
} from './amounts.js';
import { formDetails, type GoodsRequest } from './form-details.js';
import {
  findCustomerByCode,
  lockCustomerMoney,
  openAmountFor,
  settledProgram,
} from './open-amount.js';
import { PayoutError } from './payout-errors.js';
import { findPayout, type PayoutView } from './payout-view.js';

export interface PayoutPeriodInput {
  periodStart: string;
  amount: string;
}

export type PayoutInput = (
  | { claimId: number }
  | {
      programCode: string;
      customerCode: string;
      periods: readonly PayoutPeriodInput[];
    }
) & { goods?: readonly GoodsRequest[]; memo?: string };

interface PeriodAsk {
  periodStart: string;
  periodEnd: string;
  amount: Dec;
  path: string;
}

/**
 * A payout of closed periods of one program, in the form of the version
 * that settled the latest of them: from an approved claim (its approved
 * amount) or directly. Each period pays at most what is open for it; the
 * payout waits for an approver's release.
 */
export async function createPayout(
  store: Store,
  input: PayoutInput,
  actor: ProgramActor,
  scope: DataScope,
): Promise<PayoutView> {
  return store.transaction(async (connection) => {
    const target = await payoutTarget(connection, input, scope);
    await lockCustomerMoney(connection, target.customerId);

    const asks: PeriodAsk[] = [];
    let program: Program | null = null;
    let programPeriod = '';
    for (const [index, period] of target.periods.entries()) {
      const path = `${target.path}[${String(index)}]`;
      const key = {
        programCode: target.programCode,
        customerId: target.customerId,
        periodStart: period.periodStart,
      };
      const open = await openAmountFor(connection, key);
      if (!open.closed) {
        throw new PayoutError('period_not_settled', [
          {
            path: `${path}.periodStart`,
            value: period.periodStart,
            message: 'not closed',
          },
        ]);
      }
      if (period.amount.gt(Dec.of(open.open))) {
        throw exceedsOwed(`${path}.amount`, period.amount, open);
      }
      if (period.periodStart > programPeriod) {
        program = (await settledProgram(connection, key)) ?? program;
        programPeriod = period.periodStart;
      }
      asks.push({
        ...period,
        periodEnd: await periodEnd(connection, key),
        path,
      });
    }
    if (program === null) throw new PayoutError('period_not_settled');

    const form: PayoutFormName = program.payout?.form ?? 'cash';
    const asked = sumDec(asks.map((ask) => ask.amount));
    const { paid, details } = await formDetails(connection, {
      form,
      program,
      customerId: target.customerId,
      periods: asks,
      amount: asked,
      goods: input.goods,
    });
    const periods = fitPeriods(asks, paid);

    const [inserted] = await connection.query<{ id: number }>(
      `insert into payouts (program_code, customer_id, form, amount, claim_id,
         details, memo, created_by, created_by_user_id)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)
       returning id::int as id`,
      [
        target.programCode,
        target.customerId,
        form,
        paid.toString(),
        target.claimId,
        JSON.stringify(details),
        input.memo ?? '',
        actor.audit.actor,
        userIdOf(actor.principal),
      ],
    );
    if (!inserted) throw new Error('payouts insert returned no id');
    await connection.query(
      `insert into payout_periods (payout_id, program_code, customer_id,
         period_start, amount)
       select $1, $2, $3, p.period_start, p.amount
         from unnest($4::date[], $5::numeric[]) as p(period_start, amount)`,
      [
        inserted.id,
        target.programCode,
        target.customerId,
        periods.map((period) => period.periodStart),
        periods.map((period) => period.amount.toString()),
      ],
    );

    const payout = await findPayout(connection, inserted.id, { kind: 'all' });
    if (!payout) throw new Error('the new payout is not there');
    await appendAudit(connection, actor.audit, {
      action: 'payout.create',
      entity: 'payout',
      entityId: inserted.id,
      after: payout.view,
    });

    return payout.view;
  });
}

interface PayoutTarget {
  programCode: string;
  customerId: number;
  claimId: number | null;
  periods: { periodStart: string; amount: Dec }[];
  path: string;
}

async function payoutTarget(
  connection: Connection,
  input: PayoutInput,
  scope: DataScope,
): Promise<PayoutTarget> {
  if ('claimId' in input) {
    const claim = await findClaim(connection, input.claimId, scope, true);
    if (!claim) throw new PayoutError('claim_not_found');
    const { status, approvedAmount } = claim.view;
    if (status !== 'approved' && status !== 'partially_approved') {
      throw new PayoutError('claim_not_approved');
    }
    const [paid] = await connection.query(
      'select 1 from payouts where claim_id = $1',
      [input.claimId],
    );
    if (paid) throw new PayoutError('claim_paid');

    return {
      programCode: claim.view.programCode,
      customerId: claim.customerId,
      claimId: input.claimId,
      periods: [
        {
          periodStart: claim.view.periodStart,
          amount: storedMoney(approvedAmount ?? '0'),
        },
      ],
      path: 'body.claimId',
    };
  }

  const customer = await findCustomerByCode(connection, input.customerCode);
  if (!customer || !scopeIncludesCustomer(scope, customer)) {
    throw new PayoutError('customer_not_found');
  }
  const starts = input.periods.map((period) => period.periodStart);
  if (input.periods.length === 0 || new Set(starts).size < starts.length) {
    throw new PayoutError('periods_invalid', [
      { path: 'body.periods', message: 'one or more periods, each once' },
    ]);
  }

  return {
    programCode: input.programCode,
    customerId: customer.id,
    claimId: null,
    periods: input.periods.map((period, index) => ({
      periodStart: checkedDate(
        period.periodStart,
        `body.periods[${String(index)}].periodStart`,
      ),
      amount: positiveAmount(
        period.amount,
        `body.periods[${String(index)}].amount`,
      ),
    })),
    path: 'body.periods',
  };
}

async function periodEnd(
  connection: Connection,
  key: { programCode: string; customerId: number; periodStart: string },
): Promise<string> {
  const [row] = await connection.query<{ periodEnd: string }>(
    `select period_end::text as "periodEnd" from settlements
      where program_code = $1 and customer_id = $2 and period_start = $3::date`,
    [key.programCode, key.customerId, key.periodStart],
  );

  return row?.periodEnd ?? key.periodStart;
}

/**
 * The periods' shares of what is paid: in period order, each up to what
 * was asked for it. Goods worth less than asked leave the later periods
 * (partly) unpaid, still open for another payout.
 */
function fitPeriods(
  asks: readonly PeriodAsk[],
  paid: Dec,
): { periodStart: string; amount: Dec }[] {
  let left = paid;
  const sorted = [...asks].sort((a, b) =>
    a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0,
  );

  return sorted.flatMap((ask) => {
    const amount = minDec(ask.amount, left);
    left = left.minus(amount);

    return amount.isPositive()
      ? [{ periodStart: ask.periodStart, amount }]
      : [];
  });
}
