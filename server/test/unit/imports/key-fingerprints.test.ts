import { describe, expect, it } from 'vitest';
import { KeyFingerprints } from '../../../src/imports/key-fingerprints.js';

describe('KeyFingerprints', () => {
  describe('when every key is different', () => {
    it('sees no possible repeat, across many table growths', () => {
      const keys = new KeyFingerprints();

      for (let n = 0; n < 300_000; n++) keys.add(`INV${n}\u0000${n % 3}`);

      expect(keys.mayRepeat).toBe(false);
    });
  });

  describe('when a key comes twice', () => {
    it('reports that a repeat may exist', () => {
      const keys = new KeyFingerprints();

      for (let n = 0; n < 100_000; n++) keys.add(`INV${n}`);
      keys.add('INV77777');

      expect(keys.mayRepeat).toBe(true);
    });
  });
});
