import { describe, expect, it } from 'vitest';
import {
  genesisHash,
  hashAuditRecord,
  type AuditRecord,
} from '../../../src/audit/audit-record.js';
import { canonicalJson } from '../../../src/audit/canonical-json.js';

const record: AuditRecord = {
  seq: 1,
  at: '2027-03-31T08:00:00.000Z',
  actor: 'approver1',
  action: 'settlement.approve',
  entity: 'settlement',
  entityId: '12',
  before: null,
  after: { rebateAmount: '1200.50', tiers: [1, 2] },
  reason: null,
  requestId: 'req-1',
  ip: '127.0.0.1',
  prevHash: genesisHash,
};

describe('canonicalJson', () => {
  describe('when keys come in another order', () => {
    it('writes the same text', () => {
      expect(
        canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' } }),
      ).toBe(canonicalJson({ a: { c: 'x', d: [1, { e: 3, f: 2 }] }, b: 1 }));
    });
  });

  describe('when a value is undefined', () => {
    it('leaves the key out, as JSON does', () => {
      expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    });
  });

  describe('when a number is not finite', () => {
    it('refuses it', () => {
      expect(() => canonicalJson({ amount: Number.NaN })).toThrow('finite');
    });
  });
});

describe('hashAuditRecord', () => {
  describe('when any field changes', () => {
    it.each([
      ['seq', { seq: 2 }],
      ['actor', { actor: 'approver2' }],
      ['after', { after: { rebateAmount: '1200.51', tiers: [1, 2] } }],
      ['reason', { reason: 'typo fixed' }],
      ['prevHash', { prevHash: 'f'.repeat(64) }],
    ])('gives another hash (%s)', (_field, change) => {
      expect(hashAuditRecord({ ...record, ...change })).not.toBe(
        hashAuditRecord(record),
      );
    });
  });

  describe('when only the key order of before/after differs', () => {
    it('gives the same hash', () => {
      const reordered = {
        ...record,
        after: { tiers: [1, 2], rebateAmount: '1200.50' },
      };

      expect(hashAuditRecord(reordered)).toBe(hashAuditRecord(record));
    });
  });
});
