import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/audit/verify-audit.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import {
  draftVersion,
  editVersion,
  expectStatus,
  importProgram,
  programDocument,
  programStep,
  versionStep,
} from './support/programs.js';
import { storeKind } from './support/test-store.js';

interface ProgramAuditRow {
  actor: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  reason: string | null;
  requestId: string | null;
}

const code = 'AUD-2027';

// DESIGN §5: every state change records who, when, what and why, in the
// transaction that makes it.
describe(`the audit trail of a program (${storeKind})`, () => {
  let t: AuthTestApp;
  let manager: TestSession;
  let approver: TestSession;
  const requestIds: string[] = [];

  const step = async (reply: Promise<LightMyRequestResponse>) => {
    const done = expectStatus(await reply, 200);
    requestIds.push(String(done.headers['x-request-id']));
  };

  const auditRows = () =>
    t.test.store.transaction((connection) =>
      connection.query<ProgramAuditRow>(
        `select actor, action, before, after, reason,
                request_id as "requestId"
           from audit_log where entity = 'program' and entity_id = $1
          order by seq`,
        [code],
      ),
    );

  beforeAll(async () => {
    t = await createAuthTestApp();
    manager = await loginAs(t.app, 'manager');
    approver = await loginAs(t.app, 'approver');

    const created = await importProgram(t.app, manager, {
      json: programDocument(code),
    });
    requestIds.push(String(expectStatus(created, 201).headers['x-request-id']));
    await step(
      editVersion(t.app, manager, code, 1, {
        json: programDocument(code, { name: '修订' }),
      }),
    );
    await step(versionStep(t.app, manager, code, 1, 'submit'));
    await step(versionStep(t.app, approver, code, 1, 'approve'));
    await step(programStep(t.app, approver, code, 'activate'));
    const drafted = await draftVersion(
      t.app,
      manager,
      code,
      { json: programDocument(code) },
      '2027-07-01',
    );
    requestIds.push(String(expectStatus(drafted, 201).headers['x-request-id']));
    await step(versionStep(t.app, manager, code, 2, 'submit'));
    await step(versionStep(t.app, approver, code, 2, 'reject', '下半年不调整'));
    await step(programStep(t.app, approver, code, 'close', '政策到期'));
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when a program goes through its lifecycle', () => {
    it('writes one record per change, naming who and what', async () => {
      const rows = await auditRows();

      expect(rows.map((row) => [row.actor, row.action])).toEqual([
        ['manager', 'program.create'],
        ['manager', 'program.version.edit'],
        ['manager', 'program.version.submit'],
        ['approver', 'program.version.approve'],
        ['approver', 'program.activate'],
        ['manager', 'program.version.create'],
        ['manager', 'program.version.submit'],
        ['approver', 'program.version.reject'],
        ['approver', 'program.close'],
      ]);
    });

    it('records the statuses before and after each change', async () => {
      const rows = await auditRows();
      const statuses = rows.map((row) => [
        row.before?.programStatus ?? null,
        row.before?.versionStatus ?? null,
        row.after.programStatus,
        row.after.versionStatus,
      ]);

      expect(statuses).toEqual([
        [null, null, 'draft', 'draft'],
        ['draft', 'draft', 'draft', 'draft'],
        ['draft', 'draft', 'submitted', 'submitted'],
        ['submitted', 'submitted', 'approved', 'approved'],
        ['approved', null, 'active', null],
        ['active', null, 'active', 'draft'],
        ['active', 'draft', 'active', 'submitted'],
        ['active', 'submitted', 'active', 'rejected'],
        ['active', null, 'closed', null],
      ]);
    });

    it('records why a version was rejected and the program closed', async () => {
      const rows = await auditRows();

      expect(rows.map((row) => row.reason)).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '下半年不调整',
        '政策到期',
      ]);
    });

    it('ties each record to the request that made the change', async () => {
      const rows = await auditRows();

      expect(rows.map((row) => row.requestId)).toEqual(requestIds);
    });

    it('keeps the hash chain intact', async () => {
      const result = await verifyAudit(t.test.store);

      expect(result.ok).toBe(true);
    });
  });

  describe('when a change is refused', () => {
    it('records nothing', async () => {
      const before = (await auditRows()).length;
      const refused = await versionStep(t.app, approver, code, 2, 'approve');

      expect(refused.statusCode).toBe(409);
      expect((await auditRows()).length).toBe(before);
    });
  });
});
