// Who reads customer-facing terms only (DESIGN §5): a sales rep sees the
// terms of every live program, a customer those of the programs whose scope
// holds it. Neither ever sees a draft or a scope list.
import { matchesCustomer, type Customer, type Program } from '@tierline/engine';
import type { DataScope } from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import type { ProgramStatus } from '../db/program-schema.js';

export type TermsReader =
  { kind: 'salesRep' } | { kind: 'customer'; customer: Customer };

/** The statuses whose terms a reader of terms may see. */
export const liveStatuses: readonly ProgramStatus[] = ['active', 'closed'];

/** The reader for a narrowed scope; null when it can see nothing. */
export async function termsReaderOf(
  connection: Connection,
  scope: DataScope,
): Promise<TermsReader | null> {
  if (scope.kind === 'salesRep') return { kind: 'salesRep' };
  if (scope.kind !== 'customer') return null;

  const [customer] = await connection.query<Customer>(
    `select code, name, group_name as "group", region, tags,
            sales_rep as "salesRep"
       from customers where id = $1`,
    [scope.customerId],
  );
  return customer ? { kind: 'customer', customer } : null;
}

export function readerSees(
  reader: TermsReader,
  status: ProgramStatus,
  program: Program,
): boolean {
  if (!liveStatuses.includes(status)) return false;

  return (
    reader.kind === 'salesRep' ||
    matchesCustomer(program.eligibility.customers, reader.customer)
  );
}
