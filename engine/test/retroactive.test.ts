import { describe, expect, it } from 'vitest';
import { onlyRow, program, rows, sale } from './support/build.js';

const retro = program({
  tiers: [
    { from: '100000', rate: '2%' },
    { from: '300000', rate: '3.5%' },
    { from: '500000', rate: '5%', amount: '8000' },
  ],
});

describe('retroactive tiers (rule 7)', () => {
  describe('when net sales sit on and around each threshold', () => {
    it.each([
      ['99999.99', 0, '0', '0.00', ['below_first_tier']],
      ['100000', 1, '2000.00', '2000.00', []],
      ['100000.01', 1, '2000.0002', '2000.00', []],
      ['299999.99', 1, '5999.9998', '6000.00', []],
      ['300000', 2, '10500.000', '10500.00', []],
      ['300000.01', 2, '10500.00035', '10500.00', []],
      ['499999.99', 2, '17499.99965', '17500.00', []],
      ['500000', 3, '33000.00', '33000.00', []],
      ['500000.01', 3, '33000.0005', '33000.00', []],
    ])(
      '%s reaches tier %i, exact %s, rebate %s',
      (net, tier, exact, rebate, reasons) => {
        const row = onlyRow(retro, [sale({ netAmount: net })]);

        expect(row).toMatchObject({
          measure: net,
          tier,
          exact,
          rebate,
          reasons,
        });
      },
    );
  });

  describe('when a return takes the period back below a threshold', () => {
    it('prices the whole base at the lower tier', () => {
      const row = onlyRow(retro, [
        sale({ netAmount: '310000.00', quantity: '31' }),
        sale({
          netAmount: '-20000.00',
          quantity: '-2',
          invoiceDate: '2027-04-01',
        }),
      ]);

      expect(row).toMatchObject({
        measure: '290000.00',
        tier: 1,
        rebate: '5800.00',
      });
    });
  });

  describe('when returns make the measure negative', () => {
    it('reaches no tier and says the measure is not positive', () => {
      const row = onlyRow(retro, [
        sale({ netAmount: '-5000', quantity: '-5' }),
      ]);

      expect(row).toMatchObject({
        measure: '-5000',
        tier: 0,
        exact: '0',
        rebate: '0.00',
        reasons: ['non_positive_measure'],
        next: {
          tier: 1,
          from: '100000',
          gap: '105000',
          gap_amount: '105000.00',
        },
      });
    });
  });

  describe('when the measure is positive but the base is negative', () => {
    it('rounds to 0 and says so', () => {
      const byQuantity = program({
        measure: 'quantity',
        base: 'net_amount',
        tiers: [{ from: '1', rate: '10%' }],
      });

      const row = onlyRow(byQuantity, [
        sale({ quantity: '10', netAmount: '1000' }),
        sale({ quantity: '0', netAmount: '-3000' }),
      ]);

      expect(row).toMatchObject({
        measure: '10',
        base: '-2000',
        tier: 1,
        exact: '-200.00',
        rebate: '0.00',
        reasons: ['negative_base'],
      });
    });
  });

  describe('when a tier pays per unit and a lump sum', () => {
    it('adds base × rate, quantity × per_unit and the amount', () => {
      const mixed = program({
        tiers: [{ from: '100', rate: '1%', per_unit: '0.5', amount: '20' }],
      });

      const row = onlyRow(mixed, [
        sale({ quantity: '15', netAmount: '1000.00' }),
      ]);

      expect(row).toMatchObject({ exact: '37.5000', rebate: '37.50' });
    });
  });

  describe('when decimal sums would be inexact as binary floats', () => {
    it('reaches a tier at exactly 0.7 + 0.1', () => {
      const small = program({ tiers: [{ from: '0.8', rate: '10%' }] });

      const row = onlyRow(small, [
        sale({ netAmount: '0.70' }),
        sale({ netAmount: '0.10' }),
      ]);

      expect(row).toMatchObject({ measure: '0.80', tier: 1, exact: '0.0800' });
    });
  });

  describe('when the exact entitlement ends in a half fen', () => {
    it.each([
      ['half_up', '1.01'],
      ['half_even', '1.00'],
    ])('rounds 1.0050 %s to %s', (mode, rebate) => {
      const rounded = program({
        tiers: [{ from: '100', rate: '1%' }],
        rounding: { scale: 2, mode },
      });

      const row = onlyRow(rounded, [sale({ netAmount: '100.50' })]);

      expect(row).toMatchObject({ exact: '1.0050', rebate });
    });
  });

  describe('when a quarter has no lines', () => {
    it('still gets a row with a zero measure', () => {
      const quarterly = program({
        period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
        tiers: [{ from: '100', rate: '1%' }],
      });

      const result = rows(quarterly, [sale({ netAmount: '500' })]);

      expect(
        result.map((row) => [row.period.start, row.measure, row.reasons]),
      ).toEqual([
        ['2027-01-01', '500', []],
        ['2027-04-01', '0', ['non_positive_measure']],
        ['2027-07-01', '0', ['non_positive_measure']],
        ['2027-10-01', '0', ['non_positive_measure']],
      ]);
    });
  });
});
