// A payout as the API and the CLI show it: its periods, its form's
// document and, once released, its voucher.
import {
  customerIdScopeSql,
  sqlParams,
  type DataScope,
} from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import type { PayoutFormName, PayoutStatus } from '../db/payout-schema.js';
import { isoTime } from '../programs/program-rows.js';

export interface PayoutPeriodView {
  periodStart: string;
  amount: string;
}

export interface PayoutView {
  id: number;
  programCode: string;
  customerCode: string;
  customerName: string;
  form: PayoutFormName;
  amount: string;
  status: PayoutStatus;
  claimId: number | null;
  periods: PayoutPeriodView[];
  details: Record<string, unknown>;
  memo: string;
  createdBy: string;
  createdAt: string;
  releasedBy: string | null;
  releasedAt: string | null;
  releasedOn: string | null;
  voucher: { year: number; no: number } | null;
}

interface PayoutRow {
  id: number;
  programCode: string;
  customerId: number;
  customerCode: string;
  customerName: string;
  form: PayoutFormName;
  amount: string;
  status: PayoutStatus;
  claimId: number | null;
  details: Record<string, unknown>;
  memo: string;
  createdBy: string;
  createdByUserId: number | null;
  createdAt: Date | string;
  releasedBy: string | null;
  releasedAt: Date | string | null;
  releasedOn: string | null;
  voucherYear: number | null;
  voucherNo: number | null;
}

export interface StoredPayout {
  view: PayoutView;
  customerId: number;
  createdByUserId: number | null;
}

const payoutSelect = `select o.id::int as id, o.program_code as "programCode",
    o.customer_id as "customerId", c.code as "customerCode",
    c.name as "customerName", o.form, o.amount::text as amount, o.status,
    o.claim_id::int as "claimId", o.details, o.memo,
    o.created_by as "createdBy", o.created_by_user_id as "createdByUserId",
    o.created_at as "createdAt", o.released_by as "releasedBy",
    o.released_at as "releasedAt", o.released_on::text as "releasedOn",
    v.voucher_year as "voucherYear", v.voucher_no as "voucherNo"
  from payouts o
  join customers c on c.id = o.customer_id
  left join journal_vouchers v on v.id = o.voucher_id`;

async function withPeriods(
  connection: Connection,
  rows: PayoutRow[],
): Promise<StoredPayout[]> {
  const periods = await connection.query<
    PayoutPeriodView & { payoutId: number }
  >(
    `select payout_id::int as "payoutId", period_start::text as "periodStart",
            amount::text as amount
       from payout_periods where payout_id = any($1::bigint[])
      order by period_start`,
    [rows.map((row) => row.id)],
  );

  return rows.map((row) => {
    const { customerId, createdByUserId, voucherYear, voucherNo, ...rest } =
      row;

    return {
      customerId,
      createdByUserId,
      view: {
        ...rest,
        periods: periods
          .filter((period) => period.payoutId === row.id)
          .map(({ periodStart, amount }) => ({ periodStart, amount })),
        createdAt: isoTime(row.createdAt),
        releasedAt: isoTime(row.releasedAt),
        voucher:
          voucherYear === null || voucherNo === null
            ? null
            : { year: voucherYear, no: voucherNo },
      },
    };
  });
}

/** One payout in the scope, locked for its release when asked; else null. */
export async function findPayout(
  connection: Connection,
  id: number,
  scope: DataScope,
  forUpdate = false,
): Promise<StoredPayout | null> {
  const { params, param } = sqlParams([id]);
  const rows = await connection.query<PayoutRow>(
    `${payoutSelect}
      where o.id = $1 and ${customerIdScopeSql(scope, 'o.customer_id', param)}
      ${forUpdate ? 'for update of o' : ''}`,
    params,
  );
  const [stored] = await withPeriods(connection, rows);

  return stored ?? null;
}

export interface PayoutFilter {
  programCode?: string;
  customerCode?: string;
  status?: PayoutStatus;
  form?: PayoutFormName;
  limit: number;
  offset: number;
}

export async function listPayoutRows(
  connection: Connection,
  filter: PayoutFilter,
  scope: DataScope,
): Promise<{ items: PayoutView[]; total: number }> {
  const { params, param } = sqlParams();
  const where = [customerIdScopeSql(scope, 'o.customer_id', param)];
  if (filter.programCode)
    where.push(`o.program_code = ${param(filter.programCode)}`);
  if (filter.customerCode) where.push(`c.code = ${param(filter.customerCode)}`);
  if (filter.status) where.push(`o.status = ${param(filter.status)}`);
  if (filter.form) where.push(`o.form = ${param(filter.form)}`);
  const condition = where.join(' and ');

  const [counted] = await connection.query<{ total: number }>(
    `select count(*)::int as total
       from payouts o join customers c on c.id = o.customer_id
      where ${condition}`,
    params,
  );
  const rows = await connection.query<PayoutRow>(
    `${payoutSelect} where ${condition}
      order by o.id desc
      limit ${param(filter.limit)} offset ${param(filter.offset)}`,
    params,
  );
  const stored = await withPeriods(connection, rows);

  return {
    items: stored.map((payout) => payout.view),
    total: counted?.total ?? 0,
  };
}
