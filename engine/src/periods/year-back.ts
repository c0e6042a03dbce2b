// DESIGN §4.3 rule 4: a window moved back one calendar year, for growth
// baselines and seasonal forecasts.
import {
  calendarDay,
  daysInMonth,
  formatIsoDate,
  isLastDayOfFebruary,
  type IsoDate,
} from './dates.js';
import type { DateWindow } from './window.js';

/** A start on 29 February becomes 28 February. */
export function yearBackStart(start: IsoDate): IsoDate {
  const { year, month, day } = calendarDay(start);
  const earlier = year - 1;

  return formatIsoDate({
    year: earlier,
    month,
    day: Math.min(day, daysInMonth(earlier, month)),
  });
}

/**
 * An end on the last day of February ends on the last day of February a year
 * earlier, so a February window covers the whole of last February too.
 */
export function yearBackEnd(end: IsoDate): IsoDate {
  const { year, month, day } = calendarDay(end);
  const earlier = year - 1;
  const lastDay = daysInMonth(earlier, month);
  const movedDay = isLastDayOfFebruary(end) ? lastDay : Math.min(day, lastDay);

  return formatIsoDate({ year: earlier, month, day: movedDay });
}

export function yearBackWindow(window: DateWindow): DateWindow {
  return { start: yearBackStart(window.start), end: yearBackEnd(window.end) };
}
