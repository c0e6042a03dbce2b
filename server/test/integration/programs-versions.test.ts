import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProgramsInForce } from '../../src/programs/list-programs-in-force.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import {
  activeProgram,
  draftVersion,
  expectStatus,
  programDocument,
  versionStep,
} from './support/programs.js';
import { storeKind } from './support/test-store.js';

const code = 'VER-2027';

const withTopRate = (rate: string) =>
  programDocument(code, {
    tiers: [
      { from: '100000', rate: '1%' },
      { from: '500000', rate },
    ],
  });

// DESIGN §5: a change to an active program is a new version, approved the
// same way, taking effect at the start of a period; the version in force at a
// period's start governs the whole period.
describe(`program versions (${storeKind})`, () => {
  let t: AuthTestApp;
  let manager: TestSession;
  let approver: TestSession;

  const versionInForceOn = async (asOf: string) => {
    const reply = await t.app.inject({
      url: `/api/programs/${code}?asOf=${asOf}`,
      headers: manager.headers,
    });
    return expectStatus(reply, 200).json().versionInForce;
  };

  beforeAll(async () => {
    t = await createAuthTestApp();
    manager = await loginAs(t.app, 'manager');
    approver = await loginAs(t.app, 'approver');
    await activeProgram(t.app, manager, approver, withTopRate('2%'));
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when a change names no date to take effect', () => {
    it('is refused with effective_from_required', async () => {
      const reply = await draftVersion(t.app, manager, code, {
        json: withTopRate('3%'),
      });

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error.code).toBe('effective_from_required');
    });
  });

  describe('when a change takes effect on a day that starts no period', () => {
    it('is refused, naming the period starts', async () => {
      const reply = await draftVersion(
        t.app,
        manager,
        code,
        { json: withTopRate('3%') },
        '2027-05-15',
      );

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error).toMatchObject({
        code: 'effective_from_not_period_start',
        details: [
          {
            path: 'effectiveFrom',
            value: '2027-05-15',
            message: expect.stringContaining(
              '2027-01-01, 2027-04-01, 2027-07-01, 2027-10-01',
            ),
          },
        ],
      });
    });
  });

  describe('when a change takes effect at the start of the second quarter', () => {
    it('is drafted as version 2', async () => {
      const reply = await draftVersion(
        t.app,
        manager,
        code,
        { json: withTopRate('3%') },
        '2027-04-01',
      );

      expect(reply.statusCode).toBe(201);
      expect(reply.json().versions[1]).toMatchObject({
        version: 2,
        status: 'draft',
        effectiveFrom: '2027-04-01',
      });
    });

    it('allows no second open change', async () => {
      const reply = await draftVersion(
        t.app,
        manager,
        code,
        { json: withTopRate('4%') },
        '2027-07-01',
      );

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('program_version_open');
    });

    it('keeps version 1 in force until it is approved', async () => {
      expect(await versionInForceOn('2027-05-01')).toBe(1);
    });

    it('is approved the same way, by someone else', async () => {
      expectStatus(await versionStep(t.app, manager, code, 2, 'submit'), 200);
      const approved = await versionStep(t.app, approver, code, 2, 'approve');

      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({
        status: 'active',
        versions: [
          { version: 1, status: 'approved' },
          { version: 2, status: 'approved', effectiveFrom: '2027-04-01' },
        ],
      });
    });
  });

  describe('when the version in force is asked for a date', () => {
    it.each([
      ['2027-01-01', 1],
      ['2027-03-31', 1],
      ['2027-04-01', 2],
      ['2027-12-31', 2],
    ])('on %s it is version %i', async (asOf, version) => {
      expect(await versionInForceOn(asOf)).toBe(version);
    });
  });

  describe('when the calculation lists the programs in force', () => {
    it('gives each started period the version in force at its start', async () => {
      const [program] = await listProgramsInForce(t.test.store, '2027-08-15');
      const periods = program?.versions.map((version) => ({
        version: version.version,
        starts: version.periods.map((period) => period.start),
        topRatePct: version.program.tiers[1]?.ratePct,
      }));

      expect(program?.code).toBe(code);
      expect(periods).toEqual([
        { version: 1, starts: ['2027-01-01'], topRatePct: '2' },
        { version: 2, starts: ['2027-04-01', '2027-07-01'], topRatePct: '3' },
      ]);
      expect(program?.current.version).toBe(2);
    });

    it('leaves out a version not yet in force on the as-of date', async () => {
      const [program] = await listProgramsInForce(t.test.store, '2027-03-31');

      expect(program?.versions.map((version) => version.version)).toEqual([1]);
      expect(program?.current.version).toBe(1);
    });

    it('lists no program before its term starts', async () => {
      expect(await listProgramsInForce(t.test.store, '2026-12-31')).toEqual([]);
    });
  });

  describe('when a later change takes effect at the same period start', () => {
    it('supersedes the version it replaces', async () => {
      expectStatus(
        await draftVersion(
          t.app,
          manager,
          code,
          { json: withTopRate('2.5%') },
          '2027-04-01',
        ),
        201,
      );
      expectStatus(await versionStep(t.app, manager, code, 3, 'submit'), 200);
      const reply = await versionStep(t.app, approver, code, 3, 'approve');
      const [program] = await listProgramsInForce(t.test.store, '2027-12-31');

      expect(reply.json().versions).toMatchObject([
        { version: 1, status: 'approved' },
        { version: 2, status: 'superseded' },
        { version: 3, status: 'approved' },
      ]);
      expect(program?.versions.map((version) => version.version)).toEqual([
        1, 3,
      ]);
    });
  });
});
