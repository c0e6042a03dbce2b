import { describe, expect, it } from 'vitest';
import { validateTargets, type Target } from '../src/index.js';
import { onlyRow, program, rows, sale } from './support/build.js';

const QUARTERS = { start: '2027-01-01', end: '2027-06-30', settle: 'quarter' };

function target(periodStart: string, amount: string, code = 'TEST'): Target {
  return { program: code, customerCode: 'C001', periodStart, target: amount };
}

describe('targets (rule 4)', () => {
  const achievement = program({
    measure: 'target_pct',
    period: QUARTERS,
    tiers: [
      { from: '90', rate: '1%' },
      { from: '100', rate: '2%' },
    ],
  });

  describe('when the customer has no target for the period', () => {
    it('has no measure and says no_target', () => {
      const [row] = rows(achievement, [sale({ netAmount: '95000' })], {
        asOf: '2027-03-31',
      });

      expect(row).toMatchObject({
        measure: null,
        base: '95000',
        target: null,
        target_pct: null,
        reasons: ['no_target'],
        next: null,
      });
    });
  });

  describe('when the target is not positive', () => {
    it('says no_target', () => {
      const [row] = rows(achievement, [sale({ netAmount: '95000' })], {
        asOf: '2027-03-31',
        targets: [target('2027-01-01', '0')],
      });

      expect(row?.reasons).toEqual(['no_target']);
    });
  });

  describe('when accumulating cumulatively', () => {
    it('measures against the sum of the targets so far', () => {
      const cumulative = program({
        measure: 'target_pct',
        period: { ...QUARTERS, accumulate: 'cumulative' },
        tiers: [{ from: '100', rate: '1%' }],
      });

      const result = rows(
        cumulative,
        [
          sale({ netAmount: '50000', invoiceDate: '2027-02-01' }),
          sale({ netAmount: '160000', invoiceDate: '2027-05-01' }),
        ],
        {
          targets: [
            target('2027-01-01', '100000'),
            target('2027-04-01', '100000'),
          ],
        },
      );

      expect(
        result.map((row) => [row.target, row.target_pct, row.rebate]),
      ).toEqual([
        ['100000', '50.0000', '0.00'],
        ['200000', '105.0000', '2100.00'],
      ]);
    });
  });

  describe('when the base is the part above target', () => {
    it('rebates only the excess and prices the next tier on it', () => {
      const excess = program({
        measure: 'target_pct',
        base: 'target_excess',
        period: QUARTERS,
        tiers: [
          { from: '100', rate: '5%' },
          { from: '120', rate: '10%' },
        ],
      });

      const row = onlyRow(excess, [sale({ netAmount: '110000' })], {
        asOf: '2027-03-31',
        targets: [target('2027-01-01', '100000')],
      });

      expect(row).toMatchObject({
        base: '10000',
        rebate: '500.00',
        next: {
          tier: 2,
          gap: '10.0000',
          gap_amount: '10000.00',
          rebate: '2000.00',
        },
      });
    });
  });
});

describe('validateTargets', () => {
  const quarterly = program({ period: QUARTERS });

  describe('when every target starts a period of its program', () => {
    it('reports nothing', () => {
      expect(
        validateTargets(
          [quarterly],
          [target('2027-01-01', '1'), target('2027-04-01', '2')],
        ),
      ).toEqual([]);
    });
  });

  describe('when targets cannot be used', () => {
    it('reports each with its index and reason', () => {
      const problems = validateTargets(
        [quarterly],
        [
          target('2027-02-01', '100'),
          target('2027-01-01', '100', 'NOPE'),
          target('2027-01-01', '1.005'),
          target('2027-01-01', '100'),
        ],
      );

      expect(problems.map((problem) => problem.index)).toEqual([0, 1, 2, 3]);
      expect(problems[0]?.reason).toContain('starts no period of TEST');
      expect(problems[1]?.reason).toBe('no program has code NOPE');
      expect(problems[3]?.reason).toBe(
        'an earlier row already sets this target',
      );
    });
  });
});
