import { describe, expect, it } from 'vitest';
import { program, rows, run, sale } from './support/build.js';

const QUARTERS = { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' };

describe('forecast (rule 13)', () => {
  const quarterly = program({
    period: QUARTERS,
    tiers: [
      { from: '1000', rate: '1%' },
      { from: '2000', rate: '2%' },
    ],
  });

  describe('when the period is closed', () => {
    it('has no forecast', () => {
      const [row] = rows(quarterly, [sale({ netAmount: '1000' })]);

      expect(row?.forecast).toBeNull();
    });
  });

  describe('when last year has no sales in the period', () => {
    it('scales by days in the period over days elapsed', () => {
      const result = rows(
        quarterly,
        [sale({ netAmount: '1000', invoiceDate: '2027-04-10' })],
        { asOf: '2027-05-15' },
      );

      expect(result[1]?.forecast).toEqual({
        method: 'run_rate',
        measure: '2022.22',
        tier: 2,
        rebate: '40.44',
      });
    });
  });

  describe('when last year had sales before and after the same point', () => {
    it('scales by last year\u2019s whole period over its elapsed part', () => {
      const [, row] = run(
        quarterly,
        [
          sale({ netAmount: '300', invoiceDate: '2026-04-10' }),
          sale({ netAmount: '900', invoiceDate: '2026-06-10' }),
          sale({ netAmount: '600', invoiceDate: '2027-04-10' }),
        ],
        { asOf: '2027-05-15' },
      ).results;

      expect(row?.forecast).toEqual({
        method: 'seasonal',
        factor: '4',
        measure: '2400.00',
        tier: 2,
        rebate: '48.00',
      });
    });
  });

  describe('when accumulating cumulatively', () => {
    it('scales only the open period\u2019s own part', () => {
      const cumulative = program({
        period: { ...QUARTERS, accumulate: 'cumulative' },
        tiers: [{ from: '1000', rate: '1%' }],
      });

      const result = rows(
        cumulative,
        [
          sale({ netAmount: '1000', invoiceDate: '2027-02-10' }),
          sale({ netAmount: '450', invoiceDate: '2027-04-10' }),
        ],
        { asOf: '2027-05-15' },
      );

      expect(result[1]).toMatchObject({
        measure: '1450',
        rebate: '4.50',
        forecast: {
          method: 'run_rate',
          measure: '1910.00',
          tier: 1,
          rebate: '9.10',
        },
      });
    });
  });
});
