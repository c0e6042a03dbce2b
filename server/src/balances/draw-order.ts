import { drawOnBalance, type DrawResult } from '@tierline/engine';
import { appendAudit } from '../audit/append-audit.js';
import { scopeIncludesCustomer, type DataScope } from '../auth/scope.js';
import type { Connection, Store } from '../db/database.js';
import { bookVoucher, type VoucherLine } from '../journal/book-voucher.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { checkedDate, positiveAmount } from '../payouts/amounts.js';
import {
  findCustomerByCode,
  lockCustomerMoney,
} from '../payouts/open-amount.js';
import {
  payoutAccounts,
  type PayoutAccounts,
} from '../payouts/payout-accounts.js';
import { PayoutError } from '../payouts/payout-errors.js';
import { customerCredits } from './customer-credits.js';
import { expiryJson, releaseExpired } from './release-expired.js';

export interface OrderInput {
  orderNo: string;
  customerCode: string;
  /** YYYY-MM-DD */
  orderDate: string;
  orderAmount: string;
}

export interface OrderDrawView {
  orderNo: string;
  customerCode: string;
  orderDate: string;
  orderAmount: string;
  drawn: string;
  /** Per program: what its rules allowed and the rule that decided. */
  programs: {
    programCode: string;
    limit: string;
    drawn: string;
    rule: string;
  }[];
  draws: { creditId: number; programCode: string; amount: string }[];
  /** Credit found past its validity and released before the draw. */
  expired: {
    creditId: number;
    programCode: string;
    amount: string;
    validUntil: string;
  }[];
  balanceAfter: string;
  voucher: { year: number; no: number } | null;
  /** True when the order number was presented before: nothing new moved. */
  repeated: boolean;
}

/**
 * An order draws on the customer's rebate balance what the programs' rules
 * allow (engine `drawOnBalance`), booking one voucher: debit the
 * rebate-balance liability, credit accounts receivable. Presenting the same
 * order number again returns the first answer; with other content it is
 * refused.
 */
export async function drawOrder(
  store: Store,
  input: OrderInput,
  actor: ProgramActor,
  scope: DataScope,
  accounts: PayoutAccounts = payoutAccounts(),
): Promise<OrderDrawView> {
  const orderAmount = positiveAmount(input.orderAmount, 'body.orderAmount');
  checkedDate(input.orderDate, 'body.orderDate');

  return store.transaction(async (connection) => {
    const customer = await findCustomerByCode(connection, input.customerCode);
    if (!customer || !scopeIncludesCustomer(scope, customer)) {
      throw new PayoutError('customer_not_found');
    }
    await lockCustomerMoney(connection, customer.id);

    const known = await storedOrder(connection, input.orderNo);
    if (known) {
      const same =
        known.customerId === customer.id &&
        known.orderDate === input.orderDate &&
        known.orderAmount === orderAmount.toString();
      if (!same) {
        throw new PayoutError('order_conflict', [
          {
            path: 'body.orderNo',
            value: input.orderNo,
            message: 'presented before with other content',
          },
        ]);
      }
      return { ...known.view, repeated: true };
    }

    const expired = await releaseExpired(
      connection,
      customer.id,
      input.orderDate,
      actor.audit,
    );
    const credits = await customerCredits(connection, customer.id);
    const result = drawOnBalance(credits, {
      orderAmount,
      orderDate: input.orderDate,
    });

    const voucher = result.drawn.isPositive()
      ? await bookVoucher(connection, {
          voucherDate: input.orderDate,
          kind: 'payout',
          customerId: customer.id,
          memo: `返利余额抵扣订单 ${input.orderNo}`,
          source: `order:${input.orderNo}`,
          bookedBy: actor.audit.actor,
          lines: drawLines(result, credits, customer.id, accounts),
        })
      : null;

    const view: OrderDrawView = {
      orderNo: input.orderNo,
      customerCode: customer.code,
      orderDate: input.orderDate,
      orderAmount: orderAmount.toString(),
      drawn: result.drawn.toString(),
      programs: result.programs.map((program) => ({
        programCode: program.programCode,
        limit: program.limit.toString(),
        drawn: program.drawn.toString(),
        rule: program.rule,
      })),
      draws: result.draws.map((draw) => ({
        creditId: draw.creditId,
        programCode: draw.programCode,
        amount: draw.amount.toString(),
      })),
      expired: expired.map(expiryJson),
      balanceAfter: result.balanceAfter.toString(),
      voucher: voucher
        ? { year: voucher.voucherYear, no: voucher.voucherNo }
        : null,
      repeated: false,
    };

    const [order] = await connection.query<{ id: number }>(
      `insert into balance_orders (order_no, customer_id, order_date,
         order_amount, drawn_amount, result, voucher_id, presented_by)
       values ($1, $2, $3::date, $4, $5, $6::jsonb, $7, $8)
       returning id::int as id`,
      [
        input.orderNo,
        customer.id,
        input.orderDate,
        orderAmount.toString(),
        result.drawn.toString(),
        JSON.stringify(view),
        voucher?.id ?? null,
        actor.audit.actor,
      ],
    );
    if (!order) throw new Error('balance_orders insert returned no id');
    if (voucher && result.draws.length > 0) {
      await connection.query(
        `insert into balance_movements (credit_id, kind, amount, order_id,
           moved_on, voucher_id)
         select d.credit_id, 'draw', d.amount, $3, $4::date, $5
           from unnest($1::bigint[], $2::numeric[]) as d(credit_id, amount)`,
        [
          result.draws.map((draw) => draw.creditId),
          result.draws.map((draw) => draw.amount.toString()),
          order.id,
          input.orderDate,
          voucher.id,
        ],
      );
    }

    await appendAudit(connection, actor.audit, {
      action: 'balance.draw',
      entity: 'balance_order',
      entityId: input.orderNo,
      after: view,
    });

    return view;
  });
}

function drawLines(
  result: DrawResult,
  credits: readonly { id: number; accountCode: string }[],
  customerId: number,
  accounts: PayoutAccounts,
): VoucherLine[] {
  const accountOf = new Map(
    credits.map((credit) => [credit.id, credit.accountCode]),
  );
  const debits: VoucherLine[] = result.draws.map((draw) => ({
    accountCode: accountOf.get(draw.creditId) ?? accounts.rebateBalance,
    accountRole: 'payment',
    debit: draw.amount.toString(),
    credit: '0',
    customerId,
    programCode: draw.programCode,
    memo: `返利余额 #${String(draw.creditId)}`,
  }));

  return [
    ...debits,
    {
      accountCode: accounts.receivable,
      accountRole: 'payment',
      debit: '0',
      credit: result.drawn.toString(),
      customerId,
      memo: '订单抵扣应收账款',
    },
  ];
}

async function storedOrder(
  connection: Connection,
  orderNo: string,
): Promise<{
  customerId: number;
  orderDate: string;
  orderAmount: string;
  view: OrderDrawView;
} | null> {
  const [row] = await connection.query<{
    customerId: number;
    orderDate: string;
    orderAmount: string;
    result: OrderDrawView;
  }>(
    `select customer_id as "customerId", order_date::text as "orderDate",
            order_amount::text as "orderAmount", result
       from balance_orders where order_no = $1`,
    [orderNo],
  );

  return row
    ? {
        customerId: row.customerId,
        orderDate: row.orderDate,
        orderAmount: row.orderAmount,
        view: row.result,
      }
    : null;
}
