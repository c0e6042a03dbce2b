import { describe, expect, it } from 'vitest';
import { governingVersions } from '../../../src/programs/list-programs-in-force.js';
import {
  currentVersionAt,
  supersededBy,
  versionInForceAt,
  type DatedVersion,
} from '../../../src/programs/version-in-force.js';

const approved = (version: number, effectiveFrom: string): DatedVersion => ({
  version,
  status: 'approved',
  effectiveFrom,
});

const definition = (settle: string) => ({
  format: 'tierline/program@1',
  code: 'P',
  name: 'P',
  currency: 'CNY',
  period: { start: '2027-01-01', end: '2027-12-31', settle },
  measure: 'net_amount',
  tiers: [{ from: '1', rate: '1%' }],
});

describe('the version in force', () => {
  const versions = [
    approved(1, '2027-01-01'),
    approved(2, '2027-04-01'),
    { version: 3, status: 'submitted', effectiveFrom: '2027-07-01' } as const,
  ];

  describe('when asked for a day', () => {
    it.each([
      ['2026-12-31', null],
      ['2027-01-01', 1],
      ['2027-03-31', 1],
      ['2027-04-01', 2],
      ['2027-09-30', 2],
    ])('on %s is version %s; a submitted one never', (date, expected) => {
      expect(versionInForceAt(versions, date)?.version ?? null).toBe(expected);
    });
  });

  describe('when no version has taken effect yet', () => {
    it('shows the first that will', () => {
      expect(currentVersionAt(versions, '2026-06-30')?.version).toBe(1);
    });
  });

  describe('when a version is approved', () => {
    it('supersedes the approved ones taking effect on or after it', () => {
      const later = [...versions, approved(4, '2027-10-01')];
      const moot = supersededBy(later, approved(5, '2027-04-01'));

      expect(moot.map((version) => version.version)).toEqual([2, 4]);
    });
  });

  describe('when periods are handed to the calculation', () => {
    it('gives each started period the version in force at its start', () => {
      const governing = governingVersions(
        [
          { ...approved(1, '2027-01-01'), definition: definition('quarter') },
          { ...approved(2, '2027-07-01'), definition: definition('month') },
        ],
        '2027-08-15',
      );

      expect(
        governing.map((version) => ({
          version: version.version,
          starts: version.periods.map((period) => period.start),
        })),
      ).toEqual([
        { version: 1, starts: ['2027-01-01', '2027-04-01'] },
        { version: 2, starts: ['2027-07-01', '2027-08-01'] },
      ]);
    });
  });
});
