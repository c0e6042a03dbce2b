// What the calculation reads (DESIGN §4.1): master data, facts and targets as
// decimal strings, exactly as they were stored. The engine never mutates them.
import type { Program } from '../program/program.js';

export interface Customer {
  code: string;
  name: string;
  group: string;
  region: string;
  tags: string[];
  salesRep: string;
}

export interface Product {
  sku: string;
  name: string;
  category: string;
  brand: string;
  unit: string;
  listPrice: string | null;
  /** Like "13%". */
  vatRate: string;
}

export interface SalesLine {
  invoiceNo: string;
  lineNo: number;
  invoiceDate: string;
  customerCode: string;
  sku: string;
  /** At most 4 decimals. */
  quantity: string;
  /** At most 2 decimals, VAT excluded; negative for a return. */
  netAmount: string;
  costAmount: string | null;
  /** "" means CNY. */
  currency: string;
  paidDate: string | null;
}

export interface Target {
  program: string;
  customerCode: string;
  /** The (clipped) start of one period of the program. */
  periodStart: string;
  target: string;
}

export interface CalculationInput {
  programs: Program[];
  customers: Customer[];
  products: Product[];
  sales: SalesLine[];
  targets: Target[];
  /** The last day whose facts count, `YYYY-MM-DD`. */
  asOf: string;
}
