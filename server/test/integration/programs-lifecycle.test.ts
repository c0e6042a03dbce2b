import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  yamlOf,
} from './support/programs.js';
import { storeKind } from './support/test-store.js';

// DESIGN §5: draft → submitted → approved (by someone else) → active →
// closed, through the API with real sessions.
describe(`the program lifecycle (${storeKind})`, () => {
  let t: AuthTestApp;
  let manager: TestSession;
  let approver: TestSession;
  let admin: TestSession;

  const getProgram = async (code: string) =>
    expectStatus(
      await t.app.inject({
        url: `/api/programs/${code}`,
        headers: manager.headers,
      }),
      200,
    ).json();

  beforeAll(async () => {
    t = await createAuthTestApp();
    manager = await loginAs(t.app, 'manager');
    approver = await loginAs(t.app, 'approver');
    admin = await loginAs(t.app, 'admin');
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when a program manager imports a program file', () => {
    it('stores a draft program whose version 1 starts with its term', async () => {
      const reply = await importProgram(t.app, manager, {
        yaml: yamlOf(programDocument('LIFE-1')),
      });

      expect(reply.statusCode).toBe(201);
      expect(reply.json()).toMatchObject({
        view: 'full',
        code: 'LIFE-1',
        name: 'LIFE-1 季度返利',
        status: 'draft',
        createdBy: 'manager',
        versions: [
          {
            version: 1,
            status: 'draft',
            effectiveFrom: '2027-01-01',
            author: 'manager',
          },
        ],
      });
    });

    it('refuses a second program with the same code', async () => {
      const reply = await importProgram(t.app, manager, {
        json: programDocument('LIFE-1'),
      });

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('program_exists');
    });
  });

  describe('when the draft is edited', () => {
    it('takes the new file from its author', async () => {
      const renamed = programDocument('LIFE-1', { name: '改名后的政策' });
      const reply = await editVersion(t.app, manager, 'LIFE-1', 1, {
        json: renamed,
      });

      expect(reply.statusCode).toBe(200);
      expect(reply.json().name).toBe('改名后的政策');
    });

    it('refuses anyone else, even an admin', async () => {
      const reply = await editVersion(t.app, admin, 'LIFE-1', 1, {
        json: programDocument('LIFE-1'),
      });

      expect(reply.statusCode).toBe(403);
      expect(reply.json().error.code).toBe('not_version_author');
    });

    it('refuses a file of another program', async () => {
      const reply = await editVersion(t.app, manager, 'LIFE-1', 1, {
        json: programDocument('OTHER'),
      });

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error.code).toBe('program_code_mismatch');
    });
  });

  describe('when the author submits the draft', () => {
    it('marks the version and the program submitted', async () => {
      const reply = await versionStep(t.app, manager, 'LIFE-1', 1, 'submit');

      expect(reply.statusCode).toBe(200);
      expect(reply.json()).toMatchObject({
        status: 'submitted',
        versions: [{ version: 1, status: 'submitted', submittedBy: 'manager' }],
      });
    });

    it('refuses to submit it twice', async () => {
      const reply = await versionStep(t.app, manager, 'LIFE-1', 1, 'submit');

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('program_version_not_draft');
    });

    it('no longer lets its author edit it', async () => {
      const reply = await editVersion(t.app, manager, 'LIFE-1', 1, {
        json: programDocument('LIFE-1'),
      });

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('program_version_not_editable');
    });

    it('does not let a program manager approve it', async () => {
      const reply = await versionStep(t.app, manager, 'LIFE-1', 1, 'approve');

      expect(reply.statusCode).toBe(403);
      expect(reply.json().error.code).toBe('forbidden');
    });
  });

  describe('when someone approves their own work', () => {
    it('refuses the author with own_work', async () => {
      expectStatus(
        await importProgram(t.app, admin, { json: programDocument('SELF-1') }),
        201,
      );
      expectStatus(await versionStep(t.app, admin, 'SELF-1', 1, 'submit'), 200);
      const reply = await versionStep(t.app, admin, 'SELF-1', 1, 'approve');

      expect(reply.statusCode).toBe(403);
      expect(reply.json().error.code).toBe('own_work');
      expect((await getProgram('SELF-1')).status).toBe('submitted');
    });

    it('refuses the submitter of another author’s draft with own_work', async () => {
      expectStatus(
        await importProgram(t.app, manager, {
          json: programDocument('SELF-2'),
        }),
        201,
      );
      expectStatus(await versionStep(t.app, admin, 'SELF-2', 1, 'submit'), 200);
      const reply = await versionStep(t.app, admin, 'SELF-2', 1, 'approve');

      expect(reply.statusCode).toBe(403);
      expect(reply.json().error.code).toBe('own_work');
    });
  });

  describe('when an approver approves the submitted version', () => {
    it('approves the version and the program', async () => {
      const reply = await versionStep(t.app, approver, 'LIFE-1', 1, 'approve');

      expect(reply.statusCode).toBe(200);
      expect(reply.json()).toMatchObject({
        status: 'approved',
        versions: [{ version: 1, status: 'approved', approvedBy: 'approver' }],
      });
    });

    it('never edits the approved version in place', async () => {
      const reply = await editVersion(t.app, manager, 'LIFE-1', 1, {
        json: programDocument('LIFE-1', { name: '偷偷修改' }),
      });
      const stored = await t.app.inject({
        url: '/api/programs/LIFE-1/versions/1',
        headers: manager.headers,
      });

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('program_version_not_editable');
      expect(stored.json().definition.name).toBe('改名后的政策');
    });

    it('refuses to close a program that is not active', async () => {
      const reply = await programStep(t.app, approver, 'LIFE-1', 'close');

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('program_not_active');
    });
  });

  describe('when the approver activates and later closes it', () => {
    it('is active, then closed with who did it', async () => {
      const activated = await programStep(
        t.app,
        approver,
        'LIFE-1',
        'activate',
      );
      const closed = await programStep(
        t.app,
        approver,
        'LIFE-1',
        'close',
        'replaced by the 2028 program',
      );

      expect(activated.json()).toMatchObject({
        status: 'active',
        activatedBy: 'approver',
      });
      expect(closed.json()).toMatchObject({
        status: 'closed',
        closedBy: 'approver',
      });
    });

    it('refuses a new version of the closed program', async () => {
      const reply = await draftVersion(
        t.app,
        manager,
        'LIFE-1',
        { json: programDocument('LIFE-1') },
        '2027-10-01',
      );

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('program_closed');
    });
  });

  describe('when an approver rejects a submitted version', () => {
    it('needs a reason', async () => {
      expectStatus(
        await importProgram(t.app, manager, { json: programDocument('REJ-1') }),
        201,
      );
      expectStatus(
        await versionStep(t.app, manager, 'REJ-1', 1, 'submit'),
        200,
      );
      const reply = await versionStep(t.app, approver, 'REJ-1', 1, 'reject');

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error.code).toBe('validation_failed');
    });

    it('keeps the version as rejected with the reason; the program is a draft again', async () => {
      const reply = await versionStep(
        t.app,
        approver,
        'REJ-1',
        1,
        'reject',
        '阶梯过低',
      );

      expect(reply.statusCode).toBe(200);
      expect(reply.json()).toMatchObject({
        status: 'draft',
        versions: [
          {
            version: 1,
            status: 'rejected',
            rejectedBy: 'approver',
            rejectionReason: '阶梯过低',
          },
        ],
      });
    });

    it('takes the change back as version 2, from the start of the term', async () => {
      const reply = await draftVersion(t.app, manager, 'REJ-1', {
        json: programDocument('REJ-1', {
          tiers: [{ from: '100000', rate: '1.5%' }],
        }),
      });

      expect(reply.statusCode).toBe(201);
      expect(reply.json().versions[1]).toMatchObject({
        version: 2,
        status: 'draft',
        effectiveFrom: '2027-01-01',
      });
    });
  });
  describe('when the programs are listed', () => {
    it('gives them by code, with the filters applied', async () => {
      const all = await t.app.inject({
        url: '/api/programs',
        headers: approver.headers,
      });
      const submitted = await t.app.inject({
        url: '/api/programs?status=submitted&q=self',
        headers: approver.headers,
      });

      expect(all.json()).toMatchObject({
        total: 4,
        items: [
          { code: 'LIFE-1', status: 'closed', latestVersion: 1 },
          { code: 'REJ-1', status: 'draft', latestVersion: 2 },
          { code: 'SELF-1', status: 'submitted' },
          { code: 'SELF-2', status: 'submitted' },
        ],
      });
      expect(submitted.json()).toMatchObject({
        total: 2,
        items: [{ code: 'SELF-1' }, { code: 'SELF-2' }],
      });
    });
  });
});
