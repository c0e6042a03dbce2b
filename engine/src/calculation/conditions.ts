// DESIGN §4.3 rule 5, and the rule 4 figures that act like failed conditions:
// no baseline, no target, a missing cost, mixed units.
import { Dec } from '../money/dec.js';
import { formatPercent } from '../money/format.js';
import type { Figures } from './figures.js';
import type { Measures } from './measures.js';
import type { ConditionCheck } from './output.js';
import type { ProgramPlan } from './plan.js';

function categoriesWithSales(figures: Figures): number {
  let count = 0;
  for (const amount of figures.netAmountByCategory.values()) {
    if (amount.isPositive()) count += 1;
  }

  return count;
}

function figureChecks(
  plan: ProgramPlan,
  figures: Figures,
  measures: Measures,
): ConditionCheck[] {
  const checks: ConditionCheck[] = [];

  if (plan.usesGrowth) {
    const baseline = measures.baseline ?? Dec.ZERO;
    const passed = baseline.isPositive();
    checks.push({
      condition: 'baseline',
      required: 'a positive net amount a year earlier',
      actual: baseline.toString(),
      passed,
      reason: passed ? null : 'no_baseline',
    });
  }
  if (plan.usesTarget) {
    const passed = measures.targetPct !== null;
    checks.push({
      condition: 'target',
      required: 'a positive target for every period so far',
      actual: measures.target?.toString() ?? null,
      passed,
      reason: passed ? null : 'no_target',
    });
  }
  if (plan.usesCost) {
    const passed = figures.linesWithoutCost === 0;
    checks.push({
      condition: 'cost',
      required: 'a cost on every line that counts',
      actual: `${String(figures.linesWithoutCost)} lines without cost`,
      passed,
      reason: passed ? null : 'missing_cost',
    });
  }
  if (plan.needsOneUnit) {
    const passed = figures.units.size <= 1;
    checks.push({
      condition: 'units',
      required: 'one unit',
      actual: [...figures.units].sort().join(', '),
      passed,
      reason: passed ? null : 'mixed_units',
    });
  }

  return checks;
}

function programConditions(
  plan: ProgramPlan,
  figures: Figures,
  measures: Measures,
): ConditionCheck[] {
  const { paidWithinDays, minCategories } = plan.program.conditions;
  const checks: ConditionCheck[] = [];

  if (paidWithinDays !== null) {
    // A filter on lines rather than a test of the row: it never fails.
    checks.push({
      condition: 'paid_within_days',
      required: String(paidWithinDays),
      actual: `${String(figures.leftOutLines)} lines left out`,
      passed: true,
      reason: null,
    });
  }
  if (minCategories !== null) {
    const categories = categoriesWithSales(figures);
    const passed = categories >= minCategories;
    checks.push({
      condition: 'min_categories',
      required: String(minCategories),
      actual: String(categories),
      passed,
      reason: passed ? null : 'min_categories',
    });
  }
  if (plan.minGrowthPct !== null) {
    const growth = measures.growthPct;
    const passed = growth !== null && growth.gte(plan.minGrowthPct);
    checks.push({
      condition: 'min_growth_pct',
      required: plan.minGrowthPct.toString(),
      actual: growth === null ? null : formatPercent(growth),
      passed,
      reason: passed ? null : 'min_growth_pct',
    });
  }

  return checks;
}

export function checkConditions(
  plan: ProgramPlan,
  figures: Figures,
  measures: Measures,
): ConditionCheck[] {
  const checks = figureChecks(plan, figures, measures);
  checks.push(...programConditions(plan, figures, measures));

  return checks;
}
