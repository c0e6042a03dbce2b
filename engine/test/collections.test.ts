import { describe, expect, it } from 'vitest';
import { onlyRow, program, rows, sale } from './support/build.js';

describe('collection dates (rule 3)', () => {
  const collected = program({
    measure: 'collected_amount',
    period: { start: '2027-01-01', end: '2027-03-31', settle: 'month' },
    tiers: [{ from: '1', rate: '1%' }],
  });

  describe('when sales are paid in a later month or after the as-of date', () => {
    it('counts each payment in its month and the late one nowhere', () => {
      const result = rows(
        collected,
        [
          sale({
            netAmount: '100',
            invoiceDate: '2027-01-20',
            paidDate: '2027-02-03',
          }),
          sale({
            netAmount: '200',
            invoiceDate: '2027-03-01',
            paidDate: '2027-04-01',
          }),
          sale({ netAmount: '-30', quantity: '-1', invoiceDate: '2027-03-05' }),
        ],
        { asOf: '2027-03-31' },
      );

      expect(result.map((row) => [row.period.start, row.measure])).toEqual([
        ['2027-01-01', '0'],
        ['2027-02-01', '100'],
        ['2027-03-01', '-30'],
      ]);
    });
  });

  describe('when the only sale is unpaid', () => {
    it('keeps a row for the customer, dated by invoice', () => {
      const row = onlyRow(
        { ...collected, period: { ...collected.period, settle: 'whole' } },
        [sale({ netAmount: '100', invoiceDate: '2027-01-20' })],
        { asOf: '2027-03-31' },
      );

      expect(row).toMatchObject({
        measure: '0',
        reasons: ['non_positive_measure'],
      });
    });
  });
});

describe('paid_within_days (rule 3)', () => {
  const terms = program({
    tiers: [{ from: '1', rate: '1%' }],
    conditions: { paid_within_days: 30 },
  });

  describe('when sales are paid on, before and after the term', () => {
    it('counts sales paid within N days and every return', () => {
      const row = onlyRow(terms, [
        sale({
          netAmount: '100',
          invoiceDate: '2027-01-01',
          paidDate: '2027-01-31',
        }),
        sale({
          netAmount: '200',
          invoiceDate: '2027-01-01',
          paidDate: '2027-02-01',
        }),
        sale({ netAmount: '400', invoiceDate: '2027-01-01' }),
        sale({ netAmount: '-10', quantity: '-1', invoiceDate: '2027-01-05' }),
      ]);

      expect(row).toMatchObject({ measure: '90', rebate: '0.90' });
    });
  });
});
