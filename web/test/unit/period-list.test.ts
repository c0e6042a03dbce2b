import { describe, expect, it } from 'vitest';
import { periodsOf } from '../../src/features/programs/period-list';

describe('periodsOf', () => {
  describe('when a calendar-year term settles by quarter', () => {
    it('lists the four quarters', () => {
      expect(periodsOf('2027-01-01', '2027-12-31', 'quarter')).toEqual([
        { start: '2027-01-01', end: '2027-03-31' },
        { start: '2027-04-01', end: '2027-06-30' },
        { start: '2027-07-01', end: '2027-09-30' },
        { start: '2027-10-01', end: '2027-12-31' },
      ]);
    });
  });

  describe('when the term starts and ends inside a period', () => {
    it('clips the first and the last period to the term', () => {
      expect(periodsOf('2027-02-15', '2027-08-10', 'quarter')).toEqual([
        { start: '2027-02-15', end: '2027-03-31' },
        { start: '2027-04-01', end: '2027-06-30' },
        { start: '2027-07-01', end: '2027-08-10' },
      ]);
    });

    it('ends a February month on its last day, leap years included', () => {
      expect(periodsOf('2028-02-01', '2028-03-31', 'month')).toEqual([
        { start: '2028-02-01', end: '2028-02-29' },
        { start: '2028-03-01', end: '2028-03-31' },
      ]);
    });
  });

  describe('when the term settles as a whole or by half year', () => {
    it('gives the whole term as one period', () => {
      expect(periodsOf('2027-04-01', '2028-03-31', 'whole')).toEqual([
        { start: '2027-04-01', end: '2028-03-31' },
      ]);
    });

    it('splits at 1 July', () => {
      expect(periodsOf('2027-01-01', '2027-12-31', 'half_year')).toEqual([
        { start: '2027-01-01', end: '2027-06-30' },
        { start: '2027-07-01', end: '2027-12-31' },
      ]);
    });
  });

  describe('when the dates cannot be read', () => {
    it('lists nothing', () => {
      expect(periodsOf('', '2027-12-31', 'quarter')).toEqual([]);
      expect(periodsOf('2027-12-31', '2027-01-01', 'month')).toEqual([]);
    });
  });
});
