// DESIGN §4.3 rule 2: the dates whose lines count for one period.
import { minDate, type IsoDate } from './dates.js';

export interface DateWindow {
  start: IsoDate;
  end: IsoDate;
}

export interface WindowTerm {
  start: IsoDate;
  accumulate: 'period' | 'cumulative';
}

/**
 * From the period's start (the program's start when cumulative) to the
 * earlier of the period's end and the as-of date.
 */
export function periodWindow(
  term: WindowTerm,
  period: DateWindow,
  asOf: IsoDate,
): DateWindow {
  const start = term.accumulate === 'cumulative' ? term.start : period.start;

  return { start, end: minDate(period.end, asOf) };
}

export function inWindow(date: IsoDate, window: DateWindow): boolean {
  return window.start <= date && date <= window.end;
}
