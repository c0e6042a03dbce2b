import { describe, expect, it } from 'vitest';
import { program, rows, run, sale } from './support/build.js';

const QUARTERS = { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' };

function quarterSales(...amounts: string[]) {
  return amounts.map((netAmount, index) =>
    sale({
      netAmount,
      invoiceDate: `2027-${String(index * 3 + 1).padStart(2, '0')}-15`,
    }),
  );
}

describe('caps (rule 10)', () => {
  describe('when a period earns more than cap.per_period', () => {
    it('pays the cap and says so', () => {
      const capped = program({
        tiers: [{ from: '0', rate: '10%' }],
        cap: { per_period: '1000' },
      });

      const [row] = rows(capped, [sale({ netAmount: '20000' })]);

      expect(row).toMatchObject({
        exact: '2000.00',
        rebate: '1000.00',
        reasons: ['cap_per_period'],
      });
    });
  });

  describe('when the cap has more decimals than the rebate', () => {
    it('never pays more than the cap', () => {
      const capped = program({
        tiers: [{ from: '0', rate: '10%' }],
        cap: { per_period: '999.999' },
      });

      const [row] = rows(capped, [sale({ netAmount: '20000' })]);

      expect(row?.rebate).toBe('999.99');
    });
  });

  describe('when accumulating by period under cap.total', () => {
    it('gives each period at most what the earlier ones left', () => {
      const capped = program({
        period: QUARTERS,
        tiers: [{ from: '0', rate: '10%' }],
        cap: { total: '3000' },
      });

      const result = rows(capped, quarterSales('20000', '20000', '20000'));

      expect(result.map((row) => [row.rebate, row.reasons])).toEqual([
        ['2000.00', []],
        ['1000.00', ['cap_total']],
        ['0.00', ['cap_total']],
        ['0.00', ['non_positive_measure']],
      ]);
    });
  });

  describe('when accumulating cumulatively under cap.total', () => {
    it('caps the entitlement so far and claws back after returns', () => {
      const capped = program({
        period: { ...QUARTERS, accumulate: 'cumulative' },
        tiers: [{ from: '0', rate: '10%' }],
        cap: { total: '3000' },
      });

      const result = rows(capped, quarterSales('20000', '20000', '-15000'));

      expect(
        result.map((row) => [row.measure, row.rebate, row.reasons]),
      ).toEqual([
        ['20000', '2000.00', []],
        ['40000', '1000.00', ['cap_total']],
        ['25000', '-500.00', []],
        ['25000', '0.00', []],
      ]);
    });
  });

  describe('when a cap also binds at the next tier', () => {
    it('shows the capped rebate for the next tier', () => {
      const capped = program({
        tiers: [
          { from: '0', rate: '1%' },
          { from: '100000', rate: '5%' },
        ],
        cap: { per_period: '2000' },
      });

      const [row] = rows(capped, [sale({ netAmount: '50000' })]);

      expect(row?.next).toEqual({
        tier: 2,
        from: '100000',
        gap: '50000',
        gap_amount: '50000.00',
        rebate: '2000.00',
      });
    });
  });

  describe('when the caps are explained', () => {
    it('lists each cap with what it left', () => {
      const capped = program({
        tiers: [{ from: '0', rate: '10%' }],
        cap: { per_period: '1000', total: '5000' },
      });

      const [result] = run(capped, [sale({ netAmount: '20000' })]).results;

      expect(result?.explanation.caps).toEqual([
        {
          cap: 'per_period',
          limit: '1000.00',
          room: '1000.00',
          before: '2000.00',
          after: '1000.00',
          applied: true,
        },
        {
          cap: 'total',
          limit: '5000.00',
          room: '5000.00',
          before: '1000.00',
          after: '1000.00',
          applied: false,
        },
      ]);
    });
  });
});

describe('cumulative rebates (rule 11)', () => {
  describe('when a condition fails later in the term', () => {
    it('claws back everything paid so far', () => {
      const twoCategories = program({
        period: { ...QUARTERS, accumulate: 'cumulative' },
        tiers: [{ from: '100', rate: '1%' }],
        conditions: { min_categories: 2 },
      });

      const result = rows(twoCategories, [
        sale({ sku: 'P1', netAmount: '1000', invoiceDate: '2027-01-10' }),
        sale({ sku: 'P2', netAmount: '1000', invoiceDate: '2027-01-10' }),
        sale({
          sku: 'P2',
          netAmount: '-1000',
          quantity: '-1',
          invoiceDate: '2027-04-10',
        }),
      ]);

      expect(result.map((row) => [row.rebate, row.tier, row.reasons])).toEqual([
        ['20.00', 1, []],
        ['-20.00', 0, ['min_categories']],
        ['0.00', 0, ['min_categories']],
        ['0.00', 0, ['min_categories']],
      ]);
    });
  });

  describe('when the program rounds to whole yuan', () => {
    it('rounds the cumulative figure, not each difference', () => {
      const wholeYuan = program({
        period: { ...QUARTERS, accumulate: 'cumulative' },
        tiers: [{ from: '0', rate: '1%' }],
        rounding: { scale: 0, mode: 'half_up' },
      });

      const result = rows(wholeYuan, quarterSales('150', '150', '150'));

      expect(result.map((row) => [row.exact, row.rebate])).toEqual([
        ['1.50', '2'],
        ['3.00', '1'],
        ['4.50', '2'],
        ['4.50', '0'],
      ]);
    });
  });
});
