import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditNow } from '../../src/audit/append-audit.js';
import { verifyAudit } from '../../src/audit/verify-audit.js';
import type { Store } from '../../src/db/database.js';
import { runCli, type CliResult } from './support/run-cli.js';
import { createClosedTestStore, storeKind } from './support/test-store.js';

// The guard can be switched off only by the table's owner; this test does
// so, as an attacker with the owner's password would, and checks that
// `tierline audit verify` still names what was done.
describe(`tierline audit verify (${storeKind})`, () => {
  let test: Awaited<ReturnType<typeof createClosedTestStore>>;
  let headBefore = '';

  beforeAll(async () => {
    test = await createClosedTestStore();
    const store = await test.reopen();
    try {
      for (let index = 1; index <= 5; index++) {
        await appendAuditNow(
          store,
          { actor: 'approver1' },
          {
            action: 'settlement.approve',
            entity: 'settlement',
            entityId: index,
            after: { rebateAmount: `${index}000.00` },
          },
        );
      }
    } finally {
      await store.close();
    }
  });

  afterAll(async () => {
    await test.dispose();
  });

  describe('when the chain is intact', () => {
    it('finds no problem and reports the head', async () => {
      const store = await test.reopen();
      const result = await verifyAudit(store).finally(() => store.close());

      expect(result.ok).toBe(true);
      expect(result.head?.seq).toBe(5);
      headBefore = `${result.head?.seq} ${result.head?.hash}`;
    });
  });

  describe('when the owner bypasses the guard, changes row 2 and deletes the last row', () => {
    let result: CliResult;

    beforeAll(async () => {
      await tamper(await test.reopen());
      result = await runCli(['audit', 'verify'], test.env);
    });

    it('exits 1', () => {
      expect(result.code).toBe(1);
    });

    it('names the changed record first', () => {
      expect(result.stdout).toContain(
        'first: record #2 was altered: its content does not match its hash',
      );
    });

    it('names the deleted last record', () => {
      expect(result.stdout).toContain('record #5 is missing');
    });

    it('prints the head it found and the head the database recorded', () => {
      expect(result.stdout).toMatch(/^head: #4 [0-9a-f]{64}$/m);
      expect(result.stdout).toContain(`recorded head: #${headBefore}`);
    });

    it('catches a cut-off tail against a head held elsewhere', async () => {
      const [seq, hash] = headBefore.split(' ');
      const held = await runCli(
        ['audit', 'verify', '--json', '--expect-head', `${seq}:${hash}`],
        test.env,
      );

      const parsed = JSON.parse(held.stdout) as { problems: unknown[] };
      expect(held.code).toBe(1);
      expect(parsed.problems).toContainEqual({
        kind: 'missing',
        fromSeq: 5,
        toSeq: 5,
      });
    });
  });
});

async function tamper(store: Store): Promise<void> {
  try {
    await store.transaction(async (connection) => {
      await connection.query('set local session_replication_role = replica');
      await connection.query(
        `update audit_log set after = '{"rebateAmount": "99000.00"}'
         where seq = 2`,
      );
      await connection.query('delete from audit_log where seq = 5');
    });
  } finally {
    await store.close();
  }
}
