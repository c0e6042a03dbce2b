// Which program × customer × period rows a batch of pending work makes stale
// (DESIGN §5). A fact dated d for customer c affects, in every program whose
// scope holds c and the product, the period holding d; with `cumulative` or
// `cap.total` every later period of the term; with growth the period holding
// d plus one year. The period a year on is also stale without growth while
// it runs, since its seasonal forecast reads last year's lines (§4.3
// rule 13). A customer's master data affects its periods not closed; a
// program change all of its periods not closed.
import {
  addDays,
  matchesCustomer,
  matchesProduct,
  type Customer,
  type Product,
  type Program,
} from '@tierline/engine';
import type { GovernedPeriod, ProgramToAccrue } from './programs-to-accrue.js';

export interface PendingWork {
  id: number;
  kind: 'facts' | 'customer' | 'program' | 'targets' | 'all';
  programCode: string | null;
  customerId: number | null;
  productId: number | null;
  /** YYYY-MM-01 */
  month: string | null;
  paidMonth: string | null;
  source: string;
}

/** The stale periods of one program. */
export interface AffectedProgram {
  program: ProgramToAccrue;
  /** Periods stale for every customer (a program change, `all`). */
  everyCustomer: Set<string>;
  /** Periods stale per customer id. */
  byCustomer: Map<number, Set<string>>;
}

export interface MasterLookup {
  customer(id: number): Customer | null;
  product(id: number): Product | null;
}

export function affectedKeys(
  work: readonly PendingWork[],
  programs: readonly ProgramToAccrue[],
  master: MasterLookup,
): AffectedProgram[] {
  // Everything stale makes every other item moot.
  const everything = work.find((item) => item.kind === 'all');
  const items = everything ? [everything] : work;
  const factsByCustomer = new Map<number, PendingWork[]>();
  for (const item of items) {
    if (item.kind !== 'facts' || item.customerId === null) continue;
    const facts = factsByCustomer.get(item.customerId) ?? [];
    facts.push(item);
    factsByCustomer.set(item.customerId, facts);
  }

  return programs.flatMap((program) => {
    const affected: AffectedProgram = {
      program,
      everyCustomer: new Set(),
      byCustomer: new Map(),
    };
    // Facts come last: once every period is stale for every customer and
    // none is closed, they add nothing.
    for (const item of items) {
      if (item.kind !== 'facts') addWork(affected, item, master);
    }
    if (!coversEverything(affected)) {
      // A customer none of the program's versions reaches has no facts
      // that matter to it: one check per customer, not per fact.
      const versions = [...new Set(program.started.map((p) => p.program))];
      for (const [customerId, facts] of factsByCustomer) {
        const customer = master.customer(customerId);
        if (customer === null) continue;
        const reached = versions.some((version) =>
          matchesCustomer(version.eligibility.customers, customer),
        );
        if (!reached) continue;
        for (const item of facts) addFacts(affected, item, master);
      }
    }

    const empty =
      affected.everyCustomer.size === 0 && affected.byCustomer.size === 0;
    return empty ? [] : [affected];
  });
}

function coversEverything({ program, everyCustomer }: AffectedProgram) {
  return program.started.every(
    (period) => !period.closed && everyCustomer.has(period.start),
  );
}

function addWork(
  affected: AffectedProgram,
  item: PendingWork,
  master: MasterLookup,
): void {
  const { program } = affected;
  const notClosed = program.started.filter((period) => !period.closed);

  switch (item.kind) {
    case 'all':
      addPeriods(affected.everyCustomer, notClosed);
      return;
    case 'program':
      if (item.programCode === program.code) {
        addPeriods(affected.everyCustomer, notClosed);
      }
      return;
    case 'targets':
      if (item.programCode === program.code && item.customerId !== null) {
        addPeriods(customerSet(affected, item.customerId), notClosed);
      }
      return;
    case 'customer':
      if (item.customerId !== null) {
        addPeriods(customerSet(affected, item.customerId), notClosed);
      }
      return;
    case 'facts':
      addFacts(affected, item, master);
      return;
  }
}

function addFacts(
  affected: AffectedProgram,
  item: PendingWork,
  master: MasterLookup,
): void {
  if (item.customerId === null || item.productId === null) return;
  const customer = master.customer(item.customerId);
  const product = master.product(item.productId);
  if (customer === null || product === null || item.month === null) return;

  const { started } = affected.program;
  const stale = new Set<string>();
  for (const period of started) {
    const { eligibility } = period.program;
    if (!matchesCustomer(eligibility.customers, customer)) continue;
    if (!matchesProduct(eligibility.products, product)) continue;

    const months = factMonths(period.program, item.month, item.paidMonth);
    if (isStale(period, started, months)) stale.add(period.start);
  }

  if (stale.size > 0) {
    const set = customerSet(affected, item.customerId);
    for (const start of stale) set.add(start);
  }
}

/** The months a fact is dated in for a program (§4.3 rule 3). */
function factMonths(
  program: Program,
  month: string,
  paidMonth: string | null,
): string[] {
  const collected =
    program.measure === 'collected_amount' ||
    program.base === 'collected_amount';
  // An unpaid sale still decides whether the customer has a row (§4.4).
  return collected && paidMonth !== null && paidMonth !== month
    ? [month, paidMonth]
    : [month];
}

function isStale(
  period: GovernedPeriod,
  started: readonly GovernedPeriod[],
  months: readonly string[],
): boolean {
  const { program } = period;
  const growth = usesGrowth(program);
  const carries =
    program.period.accumulate === 'cumulative' || program.cap.total !== null;

  return months.some((month) => {
    const yearOn = shiftMonths(month, 12);
    const holds = (candidate: GovernedPeriod, first: string) =>
      overlapsMonth(candidate, first) ||
      (carries &&
        candidate.start > first &&
        heldBefore(started, candidate, first));

    if (holds(period, month)) return true;
    if (!growth && !period.open) return false;
    return holds(period, yearOn);
  });
}

/** A started period before `period` holds `month`. */
function heldBefore(
  started: readonly GovernedPeriod[],
  period: GovernedPeriod,
  month: string,
): boolean {
  return started.some(
    (earlier) => earlier.start < period.start && overlapsMonth(earlier, month),
  );
}

function usesGrowth(program: Program): boolean {
  return (
    program.measure === 'growth_pct' ||
    program.base === 'growth_amount' ||
    program.conditions.minGrowthPct !== null
  );
}

function overlapsMonth(
  period: { start: string; end: string },
  month: string,
): boolean {
  const monthEnd = addDays(shiftMonths(month, 1), -1);
  return period.start <= monthEnd && period.end >= month;
}

/** YYYY-MM-01 moved by `months`. */
function shiftMonths(month: string, months: number): string {
  const year = Number.parseInt(month.slice(0, 4), 10);
  const index = Number.parseInt(month.slice(5, 7), 10) - 1 + months;
  const shiftedYear = year + Math.floor(index / 12);
  const shiftedMonth = (index % 12) + 1;

  return `${String(shiftedYear).padStart(4, '0')}-${String(shiftedMonth).padStart(2, '0')}-01`;
}

function customerSet(affected: AffectedProgram, customerId: number) {
  let set = affected.byCustomer.get(customerId);
  if (set === undefined) {
    set = new Set();
    affected.byCustomer.set(customerId, set);
  }
  return set;
}

function addPeriods(set: Set<string>, periods: readonly { start: string }[]) {
  for (const period of periods) set.add(period.start);
}
