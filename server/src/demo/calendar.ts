// Dates as whole days since 1970-01-01 (UTC), so the generator can step
// through two years of business days without time zones getting in the way.

const MS_PER_DAY = 86_400_000;

export type Day = number;

export function dayFromIso(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const [, year, month, day] = match;
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (isoFromDay(ms / MS_PER_DAY) !== iso) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return ms / MS_PER_DAY;
}

export function isoFromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Parts of a day: month 1–12, weekday 0 (Sunday) – 6. */
export function dayParts(day: Day): {
  year: number;
  month: number;
  dayOfMonth: number;
  weekday: number;
} {
  const date = new Date(day * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    dayOfMonth: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}

export function quarterStart(day: Day): Day {
  const { year, month } = dayParts(day);
  const firstMonth = month - ((month - 1) % 3);
  return Date.UTC(year, firstMonth - 1, 1) / MS_PER_DAY;
}

/** The first day of the quarter `quarters` before the one holding `day`. */
export function quarterStartBefore(day: Day, quarters: number): Day {
  const { year, month } = dayParts(quarterStart(day));
  return Date.UTC(year, month - 1 - 3 * quarters, 1) / MS_PER_DAY;
}

/** Today's date where the business is: Asia/Shanghai unless TZ says else. */
export function todayIso(timeZone = process.env.TZ || 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
