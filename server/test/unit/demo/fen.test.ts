import { describe, expect, it } from 'vitest';
import { fenToDecimal, mulDiv } from '../../../src/demo/fen.js';

describe('demo money in fen', () => {
  describe('when written as a decimal string', () => {
    it.each([
      [0, '0.00'],
      [5, '0.05'],
      [-5, '-0.05'],
      [123_456, '1234.56'],
      [-100, '-1.00'],
    ])('writes %i fen as %s', (fen, text) => {
      expect(fenToDecimal(fen)).toBe(text);
    });
  });

  describe('when multiplied and divided', () => {
    it.each([
      [10, 1, 4, 3], // 2.5 rounds away from zero
      [-10, 1, 4, -3],
      [9, 1, 4, 2],
      [3_000, 9_250, 10_000, 2_775],
    ])('mulDiv(%i, %i, %i) is %i', (value, numerator, denominator, result) => {
      expect(mulDiv(value, numerator, denominator)).toBe(result);
    });

    it('refuses a product past 2^53, where integers stop being exact', () => {
      expect(() => mulDiv(2 ** 40, 2 ** 20, 1)).toThrow(RangeError);
    });
  });
});
