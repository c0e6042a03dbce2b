// One sales line of sales.csv (DESIGN §4.1), validated.
import type { ColumnSpec } from './columns.js';
import {
  decimalSign,
  moneyRule,
  parseCurrency,
  parseLineNumber,
  quantityRule,
} from './fields.js';
import type { RecordReader } from './record-reader.js';

export const salesColumns = [
  { name: 'invoice_no', chinese: '发票号', required: true },
  { name: 'line_no', chinese: '行号', required: true },
  { name: 'invoice_date', chinese: '开票日期', required: true },
  { name: 'customer_code', chinese: '客户编码', required: true },
  { name: 'sku', chinese: '产品编码', required: true },
  { name: 'quantity', chinese: '数量', required: true },
  { name: 'net_amount', chinese: '不含税金额', required: true },
  { name: 'cost_amount', chinese: '成本金额', required: true },
  { name: 'currency', chinese: '币种', required: true },
  { name: 'paid_date', chinese: '回款日期', required: true },
] as const satisfies readonly ColumnSpec[];

export type SalesColumn = (typeof salesColumns)[number]['name'];

export interface SalesRecord {
  invoiceNo: string;
  lineNo: number;
  invoiceDate: string;
  customerCode: string;
  sku: string;
  /** A canonical decimal string, at most 4 decimals. */
  quantity: string;
  /** A canonical decimal string, at most 2 decimals; negative for a return. */
  netAmount: string;
  costAmount: string | null;
  /** An ISO 4217 code; an empty cell reads as CNY. */
  currency: string;
  paidDate: string | null;
}

/** What the file is checked against: the known customers and products. */
export interface SalesReferences {
  hasCustomer(code: string): boolean;
  hasProduct(sku: string): boolean;
}

/** The record's sales line, or null when any of its values is refused. */
export function readSalesRecord(
  reader: RecordReader<SalesColumn>,
  references: SalesReferences,
): SalesRecord | null {
  const invoiceNo = reader.required('invoice_no');
  const lineNo = reader.parse(
    'line_no',
    reader.required('line_no'),
    parseLineNumber,
  );
  const invoiceDate = reader.date('invoice_date');
  const customerCode = reader.required('customer_code');
  const sku = reader.required('sku');
  const quantity = reader.decimal('quantity', quantityRule);
  const netAmount = reader.decimal('net_amount', moneyRule);
  const costAmount = reader.optionalDecimal('cost_amount', moneyRule);
  const currency = reader.parse(
    'currency',
    reader.text('currency') || 'CNY',
    parseCurrency,
  );
  const paidDate = reader.optionalDate('paid_date');

  if (customerCode !== '' && !references.hasCustomer(customerCode)) {
    reader.fail(
      'customer_code',
      'unknown_customer',
      'no customer has this code',
      customerCode,
    );
  }
  if (sku !== '' && !references.hasProduct(sku)) {
    reader.fail('sku', 'unknown_sku', 'no product has this sku', sku);
  }
  if (quantity !== '' && netAmount !== '') {
    checkSigns(reader, quantity, netAmount);
  }

  if (!reader.ok || lineNo === null || currency === null) return null;
  return {
    invoiceNo,
    lineNo,
    invoiceDate,
    customerCode,
    sku,
    quantity,
    netAmount,
    costAmount,
    currency,
    paidDate,
  };
}

// A sale has a positive amount, a return a negative one; a price allowance
// has quantity 0. Opposite signs are refused (DESIGN §4.1).
function checkSigns(
  reader: RecordReader<SalesColumn>,
  quantity: string,
  netAmount: string,
): void {
  if (decimalSign(quantity) * decimalSign(netAmount) < 0) {
    reader.fail(
      'net_amount',
      'sign_mismatch',
      `quantity ${quantity} and net amount have opposite signs`,
      netAmount,
    );
  }
}
