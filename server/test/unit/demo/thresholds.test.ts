import { describe, expect, it } from 'vitest';
import {
  roundThresholdYuan,
  sizeThresholds,
} from '../../../src/demo/thresholds.js';

describe('demo tier thresholds', () => {
  describe('when a figure is rounded for a program file', () => {
    it.each([
      [123_456_789, 1_200_000], // 1,234,567.89 yuan
      [99_999, 990],
      [5_000, 50],
      [0, 1],
    ])('turns %i fen into %i yuan', (fen, yuan) => {
      expect(roundThresholdYuan(fen)).toBe(yuan);
    });
  });

  describe('when sized from last year’s figures', () => {
    const figuresFen = Array.from(
      { length: 100 },
      (_, index) => (index + 1) * 1_000_000,
    );

    it('puts each threshold at its share of the customers', () => {
      expect(sizeThresholds(figuresFen, [0.5, 0.9], [1, 2])).toEqual([
        '500000',
        '900000',
      ]);
    });

    it('keeps thresholds rising when figures bunch together', () => {
      const bunched = Array.from({ length: 10 }, () => 50_000_000);

      expect(sizeThresholds(bunched, [0.3, 0.6, 0.9], [1, 2, 3])).toEqual([
        '500000',
        '510000',
        '520000',
      ]);
    });

    it('falls back to fixed thresholds without figures', () => {
      expect(sizeThresholds([0, -5], [0.5, 0.9], [100, 200])).toEqual([
        '100',
        '200',
      ]);
    });
  });
});
