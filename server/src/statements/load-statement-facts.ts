// What a statement shows, read from the store in the issuing transaction:
// the settlement of a closed period (the current accrual of an open one),
// the program version that governed it, the corrections booked for or in
// it, and the customer's counted lines by category.
import {
  summarizeByCategory,
  type Customer,
  type Product,
  type Program,
  type RebateResult,
  type SalesLine,
} from '@tierline/engine';
import type { Connection } from '../db/database.js';
import { programOf } from '../programs/program-file.js';
import type { StatementAdjustment } from './statement-document.js';
import { StatementError } from './statement-errors.js';
import type { StatementFacts } from './build-statement-document.js';

export interface StatementKey {
  customerCode: string;
  programCode: string;
  periodStart: string;
}

export type LoadedFacts = Omit<
  StatementFacts,
  'statementNo' | 'issuedAt' | 'issuedBy' | 'auditHead'
> & { customerId: number };

interface Figures {
  programVersion: number;
  result: unknown;
  asOf: string;
  closed: boolean;
}

export async function loadStatementFacts(
  connection: Connection,
  key: StatementKey,
): Promise<LoadedFacts> {
  const customer = await readCustomer(connection, key.customerCode);
  const figures = await readFigures(connection, key, customer.id);
  const program = await readProgram(
    connection,
    key.programCode,
    figures.programVersion,
  );
  const result = asRebateResult(figures.result);
  const adjustments = await readAdjustments(connection, key, customer.id);
  const sales = await readSales(connection, customer, result);

  return {
    customerId: customer.id,
    asOf: figures.asOf,
    customer: { code: customer.code, name: customer.name },
    program,
    programVersion: figures.programVersion,
    closed: figures.closed,
    result,
    adjustmentsApplied: adjustments.filter(
      (adjustment) => adjustment.appliedPeriodStart === key.periodStart,
    ),
    adjustmentsLater: adjustments.filter(
      (adjustment) => adjustment.correctsPeriodStart === key.periodStart,
    ),
    categories: summarizeByCategory({
      program,
      customer: customer.engine,
      products: sales.products,
      sales: sales.lines,
      window: result.explanation.window,
      asOf: figures.asOf,
    }),
  };
}

async function readCustomer(connection: Connection, code: string) {
  const [row] = await connection.query<{
    id: number;
    code: string;
    name: string;
    groupName: string;
    region: string;
    tags: string[];
    salesRep: string;
  }>(
    `select id, code, name, group_name as "groupName", region, tags,
            sales_rep as "salesRep"
       from customers where code = $1`,
    [code],
  );
  if (!row) throw new StatementError('statement_period_not_found');

  const engine: Customer = {
    code: row.code,
    name: row.name,
    group: row.groupName,
    region: row.region,
    tags: row.tags,
    salesRep: row.salesRep,
  };

  return { ...row, engine };
}

async function readFigures(
  connection: Connection,
  key: StatementKey,
  customerId: number,
): Promise<Figures> {
  const params = [key.programCode, customerId, key.periodStart];
  const [settled] = await connection.query<Omit<Figures, 'closed'>>(
    `select s.program_version as "programVersion", s.result,
            c.as_of::text as "asOf"
       from settlements s join period_closes c on c.id = s.close_id
      where s.program_code = $1 and s.customer_id = $2
        and s.period_start = $3::date`,
    params,
  );
  if (settled) return { ...settled, closed: true };

  const [accrued] = await connection.query<Omit<Figures, 'closed'>>(
    `select program_version as "programVersion", result, as_of::text as "asOf"
       from accruals
      where program_code = $1 and customer_id = $2
        and period_start = $3::date and not closed`,
    params,
  );
  if (!accrued) throw new StatementError('statement_period_not_found');

  return { ...accrued, closed: false };
}

async function readProgram(
  connection: Connection,
  code: string,
  version: number,
): Promise<Program> {
  const [row] = await connection.query<{ definition: unknown }>(
    `select v.definition from program_versions v
       join programs p on p.id = v.program_id
      where p.code = $1 and v.version = $2`,
    [code, version],
  );
  if (!row) throw new StatementError('statement_period_not_found');

  return programOf(row.definition);
}

async function readAdjustments(
  connection: Connection,
  key: StatementKey,
  customerId: number,
): Promise<StatementAdjustment[]> {
  return connection.query<StatementAdjustment>(
    `select corrects_period_start::text as "correctsPeriodStart",
            applied_period_start::text as "appliedPeriodStart",
            amount::text as amount, source,
            to_char(created_at at time zone 'UTC',
                    'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"
       from settlement_adjustments
      where program_code = $1 and customer_id = $2
        and (applied_period_start = $3::date
             or corrects_period_start = $3::date)
      order by id`,
    [key.programCode, customerId, key.periodStart],
  );
}

interface LineRow extends SalesLine {
  category: string;
  brand: string;
  unit: string;
  productName: string;
}

// Lines are dated by invoice, or by payment for collection programs
// (DESIGN §4.3 rule 3); a line whose either date falls in the window may
// count, and the engine decides which do.
async function readSales(
  connection: Connection,
  customer: { id: number; code: string },
  result: RebateResult,
): Promise<{ lines: SalesLine[]; products: Product[] }> {
  const { window } = result.explanation;
  const rows = await connection.query<LineRow>(
    `select l.invoice_no as "invoiceNo", l.line_no as "lineNo",
            l.invoice_date::text as "invoiceDate", $2::text as "customerCode",
            p.sku, l.quantity::text as quantity,
            l.net_amount::text as "netAmount",
            l.cost_amount::text as "costAmount", l.currency,
            l.paid_date::text as "paidDate",
            p.category, p.brand, p.unit, p.name as "productName"
       from sales_lines l join products p on p.id = l.product_id
      where l.customer_id = $1 and l.invoice_date <= $4::date
        and (l.invoice_date >= $3::date or l.paid_date >= $3::date)`,
    [customer.id, customer.code, window.start, window.end],
  );

  // Scope and category read the product's sku, category and brand only.
  const products = new Map<string, Product>();
  const lines = rows.map((row): SalesLine => {
    products.set(row.sku, {
      sku: row.sku,
      name: row.productName,
      category: row.category,
      brand: row.brand,
      unit: row.unit,
      listPrice: null,
      vatRate: '13%',
    });

    return {
      invoiceNo: row.invoiceNo,
      lineNo: row.lineNo,
      invoiceDate: row.invoiceDate,
      customerCode: row.customerCode,
      sku: row.sku,
      quantity: row.quantity,
      netAmount: row.netAmount,
      costAmount: row.costAmount,
      currency: row.currency,
      paidDate: row.paidDate,
    };
  });

  return { lines, products: [...products.values()] };
}

/** A result the engine stored; checked so a broken row fails loudly. */
function asRebateResult(value: unknown): RebateResult {
  const row = value as Partial<RebateResult> | null;
  if (
    row === null ||
    typeof row !== 'object' ||
    typeof row.rebate !== 'string' ||
    typeof row.explanation?.window.start !== 'string'
  ) {
    throw new Error('a stored rebate result lacks its figures');
  }

  return row as RebateResult;
}
