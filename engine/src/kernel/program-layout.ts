// Each program's rule 3 settings and window segments as flat arrays indexed
// by program, so the kernel's inner loop reads numbers, not objects.
import type { ProgramPlan } from '../calculation/plan.js';
import { minDate, toDayNumber } from '../periods/dates.js';
import type { WindowPlan } from './window-plan.js';

export interface ProgramLayout {
  programs: number;
  /** The term up to the as-of date (§4.4 rows and warnings). */
  termStart: Int32Array;
  termEnd: Int32Array;
  /** 1 when collected_amount dates every figure by its collection. */
  byCollection: Uint8Array;
  /** −1 without `paid_within_days`. */
  paidWithinDays: Int32Array;
  /** The index of the program's currency among the lines'; −1 if none. */
  currency: Int32Array;
  /** 1 when `min_categories` needs net amount per category. */
  countsCategories: Uint8Array;
  firstDay: Int32Array;
  dayCount: Int32Array;
  dayOffset: Int32Array;
  segments: Int32Array;
  /** Every program's day → segment table, one after the other. */
  daySegment: Int32Array;
}

export function layOutPrograms(
  plans: readonly ProgramPlan[],
  windowPlans: readonly WindowPlan[],
  currencies: readonly string[],
  asOf: string,
): ProgramLayout {
  const count = plans.length;
  const layout = {
    programs: count,
    termStart: new Int32Array(count),
    termEnd: new Int32Array(count),
    byCollection: new Uint8Array(count),
    paidWithinDays: new Int32Array(count),
    currency: new Int32Array(count),
    countsCategories: new Uint8Array(count),
    firstDay: new Int32Array(count),
    dayCount: new Int32Array(count),
    dayOffset: new Int32Array(count),
    segments: new Int32Array(count),
    daySegment: new Int32Array(
      windowPlans.reduce((sum, plan) => sum + plan.daySegment.length, 0),
    ),
  };

  let dayOffset = 0;
  plans.forEach((plan, g) => {
    const { program } = plan;
    const windows = windowPlans[g];
    if (windows === undefined)
      throw new Error(`no windows for ${program.code}`);

    layout.termStart[g] = toDayNumber(program.period.start);
    layout.termEnd[g] = toDayNumber(minDate(program.period.end, asOf));
    layout.byCollection[g] = plan.datesByCollection ? 1 : 0;
    layout.paidWithinDays[g] = program.conditions.paidWithinDays ?? -1;
    layout.currency[g] = currencies.indexOf(program.currency);
    layout.countsCategories[g] =
      program.conditions.minCategories === null ? 0 : 1;
    layout.firstDay[g] = windows.firstDay;
    layout.dayCount[g] = windows.daySegment.length;
    layout.dayOffset[g] = dayOffset;
    layout.segments[g] = windows.segments;
    layout.daySegment.set(windows.daySegment, dayOffset);
    dayOffset += windows.daySegment.length;
  });

  return layout;
}
