// The refresh's to-do list (table accrual_dirty), written in the transaction
// of the change that makes accruals stale, so the work is never lost: a
// crash after that commit leaves it recorded, and the next refresh (or the
// next start) does it. Facts are recorded set-based from the batch's rows,
// one row per customer × product × month, whatever the size of the batch.
import type { Connection } from '../db/database.js';
import type { ImportKind } from '../db/schema.js';

/** Records what a committed import batch makes stale. */
export async function recordImportWork(
  connection: Connection,
  kind: ImportKind,
  batchId: number,
): Promise<void> {
  const source = `import:${String(batchId)}`;
  switch (kind) {
    case 'sales':
      // By the block-range index, summarized by the sales import first.
      await connection.query(
        `insert into accrual_dirty (kind, customer_id, product_id, month,
           paid_month, source)
         select distinct 'facts', customer_id, product_id,
                date_trunc('month', invoice_date)::date,
                date_trunc('month', paid_date)::date, $2
           from sales_lines where batch_id = $1`,
        [batchId, source],
      );
      return;
    case 'targets':
      await connection.query(
        `insert into accrual_dirty (kind, program_code, customer_id, source)
         select distinct 'targets', program_code, customer_id, $2
           from targets where batch_id = $1`,
        [batchId, source],
      );
      return;
    case 'customers':
      // The upsert stamps every row it writes with the transaction's time.
      await connection.query(
        `insert into accrual_dirty (kind, customer_id, source)
         select 'customer', id, $1 from customers where updated_at = now()`,
        [source],
      );
      return;
    case 'products':
      await recordProductWork(connection, source);
      return;
  }
}

/**
 * A product's category or brand decides which programs count its lines, so
 * a changed product makes every customer that bought it stale.
 */
async function recordProductWork(
  connection: Connection,
  source: string,
): Promise<void> {
  await connection.query(
    `insert into accrual_dirty (kind, customer_id, source)
     select distinct 'customer', l.customer_id, $1
       from sales_lines l
      where l.product_id in (select id from products
                              where updated_at = now() and created_at <> now())`,
    [source],
  );
}

/** A program's change (activation, new version, close): its open periods. */
export async function recordProgramWork(
  connection: Connection,
  programCode: string,
  source: string,
): Promise<void> {
  await connection.query(
    `insert into accrual_dirty (kind, program_code, source)
     values ('program', $1, $2)`,
    [programCode, source],
  );
}

/** A master-data change of one customer: its open periods. */
export async function recordCustomerWork(
  connection: Connection,
  customerId: number,
  source: string,
): Promise<void> {
  await connection.query(
    `insert into accrual_dirty (kind, customer_id, source)
     values ('customer', $1, $2)`,
    [customerId, source],
  );
}

/** Everything not closed, e.g. once the business date has moved on. */
export async function recordAllWork(
  connection: Connection,
  source: string,
): Promise<void> {
  await connection.query(
    `insert into accrual_dirty (kind, source) values ('all', $1)`,
    [source],
  );
}
