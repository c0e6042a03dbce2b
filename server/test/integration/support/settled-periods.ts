// A store with what the accrual cycle leaves behind for payouts: a program,
// sales at two VAT rates, and closed periods with their settlements and
// accrual vouchers (debit expense, credit the accrued rebate liability).
import type { Connection, Store } from '../../../src/db/database.js';
import { bookVoucher } from '../../../src/journal/book-voucher.js';
import { seedActiveProgram } from '../../../src/programs/seed-active-program.js';

export const liabilityAccount = '2241.03';
export const expenseAccount = '6601.05';

export function payoutProgram(
  code: string,
  payout: Record<string, unknown>,
): Record<string, unknown> {
  return {
    format: 'tierline/program@1',
    code,
    name: `${code} 返利`,
    currency: 'CNY',
    period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
    eligibility: { products: { include: { categories: ['饮料', '粮油'] } } },
    measure: 'net_amount',
    tiers: [{ from: '1000', rate: '2%' }],
    accounting: {
      expense_account: expenseAccount,
      liability_account: liabilityAccount,
    },
    payout,
  };
}

/** Products of 13 % and 9 % VAT in scope, one out of scope. */
export async function seedProducts(store: Store): Promise<void> {
  await store.transaction((connection) =>
    connection.query(
      `insert into products (sku, name, category, list_price, vat_rate_pct)
       values ('DRINK', '矿泉水', '饮料', 24.5, 13),
              ('OIL', '花生油', '粮油', 120, 9),
              ('SOAP', '洗衣皂', '日化', 8, 13)`,
    ),
  );
}

export interface SaleInput {
  customerId: number;
  sku: string;
  date: string;
  netAmount: string;
}

export async function seedSales(
  store: Store,
  sales: readonly SaleInput[],
): Promise<void> {
  await store.transaction(async (connection) => {
    for (const [index, sale] of sales.entries()) {
      await connection.query(
        `insert into sales_lines (batch_id, invoice_no, line_no, invoice_date,
           customer_id, product_id, quantity, net_amount, currency)
         select 1, $1, 1, $2::date, $3, p.id, 1, $4, 'CNY'
           from products p where p.sku = $5`,
        [
          `INV-${String(index)}`,
          sale.date,
          sale.customerId,
          sale.netAmount,
          sale.sku,
        ],
      );
    }
  });
}

export async function seedProgram(
  store: Store,
  code: string,
  payout: Record<string, unknown>,
): Promise<void> {
  await seedActiveProgram(store, payoutProgram(code, payout), {
    actor: 'fixture',
  });
}

export interface SettleInput {
  programCode: string;
  customerId: number;
  periodStart: string;
  periodEnd: string;
  rebate: string;
}

/** Closes the period (once) and settles the customer at `rebate`. */
export async function settle(store: Store, input: SettleInput): Promise<void> {
  await store.transaction(async (connection) => {
    const closeId = await closeOf(connection, input);
    await connection.query(
      `insert into settlements (close_id, program_code, program_version,
         customer_id, period_start, period_end, rebate, result)
       values ($1, $2, 1, $3, $4::date, $5::date, $6, '{}'::jsonb)`,
      [
        closeId,
        input.programCode,
        input.customerId,
        input.periodStart,
        input.periodEnd,
        input.rebate,
      ],
    );
    await bookVoucher(connection, {
      voucherDate: input.periodEnd,
      kind: 'accrual',
      programCode: input.programCode,
      memo: '预提返利',
      source: 'fixture',
      bookedBy: 'fixture',
      lines: [
        {
          accountCode: expenseAccount,
          accountRole: 'expense',
          debit: input.rebate,
          credit: '0',
          customerId: input.customerId,
          programCode: input.programCode,
          periodStart: input.periodStart,
        },
        {
          accountCode: liabilityAccount,
          accountRole: 'liability',
          debit: '0',
          credit: input.rebate,
          customerId: input.customerId,
          programCode: input.programCode,
          periodStart: input.periodStart,
        },
      ],
    });
  });
}

/** A settlement adjustment applied in `periodStart`, with its voucher. */
export async function adjust(
  store: Store,
  input: {
    programCode: string;
    customerId: number;
    periodStart: string;
    amount: string;
  },
): Promise<void> {
  await store.transaction(async (connection) => {
    const magnitude = input.amount.replace(/^-/, '');
    const less = input.amount.startsWith('-');
    const line = (role: 'expense' | 'liability', debit: boolean) => ({
      accountCode: role === 'expense' ? expenseAccount : liabilityAccount,
      accountRole: role,
      debit: debit ? magnitude : '0',
      credit: debit ? '0' : magnitude,
      customerId: input.customerId,
      programCode: input.programCode,
      periodStart: input.periodStart,
    });
    const voucher = await bookVoucher(connection, {
      voucherDate: input.periodStart,
      kind: 'adjustment',
      programCode: input.programCode,
      memo: '返利调整',
      source: 'fixture',
      bookedBy: 'fixture',
      lines: [line('expense', !less), line('liability', less)],
    });
    await connection.query(
      `insert into settlement_adjustments (program_code, customer_id,
         corrects_period_start, applied_period_start, amount, source,
         source_ref, voucher_id, created_by)
       values ($1, $2, $3::date, $3::date, $4, 'facts', 'fixture', $5,
         'fixture')`,
      [
        input.programCode,
        input.customerId,
        input.periodStart,
        input.amount,
        voucher.id,
      ],
    );
  });
}

async function closeOf(
  connection: Connection,
  input: SettleInput,
): Promise<number> {
  const [known] = await connection.query<{ id: number }>(
    `select id::int as id from period_closes
      where program_code = $1 and period_start = $2::date`,
    [input.programCode, input.periodStart],
  );
  if (known) return known.id;

  const [created] = await connection.query<{ id: number }>(
    `insert into period_closes (program_code, period_start, period_end, as_of,
       closed_by)
     values ($1, $2::date, $3::date, $3::date, 'fixture')
     returning id::int as id`,
    [input.programCode, input.periodStart, input.periodEnd],
  );
  if (!created) throw new Error('period_closes insert returned no id');
  return created.id;
}

/** Σ credit − Σ debit of an account, per customer and period if given. */
export async function accountBalance(
  store: Store,
  accountCode: string,
  filter: { customerId?: number; periodStart?: string } = {},
): Promise<string> {
  const [row] = await store.transaction((connection) =>
    connection.query<{ balance: string }>(
      `select coalesce(sum(credit - debit), 0)::numeric(18,2)::text as balance
         from journal_lines
        where account_code = $1
          and ($2::int is null or customer_id = $2)
          and ($3::date is null or period_start = $3::date)`,
      [accountCode, filter.customerId ?? null, filter.periodStart ?? null],
    ),
  );
  return row?.balance ?? '0.00';
}

/** Vouchers whose debits and credits differ: none, in a sound journal. */
export async function unbalancedVouchers(store: Store): Promise<number[]> {
  const rows = await store.transaction((connection) =>
    connection.query<{ id: number }>(
      `select voucher_id::int as id from journal_lines
        group by voucher_id having sum(debit) <> sum(credit)`,
    ),
  );
  return rows.map((row) => row.id);
}
