import { describe, expect, it } from 'vitest';
import type { DashboardProgram } from '../../src/api/types';
import { budgetUseOf } from '../../src/features/dashboard/budget-use';

const program = (
  code: string,
  budget: string | null,
  projected: string,
): DashboardProgram => ({
  code,
  name: code,
  status: 'active',
  budget,
  accrued: '0',
  projected,
  budgetUsedPct: null,
});

describe('budgetUseOf', () => {
  describe('when some programs have a budget', () => {
    it('divides their projected rebates by their budgets only', () => {
      const use = budgetUseOf([
        program('A', '1000.00', '250.00'),
        program('B', null, '9999.00'),
        program('C', '3000.00', '750.10'),
      ]);
      expect(use).toEqual({
        budget: '4000.00',
        projected: '1000.10',
        usedPct: '25.00',
      });
    });

    it('rounds the share half up at 2 decimals, exactly', () => {
      // 0.1 + 0.2 of 0.6 is 50 % exactly; a float would not say so.
      const use = budgetUseOf([
        program('A', '0.30', '0.10'),
        program('B', '0.30', '0.20'),
      ]);
      expect(use?.usedPct).toBe('50.00');
      expect(budgetUseOf([program('A', '3', '1')])?.usedPct).toBe('33.33');
      expect(budgetUseOf([program('A', '8', '0.0004')])?.usedPct).toBe('0.01');
    });
  });

  describe('when no program has a budget, or the budgets are 0', () => {
    it('has no share to show', () => {
      expect(budgetUseOf([program('A', null, '10')])).toBeNull();
      expect(budgetUseOf([program('A', '0', '10')])).toBeNull();
      expect(budgetUseOf([])).toBeNull();
    });
  });
});
