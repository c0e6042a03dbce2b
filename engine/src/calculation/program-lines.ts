// DESIGN §4.3 rule 3: which of a program's lines count, and on what date.
import { daysBetween, minDate } from '../periods/dates.js';
import { inWindow, type DateWindow } from '../periods/window.js';
import { matchesCustomer, matchesProduct } from '../scope/eligibility.js';
import type { Customer } from './input.js';
import type { PreparedLine } from './lines.js';
import type { ProgramPlan } from './plan.js';

export interface DatedLine {
  line: PreparedLine;
  /** The date that places the line in a window; null when it counts nowhere. */
  countDate: string | null;
  /** Rule 3's date, or the invoice date where rule 3 gives none (§4.4 rows). */
  rowDate: string;
}

export interface ProgramLines {
  /** In-scope lines of the program's currency, by customer code. */
  byCustomer: Map<string, DatedLine[]>;
  /** Customers with a line dated in the term up to the as-of date. */
  rowCustomers: string[];
  /** In-scope lines of other currencies dated in the term up to as-of. */
  otherCurrencyLines: number;
}

/** A payment after the as-of date has not happened yet. */
function paidBy(line: PreparedLine, asOf: string): string | null {
  return line.paidDate !== null && line.paidDate <= asOf ? line.paidDate : null;
}

/** Returns and zero-amount lines date by invoice when they have no payment. */
function collectionDate(line: PreparedLine, asOf: string): string | null {
  const paid = paidBy(line, asOf);
  if (paid !== null) return paid;

  return line.netAmount.isPositive() ? null : line.invoiceDate;
}

function paidInTime(line: PreparedLine, asOf: string, days: number): boolean {
  if (!line.netAmount.isPositive()) return true;

  const paid = paidBy(line, asOf);

  return paid !== null && daysBetween(line.invoiceDate, paid) <= days;
}

export function dateLine(
  plan: ProgramPlan,
  line: PreparedLine,
  asOf: string,
): DatedLine {
  const ruleDate = plan.datesByCollection
    ? collectionDate(line, asOf)
    : line.invoiceDate;
  const paidWithinDays = plan.program.conditions.paidWithinDays;
  const counts =
    paidWithinDays === null || paidInTime(line, asOf, paidWithinDays);

  return {
    line,
    countDate: counts ? ruleDate : null,
    rowDate: ruleDate ?? line.invoiceDate,
  };
}

export function selectProgramLines(
  plan: ProgramPlan,
  lines: readonly PreparedLine[],
  customersByCode: ReadonlyMap<string, Customer>,
  asOf: string,
): ProgramLines {
  const { program } = plan;
  const term: DateWindow = {
    start: program.period.start,
    end: minDate(program.period.end, asOf),
  };
  const inScope = new Map<string, boolean>();
  const customerInScope = (code: string): boolean => {
    let known = inScope.get(code);
    if (known === undefined) {
      const customer = customersByCode.get(code);
      known =
        customer !== undefined &&
        matchesCustomer(program.eligibility.customers, customer);
      inScope.set(code, known);
    }

    return known;
  };

  const byCustomer = new Map<string, DatedLine[]>();
  const rowCustomers = new Set<string>();
  let otherCurrencyLines = 0;

  for (const line of lines) {
    if (!customerInScope(line.customerCode)) continue;
    if (!matchesProduct(program.eligibility.products, line.product)) continue;

    const dated = dateLine(plan, line, asOf);
    const inTerm = inWindow(dated.rowDate, term);
    if (line.currency !== program.currency) {
      if (inTerm) otherCurrencyLines += 1;
      continue;
    }

    const customerLines = byCustomer.get(line.customerCode) ?? [];
    customerLines.push(dated);
    byCustomer.set(line.customerCode, customerLines);
    if (inTerm) rowCustomers.add(line.customerCode);
  }

  return { byCustomer, rowCustomers: [...rowCustomers], otherCurrencyLines };
}
