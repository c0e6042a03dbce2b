// sales.csv into sales_lines (DESIGN §4.1), idempotent on
// (invoice_no, line_no).
import {
  readSalesRecord,
  salesColumns,
  type SalesColumn,
  type SalesRecord,
} from '../files/sales-record.js';
import { idOf, loadCodeIndex } from './code-index.js';
import { copyNullable, copyText } from './copy-text.js';
import { factPlan } from './fact-plan.js';
import { summarizeNewBatchRanges } from './batch-index.js';
import { addBatchToSalesMonthly } from './sales-monthly.js';
import type { StagingSpec } from './staging.js';

const SALES_LOCK = 7_201_101;

const salesStaging: StagingSpec = {
  target: 'sales_lines',
  key: [
    { name: 'invoice_no', type: 'text', fileColumn: 'invoice_no' },
    { name: 'line_no', type: 'integer', fileColumn: 'line_no' },
  ],
  content: [
    { name: 'invoice_date', type: 'date', fileColumn: 'invoice_date' },
    {
      name: 'customer_id',
      type: 'integer',
      fileColumn: 'customer_code',
      display: (alias) =>
        `(select code from customers where id = ${alias}.customer_id)`,
    },
    {
      name: 'product_id',
      type: 'integer',
      fileColumn: 'sku',
      display: (alias) =>
        `(select sku from products where id = ${alias}.product_id)`,
    },
    { name: 'quantity', type: 'numeric(18,4)', fileColumn: 'quantity' },
    { name: 'net_amount', type: 'numeric(18,2)', fileColumn: 'net_amount' },
    { name: 'cost_amount', type: 'numeric(18,2)', fileColumn: 'cost_amount' },
    { name: 'currency', type: 'char(3)', fileColumn: 'currency' },
    { name: 'paid_date', type: 'date', fileColumn: 'paid_date' },
  ],
  describeKey: ([invoiceNo, lineNo]) => `invoice ${invoiceNo} line ${lineNo}`,
};

export const salesImportPlan = factPlan<SalesColumn, SalesRecord>({
  staging: salesStaging,
  lockKey: SALES_LOCK,
  direct: true,
  // The batch's new block ranges are summarized once, before the monthly
  // sums and then the pending work (recordImportWork) find its lines.
  async derive(connection, batchId) {
    await summarizeNewBatchRanges(connection);
    await addBatchToSalesMonthly(connection, batchId);
  },
  async prepare(connection) {
    const customers = await loadCodeIndex(connection, 'customers');
    const products = await loadCodeIndex(connection, 'products');
    const references = {
      hasCustomer: (code: string) => customers.has(code),
      hasProduct: (sku: string) => products.has(sku),
    };

    return {
      columns: salesColumns,
      read: (reader) => readSalesRecord(reader, references),
      keyOf: (line) => `${line.invoiceNo}\u0000${line.lineNo}`,
      copyFields: (line) =>
        `${copyText(line.invoiceNo)}\t${line.lineNo}\t` +
        `${line.invoiceDate}\t${idOf(customers, line.customerCode)}\t` +
        `${idOf(products, line.sku)}\t${line.quantity}\t${line.netAmount}\t` +
        `${copyNullable(line.costAmount)}\t${line.currency}\t` +
        `${copyNullable(line.paidDate)}`,
    };
  },
});
