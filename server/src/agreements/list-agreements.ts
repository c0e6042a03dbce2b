import {
  customerIdScopeSql,
  sqlParams,
  type DataScope,
} from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { AgreementStatus } from '../db/schema.js';
import {
  agreementFrom,
  toAgreementSummary,
  type AgreementRow,
} from './agreement-rows.js';
import type { AgreementSummary } from './agreement-schemas.js';

export interface AgreementFilter {
  limit: number;
  offset: number;
  program?: string;
  customer?: string;
  status?: AgreementStatus;
}

/** The agreements in the caller's scope, by program, customer and id. */
export async function listAgreements(
  store: Store,
  filter: AgreementFilter,
  scope: DataScope,
): Promise<{ items: AgreementSummary[]; total: number }> {
  const { params, param } = sqlParams();
  const conditions = [customerIdScopeSql(scope, 'a.customer_id', param)];
  if (filter.program)
    conditions.push(`a.program_code = ${param(filter.program)}`);
  if (filter.customer) conditions.push(`c.code = ${param(filter.customer)}`);
  if (filter.status) conditions.push(`a.status = ${param(filter.status)}`);
  const where = conditions.join(' and ');

  return store.transaction(async (connection) => {
    const [count] = await connection.query<{ total: number }>(
      `select count(*)::int as total from agreements a
         join customers c on c.id = a.customer_id where ${where}`,
      params,
    );
    const rows = await connection.query<AgreementRow>(
      `${agreementFrom} where ${where}
        order by a.program_code, c.code, a.id
        limit ${param(filter.limit)} offset ${param(filter.offset)}`,
      params,
    );

    return { items: rows.map(toAgreementSummary), total: count?.total ?? 0 };
  });
}
