// The periods of one program as of a date (DESIGN §4.3 rule 1).
import type { Program } from '../program/program.js';
import type { IsoDate } from './dates.js';
import {
  startedPeriods,
  termPeriods,
  type PeriodState,
  type TermPeriod,
} from './periods.js';

/** Periods that started on or before `asOf`, each with its open flag. */
export function programPeriods(program: Program, asOf: IsoDate): PeriodState[] {
  return startedPeriods(program.period, asOf);
}

/** Every period of the program's term, started or not. */
export function allProgramPeriods(program: Program): TermPeriod[] {
  return termPeriods(program.period);
}
