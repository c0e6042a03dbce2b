import { describe, expect, it } from 'vitest';
import {
  tierCurve,
  type TierCurveInput,
} from '../../src/features/programs/chart/tier-curve';

const tiers = (...rows: [string, string | null, string | null][]) =>
  rows.map(([from, ratePct, amount]) => ({
    from,
    ratePct,
    perUnit: null,
    amount,
  }));

const retroactive: TierCurveInput = {
  method: 'retroactive',
  unit: 'money',
  tiers: tiers(
    ['1000', '2', null],
    ['3000', '3.5', null],
    ['5000', '5', '200'],
  ),
  capPerPeriod: null,
  rounding: { scale: 2, mode: 'half_up' },
};

function valueAt(input: TierCurveInput, measure: string): string | undefined {
  return tierCurve(input)?.points.find((point) => point.measure === measure)
    ?.value;
}

describe('tierCurve', () => {
  describe('when the tiers are retroactive', () => {
    it.each([
      ['0', '0'],
      ['999.99', '0'],
      ['1000', '20'],
      ['2999.99', '60'],
      ['3000', '105'],
      ['4999.99', '175'],
      ['5000', '450'],
    ])('gives at %s a rebate of %s', (measure, rebate) => {
      expect(valueAt(retroactive, measure)).toBe(rebate);
    });

    it('lists the cliff at every threshold', () => {
      expect(tierCurve(retroactive)?.cliffs).toEqual([
        { from: '1000', below: '0', at: '20' },
        { from: '3000', below: '60', at: '105' },
        { from: '5000', below: '175', at: '450' },
      ]);
    });
  });

  describe('when the tiers are incremental', () => {
    const incremental: TierCurveInput = {
      ...retroactive,
      method: 'incremental',
      tiers: tiers(['1000', '1', null], ['2000', '2', null]),
    };

    it('pays each band at its own rate', () => {
      expect(valueAt(incremental, '2000')).toBe('10');
      expect(valueAt(incremental, '2250')).toBe('15');
    });

    it('has no cliff', () => {
      expect(tierCurve(incremental)?.cliffs).toEqual([]);
    });
  });

  describe('when a rebate lies on half a fen', () => {
    const onHalf: TierCurveInput = {
      ...retroactive,
      tiers: tiers(['1000.5', '1', null]),
    };

    it('rounds half up by default', () => {
      expect(valueAt(onHalf, '1000.5')).toBe('10.01');
    });

    it('rounds half even when the program says so', () => {
      const even = {
        ...onHalf,
        rounding: { scale: 2, mode: 'half_even' as const },
      };
      expect(valueAt(even, '1000.5')).toBe('10');
    });
  });

  describe('when a cap per period is set', () => {
    it('never goes above it', () => {
      const capped = { ...retroactive, capPerPeriod: '100' };
      expect(valueAt(capped, '5000')).toBe('100');
    });
  });

  describe('when the measure is a percentage', () => {
    it('plots the rate reached', () => {
      const growth = { ...retroactive, unit: 'percent' as const };
      expect(tierCurve(growth)?.plots).toBe('rate');
      expect(valueAt(growth, '3000')).toBe('3.5');
    });
  });

  describe('when the thresholds do not rise', () => {
    it('gives no curve', () => {
      const falling = {
        ...retroactive,
        tiers: tiers(['3000', '2', null], ['1000', '3', null]),
      };
      expect(tierCurve(falling)).toBeNull();
    });
  });
});
