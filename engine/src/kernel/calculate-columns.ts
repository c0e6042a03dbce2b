// The fast path of DESIGN §4.3–4.4 over typed columns: one pass aggregates
// every line into per program × customer × segment sums (aggregate.ts), then
// each row runs through the engine's own rules 4–13 (customer-periods.ts)
// with those sums as its figures. Output equals `calculate` to the cent; the
// differential tests hold the two paths to that.
import { assembleOutput } from '../calculation/assemble-output.js';
import {
  customerResults,
  periodFrames,
} from '../calculation/customer-periods.js';
import type { Customer, Product, Target } from '../calculation/input.js';
import type {
  CalculationOutput,
  CalculationWarning,
  RebateResult,
} from '../calculation/output.js';
import { planProgram } from '../calculation/plan.js';
import { TargetBook } from '../calculation/targets.js';
import { toDayNumber } from '../periods/dates.js';
import { programPeriods } from '../periods/program-periods.js';
import type { Program } from '../program/program.js';
import { aggregateLines } from './aggregate.js';
import { checkKernelRange } from './kernel-range.js';
import { productAttributes } from './product-attributes.js';
import { layOutPrograms } from './program-layout.js';
import type { SalesColumns } from './sales-columns.js';
import { buildScopeIndex } from './scope-index.js';
import {
  SegmentRanges,
  slotFigureSource,
  type ProgramSlots,
} from './segment-figures.js';
import { slotLayoutOf } from './slot-layout.js';
import { uniformScales } from './units.js';
import { planWindows, recordWindows } from './window-plan.js';

export interface ColumnsInput {
  programs: readonly Program[];
  /** Indexed by `sales.customer`. */
  customers: readonly Customer[];
  /** Indexed by `sales.product`. */
  products: readonly Product[];
  sales: SalesColumns;
  targets: readonly Target[];
  asOf: string;
}

export function calculateColumns(input: ColumnsInput): CalculationOutput {
  const { programs, customers, sales, asOf } = input;
  checkKernelRange(sales);

  const plans = programs.map(planProgram);
  const frames = plans.map((plan) =>
    periodFrames(plan, programPeriods(plan.program, asOf), asOf),
  );
  const windowPlans = plans.map((plan, g) =>
    planWindows(recordWindows(plan, frames[g] ?? [])),
  );
  const attributes = productAttributes(input.products);
  const scales = uniformScales(sales.scaleBits, sales.hasCost);
  const slotLayouts = plans.map((plan) =>
    slotLayoutOf(plan, scales !== null, attributes.unitCount),
  );
  const layout = layOutPrograms(
    plans,
    windowPlans,
    slotLayouts,
    sales.currencies,
    asOf,
  );
  const scope = buildScopeIndex(programs, customers, input.products);

  const aggregates = aggregateLines(
    sales,
    scope,
    layout,
    attributes,
    toDayNumber(asOf),
  );

  const targets = new TargetBook(input.targets);
  const results: RebateResult[] = [];
  const warnings: CalculationWarning[] = [];

  plans.forEach((plan, g) => {
    const otherCurrencyLines = aggregates.otherCurrencyLines[g] ?? 0;
    if (otherCurrencyLines > 0) {
      warnings.push({
        programCode: plan.program.code,
        reason: 'currency',
        lines: otherCurrencyLines,
      });
    }

    const windows = windowPlans[g];
    const slotLayout = slotLayouts[g];
    if (windows === undefined || slotLayout === undefined) return;
    const slots: ProgramSlots = {
      store: aggregates.store,
      attributes,
      layout: slotLayout,
      uniformScales: scales,
      ranges: new SegmentRanges(windows),
    };
    const first = scope.programStart[g] ?? 0;
    const end = scope.programStart[g + 1] ?? 0;

    for (let k = first; k < end; k += 1) {
      const pair = scope.programPairs[k] ?? 0;
      if (aggregates.hasRow[pair] !== 1) continue;

      const customer = customers[scope.pairCustomer[pair] ?? 0];
      if (customer === undefined) continue;
      results.push(
        ...customerResults({
          plan,
          customerCode: customer.code,
          figuresIn: slotFigureSource(slots, aggregates.pairSlot[pair] ?? -1),
          frames: frames[g] ?? [],
          targets,
        }),
      );
    }
  });

  return assembleOutput(results, warnings);
}
