// Where a version may take effect: at the start of one of its periods, as the
// engine computes them from the version's own `period` (DESIGN §4.3 rule 1).
import { allProgramPeriods, type Program } from '@tierline/engine';
import { ProgramError } from './program-errors.js';

export function periodStartsOf(program: Program): string[] {
  return allProgramPeriods(program).map((period) => period.start);
}

// A change may still name a period that has started or already ended; the
// refusal of dates in closed periods comes with period close (issue 5, item
// 4), and until then the approver is the one who checks the date.

/**
 * The date a new version takes effect. The first version of a program takes
 * effect at the start of its term; once a version is approved, a change
 * names the period start it applies from.
 */
export function resolveEffectiveFrom(
  program: Program,
  requested: string | undefined,
  hasApprovedVersion: boolean,
): string {
  const termStart = program.period.start;
  if (!hasApprovedVersion) {
    if (requested !== undefined && requested !== termStart) {
      throw new ProgramError('effective_from_not_term_start', program.code, [
        {
          path: 'effectiveFrom',
          message: `must be ${termStart}, the start of the term`,
          value: requested,
        },
      ]);
    }
    return termStart;
  }

  if (requested === undefined) {
    throw new ProgramError('effective_from_required', program.code, [
      { path: 'effectiveFrom', message: 'give the period start to apply from' },
    ]);
  }
  assertPeriodStart(program, requested);

  return requested;
}

export function assertPeriodStart(program: Program, date: string): void {
  const starts = periodStartsOf(program);
  if (starts.includes(date)) return;

  throw new ProgramError('effective_from_not_period_start', program.code, [
    {
      path: 'effectiveFrom',
      message:
        `${date} starts no ${program.period.settle} period of ` +
        `${program.period.start}..${program.period.end}; period starts: ` +
        describeStarts(starts),
      value: date,
    },
  ]);
}

function describeStarts(starts: readonly string[]): string {
  const shown = starts.slice(0, 12).join(', ');
  return starts.length > 12 ? `${shown}, ...` : shown;
}
