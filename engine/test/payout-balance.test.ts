import { describe, expect, it } from 'vitest';
import {
  Dec,
  creditValidUntil,
  drawOnBalance,
  type BalanceCredit,
  type BalanceRules,
} from '../src/index.js';

const noRules: BalanceRules = { minOrderAmount: null, maxOrderSharePct: null };
const eastRules: BalanceRules = {
  minOrderAmount: Dec.of('5000'),
  maxOrderSharePct: Dec.of('30'),
};

function credit(
  id: number,
  remaining: string,
  validUntil: string | null,
  rules: BalanceRules = noRules,
  programCode = 'EAST',
): BalanceCredit {
  return {
    id,
    programCode,
    remaining: Dec.of(remaining),
    validFrom: '2027-01-01',
    validUntil,
    rules,
  };
}

function draw(
  credits: BalanceCredit[],
  orderAmount: string,
  orderDate: string,
) {
  const result = drawOnBalance(credits, {
    orderAmount: Dec.of(orderAmount),
    orderDate,
  });

  return {
    drawn: result.drawn.toString(),
    draws: result.draws.map((d) => [d.creditId, d.amount.toString()]),
    rules: result.programs.map((p) => [p.programCode, p.rule]),
    expired: result.expired.map((e) => [e.creditId, e.amount.toString()]),
    balanceAfter: result.balanceAfter.toString(),
  };
}

describe('creditValidUntil', () => {
  describe('when the program gives credit 365 days', () => {
    it('is usable through the 365th day counted from the release', () => {
      expect(creditValidUntil('2027-01-01', 365)).toBe('2027-12-31');
      expect(creditValidUntil('2028-03-01', 1)).toBe('2028-03-01');
    });
  });

  describe('when the program names no validity', () => {
    it('never expires', () => {
      expect(creditValidUntil('2027-01-01', null)).toBeNull();
    });
  });
});

describe('drawOnBalance', () => {
  describe('when the order sits around the minimum order amount', () => {
    it.each([
      ['4999.99', '0.00', 'min_order_amount'],
      ['5000.00', '1500.00', 'max_order_share'],
      ['5000.01', '1500.00', 'max_order_share'],
    ])('an order of %s draws %s (%s)', (amount, drawn, rule) => {
      const result = draw(
        [credit(1, '10000.00', null, eastRules)],
        amount,
        '2027-05-01',
      );

      expect(result.drawn).toBe(drawn);
      expect(result.rules).toEqual([['EAST', rule]]);
    });
  });

  describe('when the share of the order is not whole fen', () => {
    it('cuts the share down to the fen, never above 30 %', () => {
      // 5000.03 × 30 % = 1500.009
      const result = draw(
        [credit(1, '10000.00', null, eastRules)],
        '5000.03',
        '2027-05-01',
      );

      expect(result.drawn).toBe('1500.00');
    });
  });

  describe('when the balance is smaller than the share', () => {
    it('draws the balance down to zero and never below', () => {
      const result = draw(
        [credit(1, '0.30', null, eastRules)],
        '10000.00',
        '2027-05-01',
      );

      expect(result).toMatchObject({
        drawn: '0.30',
        rules: [['EAST', 'balance']],
        balanceAfter: '0.00',
      });
    });
  });

  describe('when the balance exceeds an order without rules', () => {
    it('covers the whole order', () => {
      const result = draw([credit(1, '500.00', null)], '120.10', '2027-05-01');

      expect(result).toMatchObject({
        drawn: '120.10',
        rules: [['EAST', 'order_amount']],
        balanceAfter: '379.90',
      });
    });
  });

  describe('when several credits are usable', () => {
    it('draws the one expiring first, then the older one', () => {
      const result = draw(
        [
          credit(1, '100.00', null),
          credit(2, '0.10', '2027-12-31'),
          credit(3, '0.20', '2027-06-30'),
          credit(4, '50.00', '2027-12-31'),
        ],
        '30.30',
        '2027-05-01',
      );

      expect(result.draws).toEqual([
        [3, '0.20'],
        [2, '0.10'],
        [4, '30.00'],
      ]);
      expect(result.drawn).toBe('30.30');
    });
  });

  describe('when a credit is on and past its last valid day', () => {
    it.each([
      ['2027-06-29', '10.00', []],
      ['2027-06-30', '10.00', []],
      ['2027-07-01', '0.00', [[1, '10.00']]],
    ])(
      'an order on %s draws %s and reports %j expired',
      (date, drawn, expired) => {
        const result = draw([credit(1, '10.00', '2027-06-30')], '100.00', date);

        expect(result.drawn).toBe(drawn);
        expect(result.expired).toEqual(expired);
      },
    );
  });

  describe('when credits of two programs with their own rules are usable', () => {
    it('holds each program to its own share and the whole to the order', () => {
      const result = draw(
        [
          credit(1, '1000.00', '2027-06-30', eastRules, 'EAST'),
          credit(2, '1000.00', '2027-12-31', noRules, 'KA'),
        ],
        '6000.00',
        '2027-05-01',
      );

      expect(result).toMatchObject({
        drawn: '2000.00',
        draws: [
          [1, '1000.00'],
          [2, '1000.00'],
        ],
        rules: [
          ['EAST', 'balance'],
          ['KA', 'balance'],
        ],
      });

      const capped = draw(
        [
          credit(1, '5000.00', '2027-06-30', eastRules, 'EAST'),
          credit(2, '5000.00', '2027-12-31', noRules, 'KA'),
        ],
        '6000.00',
        '2027-05-01',
      );
      expect(capped.draws).toEqual([
        [1, '1800.00'],
        [2, '4200.00'],
      ]);
      expect(capped.rules).toEqual([
        ['EAST', 'max_order_share'],
        ['KA', 'order_amount'],
      ]);
    });
  });

  describe('when the order is dated before a credit was released', () => {
    it('leaves that credit alone', () => {
      const later = { ...credit(1, '10.00', null), validFrom: '2027-06-01' };

      expect(draw([later], '100.00', '2027-05-31').drawn).toBe('0.00');
      expect(draw([later], '100.00', '2027-06-01').drawn).toBe('10.00');
    });
  });

  describe('when the order amount is not positive', () => {
    it('draws nothing', () => {
      const result = draw([credit(1, '10.00', null)], '0.00', '2027-05-01');

      expect(result.drawn).toBe('0.00');
    });
  });
});
