import type { Connection } from '../db/database.js';
import type { Role } from '../auth/policy.js';
import { AccountError } from './user-errors.js';

/** What ties a principal to its data: a sales rep code or a customer. */
export interface RoleBinding {
  userCode: string | null;
  customerId: number | null;
}

export interface RoleBindingInput {
  userCode?: string | null;
  /** The customer's code, as people know it. */
  customerCode?: string | null;
}

/**
 * Checks the binding a role needs: a sales rep has a user code (matching
 * customers.sales_rep), a customer user exactly one existing customer, and
 * nobody else a customer.
 */
export async function resolveRoleBinding(
  connection: Connection,
  role: Role,
  input: RoleBindingInput,
): Promise<RoleBinding> {
  const userCode = input.userCode?.trim() || null;
  const customerCode = input.customerCode?.trim() || null;

  if (role === 'sales_rep' && !userCode) {
    throw new AccountError('sales_rep_code_required');
  }
  if (role !== 'customer' && customerCode) {
    throw new AccountError('binding_not_allowed');
  }
  if (role !== 'customer') return { userCode, customerId: null };

  if (!customerCode) throw new AccountError('customer_required');
  const [customer] = await connection.query<{ id: number }>(
    'select id from customers where code = $1',
    [customerCode],
  );
  if (!customer) throw new AccountError('customer_required');

  return { userCode, customerId: customer.id };
}
