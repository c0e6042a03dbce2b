import { dayFromIso, dayParts, type Day } from './calendar.js';

// How much a distributor of consumer goods orders on a given day, relative to
// an ordinary weekday: stocking up before 春节 and a dip over the holiday,
// the 618 and 双11 promotions, the 国庆 holiday week, quieter weekends.

/** 春节 (Chinese New Year's Day); it moves, so it has to be looked up. */
const springFestival: Record<number, string> = {
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

const monthFactor = [
  1.0, 0.9, 0.95, 0.95, 1.0, 1.05, 0.95, 0.95, 1.1, 0.95, 1.1, 1.1,
];

const weekdayFactor = [0.35, 1, 1, 1, 1, 1, 0.55];

export function springFestivalDay(year: number): Day {
  // Outside the table, early February is close enough for demo data.
  return dayFromIso(springFestival[year] ?? `${year}-02-05`);
}

/** The demand factor of a day; `online` customers feel 618 and 双11 more. */
export function seasonFactor(day: Day, online = false): number {
  const { year, month, dayOfMonth, weekday } = dayParts(day);
  let factor = (monthFactor[month - 1] ?? 1) * (weekdayFactor[weekday] ?? 1);

  factor *= springFestivalFactor(day, year);

  const promotion = online ? 2 : 1;
  if (month === 6 && dayOfMonth <= 18) factor *= 1 + 0.35 * promotion;
  if (month === 10 && dayOfMonth >= 20) factor *= 1 + 0.15 * promotion;
  if (month === 11 && dayOfMonth <= 11) factor *= 1 + 0.45 * promotion;
  if (month === 10 && dayOfMonth <= 7) factor *= 0.45;
  return factor;
}

function springFestivalFactor(day: Day, year: number): number {
  // 春节 falls in late January or February: this year's or next year's
  // festival may be the near one.
  for (const festivalYear of [year, year + 1]) {
    const offset = day - springFestivalDay(festivalYear);
    if (offset >= -28 && offset <= -8) return 1.7;
    if (offset >= -7 && offset <= -1) return 1.25;
    if (offset >= 0 && offset <= 6) return 0.12;
    if (offset >= 7 && offset <= 14) return 0.6;
  }
  return 1;
}
