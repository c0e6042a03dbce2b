import { allData, customerScopeSql, type DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import { likePattern, SqlFilter } from '../db/sql-filter.js';
import {
  customerColumns,
  toCustomer,
  type CustomerRow,
} from './customer-row.js';
import type { Customer } from './customer-schemas.js';

export interface CustomerListQuery {
  /** Part of the code or the name. */
  q?: string;
  group?: string;
  region?: string;
  salesRep?: string;
  tag?: string;
  status?: 'active' | 'inactive';
  limit?: number;
  offset?: number;
}

/** Customers in the scope matching every given filter, by code. */
export async function listCustomers(
  store: Store,
  query: CustomerListQuery,
  scope: DataScope = allData,
): Promise<{ items: Customer[]; total: number }> {
  const filter = new SqlFilter();
  filter.where(customerScopeSql(scope, (value) => filter.param(value)));
  if (query.q) {
    const pattern = filter.param(likePattern(query.q));
    filter.where(`(code ilike ${pattern} or name ilike ${pattern})`);
  }
  if (query.group) filter.where(`group_name = ${filter.param(query.group)}`);
  if (query.region) filter.where(`region = ${filter.param(query.region)}`);
  if (query.salesRep) {
    filter.where(`sales_rep = ${filter.param(query.salesRep)}`);
  }
  if (query.tag) filter.where(`${filter.param(query.tag)} = any(tags)`);
  if (query.status) filter.where(`status = ${filter.param(query.status)}`);

  return store.transaction(async (connection) => {
    const rows = await connection.query<CustomerRow>(
      `select ${customerColumns} from customers ${filter.clause()}
        order by code ${filter.page(query)}`,
      filter.params,
    );
    const [counted] = await connection.query<{ total: number }>(
      `select count(*)::int as total from customers ${filter.clause()}`,
      filter.params,
    );
    return { items: rows.map(toCustomer), total: counted?.total ?? 0 };
  });
}
