import { describe, expect, it } from 'vitest';
import { todayIn } from '../../../src/calculation/as-of-date.js';

// 2027-01-01 17:30 UTC is already 2 January in Shanghai (UTC+8).
const EVENING_UTC = new Date(Date.UTC(2027, 0, 1, 17, 30));

describe('todayIn', () => {
  describe('when the business zone is ahead of UTC', () => {
    it('gives the date in that zone, not the machine’s', () => {
      expect(todayIn('Asia/Shanghai', EVENING_UTC)).toBe('2027-01-02');
      expect(todayIn('UTC', EVENING_UTC)).toBe('2027-01-01');
      expect(todayIn('America/Los_Angeles', EVENING_UTC)).toBe('2027-01-01');
    });
  });

  describe('when the zone is not a zone', () => {
    it('throws', () => {
      expect(() => todayIn('Mars/Olympus', EVENING_UTC)).toThrow(RangeError);
    });
  });
});
