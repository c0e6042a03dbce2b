// Statements newest first, filtered and always inside the caller's scope.
import {
  customerIdScopeSql,
  sqlParams,
  type DataScope,
} from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { StatementStatus } from '../db/statement-schema.js';
import {
  statementColumns,
  statementFrom,
  type StatementRow,
} from './statement-rows.js';

export interface StatementFilter {
  customerCode?: string;
  programCode?: string;
  periodStart?: string;
  status?: StatementStatus;
  limit: number;
  offset: number;
}

export async function listStatements(
  store: Store,
  filter: StatementFilter,
  scope: DataScope,
): Promise<{ items: StatementRow[]; total: number }> {
  const { params, param } = sqlParams();
  const conditions = [customerIdScopeSql(scope, 's.customer_id', param)];
  if (filter.customerCode !== undefined) {
    conditions.push(`c.code = ${param(filter.customerCode)}`);
  }
  if (filter.programCode !== undefined) {
    conditions.push(`s.program_code = ${param(filter.programCode)}`);
  }
  if (filter.periodStart !== undefined) {
    conditions.push(`s.period_start = ${param(filter.periodStart)}::date`);
  }
  if (filter.status !== undefined) {
    conditions.push(`s.status = ${param(filter.status)}`);
  }
  const where = conditions.join(' and ');

  return store.transaction(async (connection) => {
    const [count] = await connection.query<{ total: number }>(
      `select count(*)::int as total from ${statementFrom} where ${where}`,
      params,
    );
    const items = await connection.query<StatementRow>(
      `select ${statementColumns} from ${statementFrom} where ${where}
        order by s.issued_at desc, s.id desc
        limit ${param(filter.limit)} offset ${param(filter.offset)}`,
      params,
    );

    return { items, total: count?.total ?? 0 };
  });
}
