// Helpers for import tests: files from strings, a store emptied between
// cases, and the stored sales lines in a comparable form.
import { Readable } from 'node:stream';
import type { Store } from '../../../src/db/database.js';
import {
  runImport,
  type ImportKind,
  type ImportReport,
} from '../../../src/imports/run-import.js';

export function importContent(
  store: Store,
  kind: ImportKind,
  fileName: string,
  content: string | Buffer,
  options: { skipBad?: boolean } = {},
): Promise<ImportReport> {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return runImport(store, {
    kind,
    fileName,
    source: Readable.from([bytes]),
    actor: 'test',
    skipBad: options.skipBad ?? false,
  });
}

/** Empties every table an import writes, as a fresh store would be. */
export async function emptyStore(store: Store): Promise<void> {
  await store.transaction((connection) =>
    connection.query(
      `truncate sales_lines, sales_monthly, targets, agreement_documents,
         agreements, import_batches, programs, customers,
         products restart identity cascade`,
    ),
  );
}

export interface StoredLine {
  invoiceNo: string;
  lineNo: number;
  invoiceDate: string;
  customerCode: string;
  sku: string;
  quantity: string;
  netAmount: string;
  costAmount: string | null;
  currency: string;
  paidDate: string | null;
}

/** Every stored sales line with its codes, by invoice and line. */
export async function storedSalesLines(store: Store): Promise<StoredLine[]> {
  return store.transaction((connection) =>
    connection.query<StoredLine>(
      `select l.invoice_no as "invoiceNo", l.line_no as "lineNo",
              l.invoice_date::text as "invoiceDate",
              c.code as "customerCode", p.sku,
              l.quantity::text as quantity, l.net_amount::text as "netAmount",
              l.cost_amount::text as "costAmount", l.currency,
              l.paid_date::text as "paidDate"
         from sales_lines l
         join customers c on c.id = l.customer_id
         join products p on p.id = l.product_id
        order by l.invoice_no, l.line_no`,
    ),
  );
}

export async function countRows(store: Store, table: string): Promise<number> {
  const [row] = await store.transaction((connection) =>
    connection.query<{ count: number }>(
      `select count(*)::int as count from ${table}`,
    ),
  );
  return row?.count ?? 0;
}
