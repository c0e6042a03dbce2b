import { customerScopeSql, sqlParams, type DataScope } from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import { CustomerError } from '../customers/customer-errors.js';

/** The customer's id, or customer_not_found when it is out of scope. */
export async function customerInScope(
  connection: Connection,
  code: string,
  scope: DataScope,
): Promise<{ id: number; code: string }> {
  const { params, param } = sqlParams([code]);
  const [row] = await connection.query<{ id: number; code: string }>(
    `select id, code from customers
      where code = $1 and ${customerScopeSql(scope, param)}`,
    params,
  );
  if (!row) throw new CustomerError('customer_not_found', code);

  return row;
}
