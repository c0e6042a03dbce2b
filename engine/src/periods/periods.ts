// DESIGN §4.3 rule 1: calendar periods clipped to the program's term.
import {
  calendarDay,
  formatIsoDate,
  lastDayOfMonth,
  maxDate,
  minDate,
  type IsoDate,
} from './dates.js';

export type SettleKind = 'month' | 'quarter' | 'half_year' | 'year' | 'whole';

export interface TermPeriod {
  start: IsoDate;
  end: IsoDate;
}

export interface Term {
  start: IsoDate;
  end: IsoDate;
  settle: SettleKind;
}

export interface PeriodState extends TermPeriod {
  /** True when the period ends after the as-of date. */
  open: boolean;
}

const MONTHS_PER_PERIOD = {
  month: 1,
  quarter: 3,
  half_year: 6,
  year: 12,
} as const;

/** Every period of the term, in order, whether it has started or not. */
export function termPeriods(term: Term): TermPeriod[] {
  if (term.end < term.start) return [];
  if (term.settle === 'whole') return [{ start: term.start, end: term.end }];

  const months = MONTHS_PER_PERIOD[term.settle];
  const first = calendarDay(term.start);
  const periods: TermPeriod[] = [];

  // Calendar periods start in month 1, 1 + n, 1 + 2n, ... of each year.
  let year = first.year;
  let month = first.month - ((first.month - 1) % months);
  for (;;) {
    const start = formatIsoDate({ year, month, day: 1 });
    if (start > term.end) break;

    const lastMonth = month + months - 1;
    const end = lastDayOfMonth(year, lastMonth);
    periods.push({
      start: maxDate(start, term.start),
      end: minDate(end, term.end),
    });

    month = lastMonth + 1;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }

  return periods;
}

/** The periods that started on or before the as-of date. */
export function startedPeriods(term: Term, asOf: IsoDate): PeriodState[] {
  return termPeriods(term)
    .filter((period) => period.start <= asOf)
    .map((period) => ({ ...period, open: period.end > asOf }));
}
