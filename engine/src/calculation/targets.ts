// Per-customer targets (DESIGN §4.1 targets.csv, §4.3 rule 4 target_pct): one
// figure per program, customer and period start.
import { Dec } from '../money/dec.js';
import { parseMoney } from '../money/parse.js';
import { allProgramPeriods } from '../periods/program-periods.js';
import type { TermPeriod } from '../periods/periods.js';
import type { Program } from '../program/program.js';
import type { Target } from './input.js';
import type { TargetFigure } from './measures.js';

export interface TargetProblem {
  /** The target's index in the list given, from 0. */
  index: number;
  reason: string;
}

function keyOf(program: string, customerCode: string, periodStart: string) {
  return `${program}\u0000${customerCode}\u0000${periodStart}`;
}

/**
 * Reports every target a calculation could not use: an unknown program, a
 * `period_start` that starts no period of the program, an amount that is not
 * money, or a second row for the same program, customer and period.
 */
export function validateTargets(
  programs: readonly Program[],
  targets: readonly Target[],
): TargetProblem[] {
  const periodStarts = new Map(
    programs.map((program) => [
      program.code,
      allProgramPeriods(program).map((period) => period.start),
    ]),
  );
  const seen = new Set<string>();
  const problems: TargetProblem[] = [];

  targets.forEach((target, index) => {
    const starts = periodStarts.get(target.program);
    const amount = parseMoney(target.target);
    const key = keyOf(target.program, target.customerCode, target.periodStart);

    if (starts === undefined) {
      problems.push({ index, reason: `no program has code ${target.program}` });
    } else if (!starts.includes(target.periodStart)) {
      problems.push({
        index,
        reason:
          `period_start ${target.periodStart} starts no period of ` +
          `${target.program} (its periods start ${starts.join(', ')})`,
      });
    }
    if (!amount.ok) problems.push({ index, reason: amount.reason });
    if (seen.has(key)) {
      problems.push({
        index,
        reason: 'an earlier row already sets this target',
      });
    }
    seen.add(key);
  });

  return problems;
}

/** Targets by program, customer and period; a later row for a key wins. */
export class TargetBook {
  private readonly amounts = new Map<string, Dec | null>();

  constructor(targets: readonly Target[]) {
    for (const target of targets) {
      const amount = parseMoney(target.target);
      const key = keyOf(
        target.program,
        target.customerCode,
        target.periodStart,
      );
      this.amounts.set(key, amount.ok ? amount.value : null);
    }
  }

  /** The target for one period, or with `cumulative` the sum so far. */
  figureFor(
    programCode: string,
    customerCode: string,
    periods: readonly TermPeriod[],
  ): TargetFigure {
    let total = Dec.ZERO;
    let usable = true;

    for (const period of periods) {
      const key = keyOf(programCode, customerCode, period.start);
      const amount = this.amounts.get(key) ?? null;
      if (amount === null) return { total: null, usable: false };
      if (!amount.isPositive()) usable = false;
      total = total.plus(amount);
    }

    return { total, usable };
  }
}
