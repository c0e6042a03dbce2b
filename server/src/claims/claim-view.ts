// A claim as the API and the CLI show it, read with its customer's code.
import {
  customerIdScopeSql,
  sqlParams,
  type DataScope,
} from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import type { ClaimStatus } from '../db/payout-schema.js';
import { isoTime } from '../programs/program-rows.js';

export interface ClaimView {
  id: number;
  programCode: string;
  customerCode: string;
  customerName: string;
  periodStart: string;
  claimedAmount: string;
  note: string;
  status: ClaimStatus;
  approvedAmount: string | null;
  decisionReason: string | null;
  claimedBy: string;
  claimedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

interface ClaimRow extends Omit<ClaimView, 'claimedAt' | 'decidedAt'> {
  customerId: number;
  claimedByUserId: number | null;
  claimedAt: Date | string;
  decidedAt: Date | string | null;
}

export interface StoredClaim {
  view: ClaimView;
  customerId: number;
  claimedByUserId: number | null;
}

const claimSelect = `select k.id::int as id, k.program_code as "programCode",
    c.code as "customerCode", c.name as "customerName",
    k.customer_id as "customerId", k.period_start::text as "periodStart",
    k.claimed_amount::text as "claimedAmount", k.note, k.status,
    k.approved_amount::text as "approvedAmount",
    k.decision_reason as "decisionReason", k.claimed_by as "claimedBy",
    k.claimed_by_user_id as "claimedByUserId", k.claimed_at as "claimedAt",
    k.decided_by as "decidedBy", k.decided_at as "decidedAt"
  from claims k join customers c on c.id = k.customer_id`;

function toStored(row: ClaimRow): StoredClaim {
  const { customerId, claimedByUserId, ...view } = row;

  return {
    customerId,
    claimedByUserId,
    view: {
      ...view,
      claimedAt: isoTime(row.claimedAt),
      decidedAt: isoTime(row.decidedAt),
    },
  };
}

/** One claim in the scope, locked for a decision when asked; else null. */
export async function findClaim(
  connection: Connection,
  id: number,
  scope: DataScope,
  forUpdate = false,
): Promise<StoredClaim | null> {
  const { params, param } = sqlParams([id]);
  const rows = await connection.query<ClaimRow>(
    `${claimSelect}
      where k.id = $1 and ${customerIdScopeSql(scope, 'k.customer_id', param)}
      ${forUpdate ? 'for update of k' : ''}`,
    params,
  );
  const row = rows[0];

  return row ? toStored(row) : null;
}

export interface ClaimFilter {
  programCode?: string;
  customerCode?: string;
  periodStart?: string;
  status?: ClaimStatus;
  limit: number;
  offset: number;
}

export async function listClaimRows(
  connection: Connection,
  filter: ClaimFilter,
  scope: DataScope,
): Promise<{ items: ClaimView[]; total: number }> {
  const { params, param } = sqlParams();
  const where = [customerIdScopeSql(scope, 'k.customer_id', param)];
  if (filter.programCode)
    where.push(`k.program_code = ${param(filter.programCode)}`);
  if (filter.customerCode) where.push(`c.code = ${param(filter.customerCode)}`);
  if (filter.periodStart) {
    where.push(`k.period_start = ${param(filter.periodStart)}::date`);
  }
  if (filter.status) where.push(`k.status = ${param(filter.status)}`);
  const condition = where.join(' and ');

  const [counted] = await connection.query<{ total: number }>(
    `select count(*)::int as total
       from claims k join customers c on c.id = k.customer_id
      where ${condition}`,
    params,
  );
  const rows = await connection.query<ClaimRow>(
    `${claimSelect} where ${condition}
      order by k.id desc
      limit ${param(filter.limit)} offset ${param(filter.offset)}`,
    params,
  );

  return {
    items: rows.map((row) => toStored(row).view),
    total: counted?.total ?? 0,
  };
}
