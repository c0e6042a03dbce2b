import { describe, expect, it } from 'vitest';
import {
  actions,
  grantFor,
  policyTable,
  roles,
  type PolicyEntry,
} from '../../../src/auth/policy.js';
import type { Principal } from '../../../src/auth/principal.js';
import { scopeFor } from '../../../src/auth/scope.js';
import { assertNotOwnWork } from '../../../src/auth/separation-of-duties.js';

const principal = (overrides: Partial<Principal>): Principal => ({
  kind: 'user',
  id: 1,
  name: 'someone',
  role: 'admin',
  userCode: null,
  customerId: null,
  ...overrides,
});

describe('the policy table', () => {
  describe('when read for the auditor', () => {
    it('grants every read action over all data', () => {
      const reads = actions.filter(
        (action) => policyTable[action].kind === 'read',
      );

      expect(reads.map((action) => grantFor('auditor', action))).toEqual(
        reads.map(() => 'all'),
      );
    });

    it('grants no write action', () => {
      const writes = actions.filter(
        (action) => policyTable[action].kind === 'write',
      );

      expect(writes.length).toBeGreaterThan(0);
      expect(writes.filter((action) => grantFor('auditor', action))).toEqual(
        [],
      );
    });
  });

  describe('when read for sales reps and customers', () => {
    it('grants sales reps no write action', () => {
      const writable = actions.filter(
        (action) =>
          policyTable[action].kind === 'write' && grantFor('sales_rep', action),
      );

      expect(writable).toEqual([]);
    });

    it('lets customers answer for their own customer only', () => {
      const writable = actions.filter(
        (action) =>
          policyTable[action].kind === 'write' && grantFor('customer', action),
      );

      expect(writable.sort()).toEqual([
        'agreements.accept',
        'claims.create',
        'statements.answer',
      ]);
      expect(writable.map((action) => grantFor('customer', action))).toEqual([
        'own',
        'own',
        'own',
      ]);
    });

    it('never grants them all customers', () => {
      expect(grantFor('customer', 'customers.read')).toBe('own');
      expect(grantFor('sales_rep', 'customers.read')).toBe('own');
    });
  });

  describe('when any entry is read', () => {
    it('names only known roles', () => {
      const entries: PolicyEntry[] = Object.values(policyTable);
      const named = entries.flatMap((entry) => Object.keys(entry.grants));

      expect(
        named.filter((role) => !(roles as readonly string[]).includes(role)),
      ).toEqual([]);
    });
  });
});

describe('scopeFor', () => {
  describe('when the grant is all', () => {
    it('is all data', () => {
      expect(
        scopeFor(principal({ role: 'auditor' }), 'customers.read'),
      ).toEqual({
        kind: 'all',
      });
    });
  });

  describe('when a sales rep reads customers', () => {
    it('is their customers', () => {
      const rep = principal({ role: 'sales_rep', userCode: 'R1' });

      expect(scopeFor(rep, 'customers.read')).toEqual({
        kind: 'salesRep',
        code: 'R1',
      });
    });
  });

  describe('when a customer user reads customers', () => {
    it('is its own customer', () => {
      const customer = principal({ role: 'customer', customerId: 42 });

      expect(scopeFor(customer, 'customers.read')).toEqual({
        kind: 'customer',
        customerId: 42,
      });
    });
  });

  describe('when the binding the role needs is missing', () => {
    it('is nothing', () => {
      expect(
        scopeFor(principal({ role: 'customer' }), 'customers.read'),
      ).toEqual({
        kind: 'none',
      });
      expect(
        scopeFor(principal({ role: 'sales_rep' }), 'customers.read'),
      ).toEqual({
        kind: 'none',
      });
    });
  });

  describe('when the table denies the action', () => {
    it('is nothing', () => {
      expect(
        scopeFor(principal({ role: 'customer', customerId: 1 }), 'audit.read'),
      ).toEqual({
        kind: 'none',
      });
    });
  });
});

describe('assertNotOwnWork', () => {
  describe('when the approver is the author', () => {
    it('refuses with own_work', () => {
      const approver = principal({ id: 7, role: 'approver' });

      expect(() => assertNotOwnWork(approver, 7)).toThrow(
        expect.objectContaining({ code: 'own_work', status: 403 }),
      );
    });
  });

  describe('when someone else wrote it', () => {
    it('allows it', () => {
      expect(() => assertNotOwnWork(principal({ id: 7 }), 8)).not.toThrow();
    });
  });

  describe('when an API token approves', () => {
    it('refuses: approvals are a person’s judgement', () => {
      expect(() =>
        assertNotOwnWork(principal({ kind: 'token', id: 3 }), 8),
      ).toThrow(expect.objectContaining({ code: 'own_work' }));
    });
  });
});
