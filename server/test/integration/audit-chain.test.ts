import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, appendAuditNow } from '../../src/audit/append-audit.js';
import { genesisHash } from '../../src/audit/audit-record.js';
import { listAudit } from '../../src/audit/list-audit.js';
import { verifyAudit } from '../../src/audit/verify-audit.js';
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

const context = { actor: 'tester', requestId: 'req-1', ip: '127.0.0.1' };

describe(`the audit log (${storeKind})`, () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await createTestStore();
  });

  afterAll(async () => {
    await test.dispose();
  });

  describe('when entries are appended', () => {
    it('numbers them from 1 and links each to the hash of the one before', async () => {
      const first = await appendAuditNow(test.store, context, {
        action: 'customer.update',
        entity: 'customer',
        entityId: 7,
        before: { name: '华东一号', tags: ['a'] },
        after: { tags: ['a', 'b'], name: '华东一号' },
        reason: 'moved to group 华东经销商',
      });
      const second = await appendAuditNow(test.store, context, {
        action: 'import.commit',
        entity: 'import_batch',
        entityId: 1,
        after: { rowsNew: 3, amount: '1200.50' },
      });

      expect(first.seq).toBe(1);
      expect(first.prevHash).toBe(genesisHash);
      expect(second.seq).toBe(2);
      expect(second.prevHash).toBe(first.hash);
    });

    it('verifies the chain and prints its head', async () => {
      const result = await verifyAudit(test.store);

      expect(result.ok).toBe(true);
      expect(result.problems).toEqual([]);
      expect(result.head?.seq).toBe(2);
      expect(result.recordedHead).toEqual(result.head);
    });
  });

  describe('when the writer rolls back', () => {
    it('leaves no gap: the next entry takes the same number', async () => {
      const rolledBack = test.store.transaction(async (connection) => {
        await appendAudit(connection, context, {
          action: 'user.create',
          entity: 'user',
        });
        throw new Error('the change failed');
      });
      await expect(rolledBack).rejects.toThrow('the change failed');

      const next = await appendAuditNow(test.store, context, {
        action: 'user.create',
        entity: 'user',
        entityId: 'x',
      });

      expect(next.seq).toBe(3);
      expect((await verifyAudit(test.store)).ok).toBe(true);
    });
  });

  describe('when many writers append at once', () => {
    it('appends them one at a time without forking the chain', async () => {
      await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          appendAuditNow(test.store, context, {
            action: 'parallel.write',
            entity: 'test',
            entityId: index,
          }),
        ),
      );

      const result = await verifyAudit(test.store);
      expect(result.ok).toBe(true);
      expect(result.records).toBe(15);
      expect(result.head?.seq).toBe(15);
    });
  });

  describe('when a plain UPDATE, DELETE or TRUNCATE is tried', () => {
    it.each([
      ["update audit_log set reason = 'rewritten' where seq = 1"],
      ['delete from audit_log where seq = 15'],
      ['truncate audit_log'],
      ['delete from audit_head'],
    ])('refuses %s', async (statement) => {
      await expect(
        test.store.transaction((connection) => connection.query(statement)),
      ).rejects.toThrow(/append-only|only moves forward/);
    });

    it('keeps the chain intact', async () => {
      expect((await verifyAudit(test.store)).ok).toBe(true);
    });
  });

  describe('when an entry does not follow the head', () => {
    it('is refused by the database', async () => {
      const insert = test.store.transaction((connection) =>
        connection.query(
          `insert into audit_log (seq, at, actor, action, entity, prev_hash, hash)
           values (99, now(), 'x', 'x', 'x', $1, $1)`,
          [genesisHash],
        ),
      );

      await expect(insert).rejects.toThrow(/does not follow the head/);
    });
  });

  describe('when read through listAudit', () => {
    it('filters by entity and pages newest first', async () => {
      const page = await listAudit(test.store, {
        entity: 'test',
        limit: 5,
      });
      const next = await listAudit(test.store, {
        entity: 'test',
        limit: 5,
        beforeSeq: page.entries.at(-1)?.seq,
      });

      expect(page.entries.map((entry) => entry.seq)).toEqual([
        15, 14, 13, 12, 11,
      ]);
      expect(next.entries.map((entry) => entry.seq)).toEqual([10, 9, 8, 7, 6]);
      expect(page.head.seq).toBe(15);
    });
  });
});
