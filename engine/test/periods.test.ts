import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  inclusiveDays,
  isIsoDate,
  periodWindow,
  programPeriods,
  termPeriods,
  yearBackEnd,
  yearBackStart,
  yearBackWindow,
} from '../src/index.js';
import { program } from './support/build.js';

describe('termPeriods', () => {
  describe('when the term is a calendar year settled by quarter', () => {
    it('gives four calendar quarters', () => {
      const periods = termPeriods({
        start: '2027-01-01',
        end: '2027-12-31',
        settle: 'quarter',
      });

      expect(periods).toEqual([
        { start: '2027-01-01', end: '2027-03-31' },
        { start: '2027-04-01', end: '2027-06-30' },
        { start: '2027-07-01', end: '2027-09-30' },
        { start: '2027-10-01', end: '2027-12-31' },
      ]);
    });
  });

  describe('when the term starts and ends inside periods', () => {
    it('clips the first and last period to the term', () => {
      const periods = termPeriods({
        start: '2027-02-15',
        end: '2028-01-10',
        settle: 'half_year',
      });

      expect(periods).toEqual([
        { start: '2027-02-15', end: '2027-06-30' },
        { start: '2027-07-01', end: '2027-12-31' },
        { start: '2028-01-01', end: '2028-01-10' },
      ]);
    });
  });

  describe('when the term is settled monthly over a leap February', () => {
    it('ends February on the 29th', () => {
      const periods = termPeriods({
        start: '2028-01-01',
        end: '2028-03-31',
        settle: 'month',
      });

      expect(periods.map((period) => period.end)).toEqual([
        '2028-01-31',
        '2028-02-29',
        '2028-03-31',
      ]);
    });
  });

  describe('when the term is a fiscal year settled as a whole', () => {
    it('gives one period', () => {
      expect(
        termPeriods({
          start: '2027-04-01',
          end: '2028-03-31',
          settle: 'whole',
        }),
      ).toEqual([{ start: '2027-04-01', end: '2028-03-31' }]);
    });
  });

  describe('when settled by year across two years', () => {
    it('gives two clipped years', () => {
      expect(
        termPeriods({ start: '2027-07-01', end: '2028-06-30', settle: 'year' }),
      ).toEqual([
        { start: '2027-07-01', end: '2027-12-31' },
        { start: '2028-01-01', end: '2028-06-30' },
      ]);
    });
  });
});

describe('programPeriods', () => {
  const quarterly = program({
    period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
  });

  describe('when the as-of date falls inside the second quarter', () => {
    it('lists the started quarters and marks the second open', () => {
      expect(programPeriods(quarterly, '2027-05-15')).toEqual([
        { start: '2027-01-01', end: '2027-03-31', open: false },
        { start: '2027-04-01', end: '2027-06-30', open: true },
      ]);
    });
  });

  describe('when the as-of date is a period end', () => {
    it('closes that period', () => {
      const periods = programPeriods(quarterly, '2027-03-31');

      expect(periods).toEqual([
        { start: '2027-01-01', end: '2027-03-31', open: false },
      ]);
    });
  });

  describe('when the as-of date is before the term', () => {
    it('lists nothing', () => {
      expect(programPeriods(quarterly, '2026-12-31')).toEqual([]);
    });
  });
});

describe('periodWindow', () => {
  const q2 = { start: '2027-04-01', end: '2027-06-30' };

  describe('when accumulating by period', () => {
    it('runs from the period start to the as-of date', () => {
      expect(
        periodWindow(
          { start: '2027-01-01', accumulate: 'period' },
          q2,
          '2027-05-15',
        ),
      ).toEqual({ start: '2027-04-01', end: '2027-05-15' });
    });
  });

  describe('when accumulating cumulatively', () => {
    it('runs from the program start to the period end', () => {
      expect(
        periodWindow(
          { start: '2027-01-01', accumulate: 'cumulative' },
          q2,
          '2027-12-31',
        ),
      ).toEqual({ start: '2027-01-01', end: '2027-06-30' });
    });
  });
});

describe('year-back mapping', () => {
  describe('when a window starts on 29 February', () => {
    it('starts on 28 February a year earlier', () => {
      expect(yearBackStart('2028-02-29')).toBe('2027-02-28');
    });
  });

  describe('when a window ends on the last day of February', () => {
    it.each([
      ['2028-02-29', '2027-02-28'],
      ['2029-02-28', '2028-02-29'],
      ['2027-02-28', '2026-02-28'],
    ])('maps %s to %s', (end, earlier) => {
      expect(yearBackEnd(end)).toBe(earlier);
    });
  });

  describe('when a window ends on 28 February of a leap year', () => {
    it('keeps the 28th', () => {
      expect(yearBackEnd('2028-02-28')).toBe('2027-02-28');
    });
  });

  describe('when a whole leap February moves back', () => {
    it('covers the whole of the previous February', () => {
      expect(
        yearBackWindow({ start: '2028-02-01', end: '2028-02-29' }),
      ).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    });
  });
});

describe('day arithmetic', () => {
  describe('when counting days inclusively', () => {
    it('counts both ends', () => {
      expect(inclusiveDays('2027-04-01', '2027-05-15')).toBe(45);
      expect(inclusiveDays('2027-04-01', '2027-06-30')).toBe(91);
      expect(inclusiveDays('2028-01-01', '2028-12-31')).toBe(366);
      expect(inclusiveDays('2027-01-01', '2027-01-01')).toBe(1);
    });
  });

  describe('when stepping over month and year ends', () => {
    it('lands on real dates', () => {
      expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
      expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
      expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
      expect(daysBetween('2027-01-15', '2027-02-10')).toBe(26);
    });
  });

  describe('when validating dates', () => {
    it('accepts real dates only', () => {
      expect(isIsoDate('2028-02-29')).toBe(true);
      expect(isIsoDate('2027-02-29')).toBe(false);
      expect(isIsoDate('2027-13-01')).toBe(false);
      expect(isIsoDate('2027-1-01')).toBe(false);
    });
  });

  describe('when any number of days is added and then counted', () => {
    it('gives the same number back', () => {
      fc.assert(
        fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
          const later = addDays('2027-03-15', days);

          return isIsoDate(later) && daysBetween('2027-03-15', later) === days;
        }),
      );
    });
  });
});
