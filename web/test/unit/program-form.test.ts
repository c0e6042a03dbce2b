import { describe, expect, it } from 'vitest';
import {
  fieldOfProblem,
  fromProgramFile,
  toProgramFile,
} from '../../src/features/programs/editor/program-form';

const file = {
  format: 'tierline/program@1',
  code: 'EAST-2027',
  name: '2027 华东经销商季度返利',
  currency: 'CNY',
  period: {
    start: '2027-01-01',
    end: '2027-12-31',
    settle: 'quarter',
    accumulate: 'period',
  },
  eligibility: {
    customers: {
      include: { groups: ['华东经销商'] },
      exclude: { codes: ['C0042'] },
    },
    products: { include: { categories: ['饮料', '粮油'] } },
  },
  measure: 'net_amount',
  method: 'retroactive',
  tiers: [
    { from: '1000000', rate: '2%' },
    { from: '5000000', rate: '5%', amount: '20000' },
  ],
  conditions: { paid_within_days: 60, min_growth_pct: '5' },
  cap: { per_period: '300000' },
  rounding: { scale: 2, mode: 'half_up' },
  payout: {
    form: 'account_credit',
    balance: { valid_days: 365, max_order_share: '30%' },
  },
};

describe('the program form', () => {
  describe('when a stored file is edited and saved unchanged', () => {
    it('gives back the same file', () => {
      expect(toProgramFile(fromProgramFile(file))).toEqual(file);
    });

    it('edits percentages without their sign', () => {
      expect(fromProgramFile(file).tiers?.[0]?.rate).toBe('2');
    });
  });

  describe('when the server reports a problem', () => {
    it.each([
      ['tiers[1].from', ['tiers', 1, 'from']],
      ['tiers[1]', ['tiers', 1, 'from']],
      ['period.end', ['period', 'end']],
      [
        'eligibility.customers.include.groups[0]',
        ['eligibility', 'customers', 'include', 'groups'],
      ],
      [
        'payout.balance.max_order_share',
        ['payout', 'balance', 'max_order_share'],
      ],
    ])('puts %s at its input', (path, field) => {
      expect(fieldOfProblem(path)).toEqual(field);
    });

    it('keeps a problem of the whole file off the inputs', () => {
      expect(fieldOfProblem('')).toBeNull();
      expect(fieldOfProblem('eligibility.customers.include')).toBeNull();
    });
  });
});
