import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../src/demo/prng.js';

describe('the demo PRNG', () => {
  describe('when two generators share a seed', () => {
    it('draws the same numbers', () => {
      const first = createPrng(42);
      const second = createPrng(42);
      const draws = (prng: typeof first) =>
        Array.from({ length: 5 }, () => prng.int(0, 1_000_000));

      expect(draws(first)).toEqual(draws(second));
    });
  });

  describe('when the seeds differ', () => {
    it('draws other numbers', () => {
      expect(createPrng(1).next()).not.toBe(createPrng(2).next());
    });
  });

  describe('when drawing integers', () => {
    it('stays within both bounds and reaches them', () => {
      const prng = createPrng(3);
      const seen = new Set<number>();
      for (let draw = 0; draw < 1_000; draw++) seen.add(prng.int(1, 4));

      expect([...seen].sort()).toEqual([1, 2, 3, 4]);
    });
  });
});
