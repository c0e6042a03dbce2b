// The share of the budgets taken by the projected rebates, over the programs
// that have a budget: a program without one would inflate the share.
import { Decimal } from 'decimal.js';
import type { DashboardProgram } from '../../api/types';

export interface BudgetUse {
  budget: string;
  projected: string;
  /** projected ÷ budget × 100, 2 decimals half up. */
  usedPct: string;
}

/** Null when no program in view has a budget, or the budgets sum to 0. */
export function budgetUseOf(
  programs: readonly DashboardProgram[],
): BudgetUse | null {
  const budgeted = programs.filter((program) => program.budget !== null);
  if (budgeted.length === 0) return null;

  const budget = budgeted.reduce(
    (sum, program) => sum.plus(program.budget ?? '0'),
    new Decimal(0),
  );
  const projected = budgeted.reduce(
    (sum, program) => sum.plus(program.projected),
    new Decimal(0),
  );
  if (budget.isZero()) return null;

  const usedPct = projected
    .dividedBy(budget)
    .times(100)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

  return {
    budget: budget.toFixed(2),
    projected: projected.toFixed(2),
    usedPct: usedPct.toFixed(2),
  };
}
