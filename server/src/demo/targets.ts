import { assertSafe, mulDiv } from './fen.js';
import { quarterStarts, type ProgramContext } from './programs.js';

export interface DemoTarget {
  programCode: string;
  customerCode: string;
  periodStart: string;
  targetFen: number;
}

/** Planned growth over last year's quarter, in percent. */
const plannedGrowthPct = 12;
/** Targets are set in whole 10,000 yuan (万元). */
const targetStepFen = 1_000_000;

/**
 * A target for each quarter of the year for every customer with the
 * program's tag: last year's same quarter plus the planned growth, or the
 * customer's average quarter when it had no sales then. A customer with no
 * sales at all gets none, and the calculation reports `no_target`.
 */
export function demoTargets(
  context: ProgramContext,
  programCode: string,
  tag: string,
): DemoTarget[] {
  const lastYear = quarterStarts(context.year - 1);
  const thisYear = quarterStarts(context.year);
  const targets: DemoTarget[] = [];

  for (const [index, customer] of context.customers.entries()) {
    if (!customer.tags.includes(tag)) continue;
    const history = lastYear.map((start) =>
      context.stats.quarterNetFen(index, start),
    );
    const fallback = averagePositive(context.stats.quartersOf(index));
    if (fallback === null) continue;

    for (const [quarter, periodStart] of thisYear.entries()) {
      const base = history[quarter] ?? 0;
      const planned = mulDiv(
        base > 0 ? base : fallback,
        100 + plannedGrowthPct,
        100,
      );
      targets.push({
        programCode,
        customerCode: customer.code,
        periodStart,
        targetFen: roundUpToStep(planned),
      });
    }
  }
  return targets;
}

function averagePositive(figures: readonly number[]): number | null {
  const positive = figures.filter((figure) => figure > 0);
  if (positive.length === 0) return null;
  const sum = positive.reduce((total, figure) => total + figure, 0);
  assertSafe(sum);
  return Math.trunc(sum / positive.length);
}

function roundUpToStep(fen: number): number {
  return Math.max(1, Math.ceil(fen / targetStepFen)) * targetStepFen;
}
