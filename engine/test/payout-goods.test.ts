import { describe, expect, it } from 'vitest';
import { Dec, planGoods, type GoodsPick } from '../src/index.js';

function pick(sku: string, listPrice: string, quantity?: string): GoodsPick {
  return {
    sku,
    listPrice: Dec.of(listPrice),
    quantity: quantity === undefined ? null : Dec.of(quantity),
  };
}

function plan(amount: string, picks: GoodsPick[]) {
  const result = planGoods(Dec.of(amount), picks);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));

  return {
    lines: result.plan.lines.map((line) => [
      line.sku,
      line.quantity.toString(),
      line.value.toString(),
      line.quantitySource,
    ]),
    goodsValue: result.plan.goodsValue.toString(),
    remainder: result.plan.remainder.toString(),
  };
}

describe('planGoods', () => {
  describe('when the quantity is filled in at list price', () => {
    it.each([
      ['299.99', '0', '0.00', '299.99'],
      ['300.00', '1', '300.00', '0.00'],
      ['300.01', '1', '300.00', '0.01'],
      ['599.99', '1', '300.00', '299.99'],
      ['600.00', '2', '600.00', '0.00'],
    ])(
      '%s buys %s units worth %s, %s left over',
      (amount, quantity, value, remainder) => {
        expect(plan(amount, [pick('SKU-1', '300')])).toEqual({
          lines: [['SKU-1', quantity, value, 'filled']],
          goodsValue: value,
          remainder,
        });
      },
    );
  });

  describe('when the list price has fractions of a fen', () => {
    it('never spends more than the amount', () => {
      // 3 × 0.3333 = 0.9999, which rounds to 1.00 and still fits.
      expect(plan('1.00', [pick('SKU-1', '0.3333')])).toEqual({
        lines: [['SKU-1', '3', '1.00', 'filled']],
        goodsValue: '1.00',
        remainder: '0.00',
      });
    });
  });

  describe('when quantities are given for some lines', () => {
    it('prices them first and fills the others with what is left', () => {
      expect(
        plan('1000.00', [pick('A', '120', undefined), pick('B', '250.5', '2')]),
      ).toEqual({
        lines: [
          ['A', '4', '480.00', 'filled'],
          ['B', '2', '501.00', 'given'],
        ],
        goodsValue: '981.00',
        remainder: '19.00',
      });
    });
  });

  describe('when the given quantities are worth more than the amount', () => {
    it('refuses the plan and says by how much', () => {
      const result = planGoods(Dec.of('500.00'), [pick('B', '250.5', '2')]);

      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems[0]).toMatchObject({
        reason: 'goods_exceed_amount',
      });
    });
  });

  describe('when a pick has no list price or a broken quantity', () => {
    it('lists every problem with its line', () => {
      const result = planGoods(Dec.of('500.00'), [
        pick('A', '0'),
        pick('B', '10', '1.5'),
        pick('C', '10', '-1'),
      ]);

      expect(!result.ok && result.problems).toEqual([
        { reason: 'no_list_price', sku: 'A', index: 0 },
        { reason: 'quantity_not_whole', sku: 'B', index: 1 },
        { reason: 'quantity_not_whole', sku: 'C', index: 2 },
      ]);
    });
  });
});
