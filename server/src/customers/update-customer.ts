import { refreshInTransaction } from '../accruals/refresh-accruals.js';
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import { businessToday } from '../programs/business-date.js';
import type { Store } from '../db/database.js';
import { CustomerError } from './customer-errors.js';
import {
  customerColumns,
  toCustomer,
  type CustomerRow,
} from './customer-row.js';
import {
  customerPatchSchema,
  type Customer,
  type CustomerPatch,
} from './customer-schemas.js';
import { findCustomerRow } from './get-customer.js';

/** Changes the given fields; the code never changes (facts refer to it). */
export async function updateCustomer(
  store: Store,
  code: string,
  patch: CustomerPatch,
  context: AuditContext = { actor: 'system' },
): Promise<Customer> {
  const changes = customerPatchSchema.parse(patch);

  return store.transaction(async (connection) => {
    const before = await findCustomerRow(connection, code, true);
    if (!before) throw new CustomerError('customer_not_found', code);

    const [row] = await connection.query<CustomerRow>(
      `update customers set
         name = coalesce($2, name),
         group_name = coalesce($3, group_name),
         region = coalesce($4, region),
         tags = coalesce($5::text[], tags),
         sales_rep = coalesce($6, sales_rep),
         contact = coalesce($7, contact),
         status = coalesce($8, status),
         updated_at = now()
       where code = $1
       returning ${customerColumns}`,
      [
        code,
        changes.name ?? null,
        changes.group ?? null,
        changes.region ?? null,
        changes.tags ?? null,
        changes.salesRep ?? null,
        changes.contact ?? null,
        changes.status ?? null,
      ],
    );
    if (!row) throw new CustomerError('customer_not_found', code);

    // Its accruals follow the new master data (DESIGN §5), in this
    // transaction: its periods not closed are recalculated.
    await connection.query(
      `insert into accrual_dirty (kind, customer_id, source)
       select 'customer', id, $2 from customers where code = $1`,
      [code, `customer:${code}`],
    );
    await refreshInTransaction(connection, {
      asOf: businessToday(),
      audit: context,
    });

    const updated = toCustomer(row);
    await appendAudit(connection, context, {
      action: 'customer.update',
      entity: 'customer',
      entityId: code,
      before: toCustomer(before),
      after: updated,
    });
    return updated;
  });
}
