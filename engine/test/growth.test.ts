import { describe, expect, it } from 'vitest';
import { onlyRow, program, rows, sale } from './support/build.js';

const growth = program({
  measure: 'growth_pct',
  period: { start: '2027-01-01', end: '2027-12-31', settle: 'year' },
  tiers: [
    { from: '10', rate: '1%' },
    { from: '20', rate: '2%' },
  ],
});

describe('growth against last year (rule 4)', () => {
  describe('when last year had no sales in the window', () => {
    it('has no baseline, no measure and no next tier', () => {
      const row = onlyRow(growth, [sale({ netAmount: '5000' })]);

      expect(row).toMatchObject({
        measure: null,
        base: '5000',
        baseline: '0',
        growth_pct: null,
        tier: 0,
        rebate: '0.00',
        reasons: ['no_baseline'],
        next: null,
      });
    });
  });

  describe('when last year only had returns', () => {
    it('has no baseline', () => {
      const row = onlyRow(growth, [
        sale({ netAmount: '-100', quantity: '-1', invoiceDate: '2026-03-01' }),
        sale({ netAmount: '5000' }),
      ]);

      expect(row).toMatchObject({ baseline: '-100', reasons: ['no_baseline'] });
    });
  });

  describe('when growth is exactly on a threshold', () => {
    it('reaches that tier', () => {
      const row = onlyRow(growth, [
        sale({ netAmount: '10000', invoiceDate: '2026-03-01' }),
        sale({ netAmount: '12000' }),
      ]);

      expect(row).toMatchObject({
        measure: '20.0000',
        tier: 2,
        rebate: '240.00',
      });
    });
  });

  describe('when the next tier needs a fraction of a fen more', () => {
    it('rounds gap_amount up to the fen', () => {
      const row = onlyRow(growth, [
        sale({ netAmount: '333.33', invoiceDate: '2026-03-01' }),
        sale({ netAmount: '350.00' }),
      ]);

      expect(row).toMatchObject({
        measure: '5.0011',
        next: {
          tier: 1,
          from: '10',
          gap: '4.9989',
          gap_amount: '16.67',
          rebate: '3.67',
        },
      });
    });
  });

  describe('when the base is growth_amount', () => {
    it('rebates only the growth', () => {
      const onGrowth = program({
        measure: 'growth_pct',
        base: 'growth_amount',
        tiers: [{ from: '0.01', rate: '10%' }],
      });

      const row = onlyRow(onGrowth, [
        sale({ netAmount: '10000', invoiceDate: '2026-03-01' }),
        sale({ netAmount: '12500' }),
      ]);

      expect(row).toMatchObject({ base: '2500', exact: '250.00' });
    });
  });

  describe('when a monthly window is a leap February', () => {
    it('compares with the whole February a year earlier', () => {
      const monthly = program({
        measure: 'growth_pct',
        period: { start: '2028-01-01', end: '2028-12-31', settle: 'month' },
        tiers: [{ from: '10', rate: '1%' }],
      });

      const result = rows(
        monthly,
        [
          sale({ netAmount: '1000', invoiceDate: '2027-02-28' }),
          sale({ netAmount: '2000', invoiceDate: '2028-02-29' }),
        ],
        { asOf: '2028-02-29' },
      );

      expect(result[1]).toMatchObject({
        period: { start: '2028-02-01', end: '2028-02-29', open: false },
        baseline: '1000',
        growth_pct: '100.0000',
      });
    });
  });

  describe('when min_growth_pct is a condition', () => {
    const conditioned = program({
      tiers: [{ from: '0', rate: '1%' }],
      conditions: { min_growth_pct: '5' },
    });

    it.each([
      ['10499.99', ['min_growth_pct'], '0.00'],
      ['10500', [], '105.00'],
      ['10500.01', [], '105.00'],
    ])(
      'with net sales %s against 10000 it gives %j',
      (net, reasons, rebate) => {
        const row = onlyRow(conditioned, [
          sale({ netAmount: '10000', invoiceDate: '2026-03-01' }),
          sale({ netAmount: net }),
        ]);

        expect(row).toMatchObject({ reasons, rebate });
      },
    );

    it('lists no_baseline and the failed condition without a baseline', () => {
      const row = onlyRow(conditioned, [sale({ netAmount: '10000' })]);

      expect(row.reasons).toEqual(['no_baseline', 'min_growth_pct']);
    });
  });
});
