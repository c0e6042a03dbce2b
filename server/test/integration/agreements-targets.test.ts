import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedTargets } from '../../src/calculation/store-inputs.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import { activeAgreement, type AgreementJson } from './support/agreements.js';
import { countRows, importContent } from './support/imports.js';
import { activeProgram, programDocument } from './support/programs.js';
import { storeKind } from './support/test-store.js';

const targetsCsv =
  'program,customer_code,period_start,target\n' +
  'GOAL-2027,C001,2027-01-01,500000.00\n' +
  'GOAL-2027,C001,2027-04-01,600000.00\n' +
  'GOAL-2027,C002,2027-01-01,300000.00\n';

// DESIGN §5: targets live on agreements; targets.csv is a way to load them.
describe(`targets on agreements (${storeKind})`, () => {
  let t: AuthTestApp;
  let manager: TestSession;
  let enrolled: AgreementJson;

  const agreementsOf = (code: string) =>
    t.test.store.transaction((connection) =>
      connection.query<{ id: number; status: string; createdBy: string }>(
        `select a.id::int as id, a.status, a.created_by as "createdBy"
           from agreements a join customers c on c.id = a.customer_id
          where c.code = $1 order by a.id`,
        [code],
      ),
    );

  beforeAll(async () => {
    t = await createAuthTestApp();
    manager = await loginAs(t.app, 'manager');
    const approver = await loginAs(t.app, 'approver');
    await activeProgram(
      t.app,
      manager,
      approver,
      programDocument('GOAL-2027', {
        measure: 'target_pct',
        tiers: [{ from: '100', rate: '1%' }],
        eligibility: {
          customers: { include: { codes: ['C001', 'C002', 'C003'] } },
        },
      }),
    );
    enrolled = await activeAgreement(t.app, manager, 'GOAL-2027', 'C001');
  }, 300_000);

  afterAll(async () => {
    await t.dispose();
  });

  describe('when targets.csv is imported', () => {
    it('stores every row', async () => {
      const report = await importContent(
        t.test.store,
        'targets',
        't.csv',
        targetsCsv,
      );

      expect(report).toMatchObject({ status: 'committed', rows: { new: 3 } });
    });

    it("puts a customer's targets on its active agreement", async () => {
      const reply = await t.app.inject({
        url: `/api/agreements/${enrolled.id}`,
        headers: manager.headers,
      });

      expect(reply.json().targets).toEqual([
        { periodStart: '2027-01-01', target: '500000.00' },
        { periodStart: '2027-04-01', target: '600000.00' },
      ]);
    });

    it('opens a draft agreement for a customer without one', async () => {
      expect(await agreementsOf('C002')).toEqual([
        { id: expect.any(Number), status: 'draft', createdBy: 'test' },
      ]);
      expect(await agreementsOf('C003')).toEqual([]);
    });

    it('records the opened agreements in the audit trail', async () => {
      const entries = await t.test.store.transaction((connection) =>
        connection.query<{ after: { agreements: unknown[] } }>(
          `select after from audit_log
            where action = 'agreement.create_for_targets'`,
        ),
      );

      expect(entries).toHaveLength(1);
      expect(entries[0]?.after.agreements).toHaveLength(1);
    });

    it('gives the calculation the targets from their agreements', async () => {
      const targets = await t.test.store.transaction(storedTargets);

      expect(
        targets.sort((a, b) =>
          (a.customerCode + a.periodStart).localeCompare(
            b.customerCode + b.periodStart,
          ),
        ),
      ).toEqual([
        {
          program: 'GOAL-2027',
          customerCode: 'C001',
          periodStart: '2027-01-01',
          target: '500000.00',
        },
        {
          program: 'GOAL-2027',
          customerCode: 'C001',
          periodStart: '2027-04-01',
          target: '600000.00',
        },
        {
          program: 'GOAL-2027',
          customerCode: 'C002',
          periodStart: '2027-01-01',
          target: '300000.00',
        },
      ]);
    });
  });

  describe('when the same file is imported again', () => {
    it('adds neither targets nor agreements', async () => {
      const report = await importContent(
        t.test.store,
        'targets',
        't.csv',
        targetsCsv,
      );

      expect(report.rows).toMatchObject({ new: 0, duplicate: 3 });
      expect(await countRows(t.test.store, 'targets')).toBe(3);
      expect(await countRows(t.test.store, 'agreements')).toBe(2);
    });
  });
});
