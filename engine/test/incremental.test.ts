import { describe, expect, it } from 'vitest';
import { onlyRow, program, run, sale } from './support/build.js';

const bands = program({
  method: 'incremental',
  tiers: [
    { from: '0', rate: '1%' },
    { from: '200000', rate: '2%' },
    { from: '500000', rate: '3%', amount: '1000' },
  ],
});

describe('incremental bands (rule 8)', () => {
  describe('when net sales sit on and around each band edge', () => {
    it.each([
      ['199999.99', 1, '1999.9999', '2000.00'],
      ['200000', 2, '2000.00', '2000.00'],
      ['200000.01', 2, '2000.0002', '2000.00'],
      ['499999.99', 2, '7999.9998', '8000.00'],
      ['500000', 3, '9000.00', '9000.00'],
      ['500000.01', 3, '9000.0003', '9000.00'],
    ])(
      '%s reaches tier %i, exact %s, rebate %s',
      (net, tier, exact, rebate) => {
        const row = onlyRow(bands, [sale({ netAmount: net })]);

        expect(row).toMatchObject({ tier, exact, rebate, reasons: [] });
      },
    );
  });

  describe('when the measure reaches the top band', () => {
    it('explains each band part and amount', () => {
      const [result] = run(bands, [sale({ netAmount: '550000.00' })]).results;

      expect(result?.explanation.bands).toEqual([
        { tier: 1, from: '0', to: '200000', part: '200000' },
        { tier: 2, from: '200000', to: '500000', part: '300000' },
        { tier: 3, from: '500000', to: null, part: '50000.00' },
      ]);
      expect(result?.explanation.parts.map((part) => part.amount)).toEqual([
        '2000.00',
        '6000.00',
        '1500.0000',
        '1000',
      ]);
      expect(result?.rebate).toBe('10500.00');
    });
  });

  describe('when every tier carries a lump sum', () => {
    it('pays the lump sum of every tier reached', () => {
      const lumps = program({
        method: 'incremental',
        tiers: [
          { from: '0', rate: '1%', amount: '500' },
          { from: '200000', rate: '2%', amount: '1000' },
          { from: '400000', rate: '3%', amount: '3000' },
        ],
      });

      const row = onlyRow(lumps, [sale({ netAmount: '200000' })]);

      expect(row).toMatchObject({ tier: 2, exact: '3500.00' });
    });
  });

  describe('when the measure is a quantity priced per unit', () => {
    const perUnit = program({
      measure: 'quantity',
      method: 'incremental',
      tiers: [
        { from: '1', per_unit: '1' },
        { from: '51', per_unit: '2' },
      ],
    });

    it.each([
      ['50', 1, '49'],
      ['51', 2, '50'],
      ['52', 2, '52'],
      ['100', 2, '148'],
    ])('%s units reach tier %i and earn %s', (quantity, tier, exact) => {
      const row = onlyRow(perUnit, [sale({ quantity })]);

      expect(row).toMatchObject({ measure: quantity, tier, exact });
    });

    it('refuses products of more than one unit', () => {
      const row = onlyRow(perUnit, [
        sale({ sku: 'P1', quantity: '30' }),
        sale({ sku: 'P3', quantity: '30' }),
      ]);

      expect(row).toMatchObject({
        measure: '60',
        tier: 0,
        rebate: '0.00',
        reasons: ['mixed_units'],
        next: null,
      });
    });
  });
});
