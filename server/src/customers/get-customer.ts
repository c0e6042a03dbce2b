import {
  allData,
  customerScopeSql,
  sqlParams,
  type DataScope,
} from '../auth/scope.js';
import type { Connection, Store } from '../db/database.js';
import {
  customerColumns,
  toCustomer,
  type CustomerRow,
} from './customer-row.js';
import type { Customer } from './customer-schemas.js';

/** The customer, or null when there is none in the scope. */
export async function getCustomer(
  store: Store,
  code: string,
  scope: DataScope = allData,
): Promise<Customer | null> {
  return store.transaction(async (connection) => {
    const row = await findCustomerRow(connection, code, false, scope);
    return row ? toCustomer(row) : null;
  });
}

export async function findCustomerRow(
  connection: Connection,
  code: string,
  lock = false,
  scope: DataScope = allData,
): Promise<CustomerRow | null> {
  const { params, param } = sqlParams([code]);
  const [row] = await connection.query<CustomerRow>(
    `select ${customerColumns} from customers
     where code = $1 and ${customerScopeSql(scope, param)}
     ${lock ? 'for update' : ''}`,
    params,
  );
  return row ?? null;
}
