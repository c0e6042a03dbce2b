import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import type { Store } from '../db/database.js';
import { CustomerError } from './customer-errors.js';
import {
  customerColumns,
  toCustomer,
  type CustomerRow,
} from './customer-row.js';
import {
  customerInputSchema,
  type Customer,
  type CustomerInput,
} from './customer-schemas.js';

export async function createCustomer(
  store: Store,
  input: CustomerInput,
  context: AuditContext = { actor: 'system' },
): Promise<Customer> {
  const customer = customerInputSchema.parse(input);

  return store.transaction(async (connection) => {
    const [row] = await connection.query<CustomerRow>(
      `insert into customers (code, name, group_name, region, tags,
         sales_rep, contact, status)
       values ($1, $2, $3, $4, $5::text[], $6, $7, $8)
       on conflict (code) do nothing
       returning ${customerColumns}`,
      [
        customer.code,
        customer.name,
        customer.group,
        customer.region,
        customer.tags,
        customer.salesRep,
        customer.contact,
        customer.status,
      ],
    );
    if (!row) throw new CustomerError('customer_exists', customer.code);

    const created = toCustomer(row);
    await appendAudit(connection, context, {
      action: 'customer.create',
      entity: 'customer',
      entityId: created.code,
      after: created,
    });
    return created;
  });
}
