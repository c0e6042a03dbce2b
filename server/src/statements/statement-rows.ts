// Reading statement rows, always through the caller's data scope: a
// statement outside it is simply not there (404), never someone else's data.
import {
  customerIdScopeSql,
  sqlParams,
  type DataScope,
} from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import type { StatementStatus } from '../db/statement-schema.js';
import type { StatementDocument } from './statement-document.js';
import { StatementError } from './statement-errors.js';

export interface StatementRow {
  id: number;
  statementNo: string;
  customerId: number;
  customerCode: string;
  customerName: string;
  programCode: string;
  programVersion: number;
  periodStart: string;
  periodEnd: string;
  preview: boolean;
  status: StatementStatus;
  owedAmount: string;
  issuedBy: string;
  issuedByUserId: number | null;
  issuedAt: string;
  answeredBy: string | null;
  answeredAt: string | null;
  disputeComment: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolutionReason: string | null;
  adjustmentId: number | null;
  adjustmentAmount: string | null;
  adjustmentPeriodStart: string | null;
}

export const statementColumns = `
  s.id::int as "id", s.statement_no as "statementNo",
  s.customer_id as "customerId", c.code as "customerCode",
  c.name as "customerName", s.program_code as "programCode",
  s.program_version as "programVersion",
  s.period_start::text as "periodStart", s.period_end::text as "periodEnd",
  s.preview, s.status, s.owed_amount::text as "owedAmount",
  s.issued_by as "issuedBy", s.issued_by_user_id as "issuedByUserId",
  to_char(s.issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    as "issuedAt",
  s.answered_by as "answeredBy",
  to_char(s.answered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    as "answeredAt",
  s.dispute_comment as "disputeComment", s.resolved_by as "resolvedBy",
  to_char(s.resolved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    as "resolvedAt",
  s.resolution_reason as "resolutionReason",
  s.adjustment_id::int as "adjustmentId",
  a.amount::text as "adjustmentAmount",
  a.applied_period_start::text as "adjustmentPeriodStart"`;

export const statementFrom = `
  statements s
  join customers c on c.id = s.customer_id
  left join settlement_adjustments a on a.id = s.adjustment_id`;

/** One statement in scope, optionally locked for a workflow step. */
export async function findStatement(
  connection: Connection,
  id: number,
  scope: DataScope,
  options: { lock?: boolean } = {},
): Promise<StatementRow> {
  const { params, param } = sqlParams([id]);
  const inScope = customerIdScopeSql(scope, 's.customer_id', param);
  const [row] = await connection.query<StatementRow>(
    `select ${statementColumns} from ${statementFrom}
      where s.id = $1 and ${inScope}
      ${options.lock === true ? 'for update of s' : ''}`,
    params,
  );
  if (!row) throw new StatementError('statement_not_found');

  return row;
}

export async function readStatementDocument(
  connection: Connection,
  id: number,
): Promise<StatementDocument> {
  const [row] = await connection.query<{ document: StatementDocument }>(
    'select document from statements where id = $1',
    [id],
  );
  if (!row) throw new StatementError('statement_not_found');

  return row.document;
}
