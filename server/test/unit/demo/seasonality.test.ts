import { describe, expect, it } from 'vitest';
import {
  dayFromIso,
  dayParts,
  isoFromDay,
} from '../../../src/demo/calendar.js';
import { planDemo } from '../../../src/demo/dataset.js';
import {
  seasonFactor,
  springFestivalDay,
} from '../../../src/demo/seasonality.js';

// Two years of a small company: enough lines for the seasons to show.
const dataset = planDemo({
  seed: 7,
  asOf: '2026-12-31',
  customers: 60,
  products: 80,
  historyQuarters: 7,
});

const dailyNetFen = new Map<number, number>();
for (const line of dataset.sales()) {
  dailyNetFen.set(line.day, (dailyNetFen.get(line.day) ?? 0) + line.netFen);
}

/** Average net sales a day (fen) from `from` to `to`, both included. */
function averageDaily(from: string, to: string): number {
  let total = 0;
  let days = 0;
  for (let day = dayFromIso(from); day <= dayFromIso(to); day++) {
    total += dailyNetFen.get(day) ?? 0;
    days += 1;
  }
  return total / days;
}

describe('the demo sales generator', () => {
  describe('when it generates two years of sales', () => {
    it.each([2025, 2026])(
      'sells more a day in 11月 than in 10月 (%i)',
      (year) => {
        expect(averageDaily(`${year}-11-01`, `${year}-11-30`)).toBeGreaterThan(
          averageDaily(`${year}-10-01`, `${year}-10-31`),
        );
      },
    );

    it.each([2025, 2026])(
      'peaks in the weeks before 春节 and dips during it (%i)',
      (year) => {
        const festival = springFestivalDay(year);
        const before = averageDaily(
          isoFromDay(festival - 28),
          isoFromDay(festival - 8),
        );
        const during = averageDaily(
          isoFromDay(festival),
          isoFromDay(festival + 6),
        );
        const march = averageDaily(`${year}-03-01`, `${year}-03-31`);

        expect(before).toBeGreaterThan(1.3 * march);
        expect(during).toBeLessThan(0.4 * march);
      },
    );

    it('sells more a day during 618 than in the rest of June', () => {
      expect(averageDaily('2026-06-01', '2026-06-18')).toBeGreaterThan(
        averageDaily('2026-06-19', '2026-06-30'),
      );
    });
  });
});

describe('the season factor', () => {
  describe('when a customer also sells online', () => {
    it('feels 双11 more than a customer that does not', () => {
      const day = dayFromIso('2026-11-10');

      expect(seasonFactor(day, true)).toBeGreaterThan(seasonFactor(day, false));
    });
  });

  describe('when the day is a weekend', () => {
    it('is below the weekday before it', () => {
      const saturday = dayFromIso('2026-03-14');

      expect(dayParts(saturday).weekday).toBe(6);
      expect(seasonFactor(saturday)).toBeLessThan(seasonFactor(saturday - 1));
    });
  });
});
