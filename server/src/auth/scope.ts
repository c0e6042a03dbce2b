import { eq, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import { customers } from '../db/schema.js';
import { grantFor, type Action } from './policy.js';
import type { Principal } from './principal.js';

/**
 * The records a principal may see for one action. Queries apply it to every
 * list, get, search, aggregate and export, so a record out of scope is
 * simply not there (a 404, never someone else's data).
 */
export type DataScope =
  | { kind: 'all' }
  | { kind: 'salesRep'; code: string }
  | { kind: 'customer'; customerId: number }
  | { kind: 'none' };

export const allData: DataScope = { kind: 'all' };

/**
 * The principal's scope for the action. An `own` grant narrows a sales rep to
 * their customers and a customer user to its customer; a principal that lacks
 * the binding its role needs sees nothing.
 */
export function scopeFor(principal: Principal, action: Action): DataScope {
  const grant = grantFor(principal.role, action);
  if (grant === null) return { kind: 'none' };
  if (grant === 'all') return allData;

  if (principal.role === 'sales_rep' && principal.userCode) {
    return { kind: 'salesRep', code: principal.userCode };
  }
  if (principal.role === 'customer' && principal.customerId !== null) {
    return { kind: 'customer', customerId: principal.customerId };
  }
  return { kind: 'none' };
}

/** A condition on the customers table, or undefined for all rows. */
export function customerScopeWhere(scope: DataScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'salesRep':
      return eq(customers.salesRep, scope.code);
    case 'customer':
      return eq(customers.id, scope.customerId);
    case 'none':
      return sql`false`;
  }
}

/**
 * A condition on a column that holds a customer id (sales lines, targets,
 * agreements, statements ...), or undefined for all rows.
 */
export function customerIdScopeWhere(
  scope: DataScope,
  customerIdColumn: Column,
): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'salesRep':
      return inArray(
        customerIdColumn,
        sql`(select ${customers.id} from ${customers} where ${customers.salesRep} = ${scope.code})`,
      );
    case 'customer':
      return eq(customerIdColumn, scope.customerId);
    case 'none':
      return sql`false`;
  }
}

/** Whether one customer (its id and sales rep) lies in the scope. */
export function scopeIncludesCustomer(
  scope: DataScope,
  customer: { id: number; salesRep: string },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'salesRep':
      return customer.salesRep === scope.code;
    case 'customer':
      return customer.id === scope.customerId;
    case 'none':
      return false;
  }
}

/** Adds a value to a query's parameters and returns its placeholder. */
export type AddParam = (value: unknown) => string;

/**
 * The scope as a raw-SQL condition on the customers table (`true` for all
 * rows), its values passed through `param`, e.g. `SqlFilter.param`.
 */
export function customerScopeSql(
  scope: DataScope,
  param: AddParam,
  columns: { id: string; salesRep: string } = {
    id: 'id',
    salesRep: 'sales_rep',
  },
): string {
  switch (scope.kind) {
    case 'all':
      return 'true';
    case 'salesRep':
      return `${columns.salesRep} = ${param(scope.code)}`;
    case 'customer':
      return `${columns.id} = ${param(scope.customerId)}`;
    case 'none':
      return 'false';
  }
}

/**
 * The scope as a raw-SQL condition on a column holding a customer id (sales
 * lines, targets, agreements, statements ...).
 */
export function customerIdScopeSql(
  scope: DataScope,
  customerIdColumn: string,
  param: AddParam,
): string {
  switch (scope.kind) {
    case 'all':
      return 'true';
    case 'salesRep':
      return `${customerIdColumn} in (select id from customers where sales_rep = ${param(scope.code)})`;
    case 'customer':
      return `${customerIdColumn} = ${param(scope.customerId)}`;
    case 'none':
      return 'false';
  }
}

/** A parameter list and its `param` function, for queries built by hand. */
export function sqlParams(initial: unknown[] = []): {
  params: unknown[];
  param: AddParam;
} {
  const params = [...initial];
  return {
    params,
    param(value) {
      params.push(value);
      return `$${params.length}`;
    },
  };
}
