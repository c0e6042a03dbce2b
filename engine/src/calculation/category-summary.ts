// A statement's lines by category: the lines that count by DESIGN §4.3 rule 3
// in one window of one customer, summed per product category, so a customer
// can tie its own invoices to the figure the rebate was computed on.
import { Dec } from '../money/dec.js';
import { MONEY_DECIMALS } from '../money/parse.js';
import { inWindow, type DateWindow } from '../periods/window.js';
import type { Program } from '../program/program.js';
import type { Customer, Product, SalesLine } from './input.js';
import { prepareLines } from './lines.js';
import { compareCodePoints } from './order.js';
import { planProgram } from './plan.js';
import { selectProgramLines } from './program-lines.js';

export interface CategoryLine {
  category: string;
  netAmount: string;
  quantity: string;
  /** Lines that counted in the window. */
  lines: number;
}

export interface CategorySummaryInput {
  program: Program;
  customer: Customer;
  products: readonly Product[];
  /** The customer's sales lines; other customers' lines are ignored. */
  sales: readonly SalesLine[];
  window: DateWindow;
  asOf: string;
}

interface CategorySum {
  netAmount: Dec;
  quantity: Dec;
  lines: number;
}

/** Categories in code-point order; a product without one is listed as "". */
export function summarizeByCategory(
  input: CategorySummaryInput,
): CategoryLine[] {
  const plan = planProgram(input.program);
  const productsBySku = new Map(
    input.products.map((product) => [product.sku, product]),
  );
  const lines = prepareLines(input.sales, productsBySku);
  const customers = new Map([[input.customer.code, input.customer]]);
  const selected = selectProgramLines(plan, lines, customers, input.asOf);

  const sums = new Map<string, CategorySum>();
  for (const dated of selected.byCustomer.get(input.customer.code) ?? []) {
    if (dated.countDate === null) continue;
    if (!inWindow(dated.countDate, input.window)) continue;

    const { category } = dated.line.product;
    const sum = sums.get(category) ?? {
      netAmount: Dec.ZERO,
      quantity: Dec.ZERO,
      lines: 0,
    };
    sums.set(category, {
      netAmount: sum.netAmount.plus(dated.line.netAmount),
      quantity: sum.quantity.plus(dated.line.quantity),
      lines: sum.lines + 1,
    });
  }

  return [...sums.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([category, sum]) => ({
      category,
      // Money has at most 2 decimals, so this only prints the fen.
      netAmount: sum.netAmount.round(MONEY_DECIMALS, 'half_up').toString(),
      quantity: sum.quantity.toPlainString(),
      lines: sum.lines,
    }));
}
