import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAllWork } from '../../src/accruals/pending-work.js';
import { refreshAccruals } from '../../src/accruals/refresh-accruals.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import {
  q1,
  q2,
  seedStatementFacts,
  statementProgram,
} from './support/statement-fixtures.js';
import { storeKind } from './support/test-store.js';

interface PeriodBody {
  programCode: string;
  programName: string;
  periodStart: string;
  periodEnd: string;
  state: string;
  customers: number;
  accrued: string;
  closeId: number | null;
  closedAt: string | null;
  closedBy: string | null;
}

interface PeriodPage {
  items: PeriodBody[];
  total: number;
  limit: number;
  offset: number;
}

// The first quarter is closed with C001 settled at 11,200.00 and C002 at
// 3,000.00; the second still runs with C001's accrual only.
describe(`GET /api/periods (${storeKind})`, () => {
  let t: AuthTestApp & { customerIds: Map<string, number> };
  const sessions = new Map<string, TestSession>();

  const list = async (username: string, query = '') => {
    let session = sessions.get(username);
    if (!session) {
      session = await loginAs(t.app, username);
      sessions.set(username, session);
    }
    return t.app.inject({
      method: 'GET',
      url: `/api/periods${query}`,
      headers: session.headers,
    });
  };
  const periodsOf = async (username: string, query = '') =>
    (await list(username, query)).json<PeriodPage>();

  beforeAll(async () => {
    t = await createAuthTestApp();
    await seedStatementFacts(t.test.store, t.customerIds);
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when an approver lists them', () => {
    it('gives one row per program and period, newest first', async () => {
      const page = await periodsOf('approver');

      expect(page.total).toBe(2);
      expect(page.items.map((row) => [row.periodStart, row.state])).toEqual([
        [q2, 'open'],
        [q1, 'closed'],
      ]);
    });

    it('sums the closed period over every customer', async () => {
      const page = await periodsOf('approver', '?state=closed');

      expect(page.items).toEqual([
        {
          programCode: statementProgram.code,
          programName: statementProgram.name,
          periodStart: q1,
          periodEnd: '2027-03-31',
          state: 'closed',
          customers: 2,
          accrued: '14200.00',
          closeId: expect.any(Number) as number,
          closedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as string,
          closedBy: 'fixture',
        },
      ]);
    });

    it('leaves the close fields empty on a period not closed', async () => {
      const [open] = (await periodsOf('approver', '?state=open')).items;

      expect(open).toMatchObject({
        periodStart: q2,
        closeId: null,
        closedAt: null,
        closedBy: null,
      });
    });

    it('filters by program and pages', async () => {
      const other = await periodsOf('approver', '?program=NONE');
      const second = await periodsOf('approver', '?limit=1&offset=1');

      expect(other).toMatchObject({ items: [], total: 0 });
      expect(second.total).toBe(2);
      expect(second.items.map((row) => row.periodStart)).toEqual([q1]);
    });
  });

  describe('when a sales rep lists them', () => {
    it("sums only the rep's own customers", async () => {
      const page = await periodsOf('rep1', '?state=closed');

      expect(page.items).toMatchObject([
        { periodStart: q1, customers: 1, accrued: '11200.00' },
      ]);
    });
  });

  describe('when a customer user lists them', () => {
    it('sees its own figure only', async () => {
      const page = await periodsOf('cust2');

      expect(page.items).toMatchObject([
        { periodStart: q2, customers: 1, accrued: '0.00' },
        { periodStart: q1, customers: 1, accrued: '3000.00' },
      ]);
    });
  });

  describe('when the state is not one of the three', () => {
    it('answers 400 naming the field', async () => {
      const reply = await list('approver', '?state=done');

      expect(reply.statusCode).toBe(400);
      expect(JSON.stringify(reply.json())).toContain('state');
    });
  });

  describe('when a refresh finds the running period over', () => {
    it('shows it ended, awaiting its close', async () => {
      await t.test.store.transaction((connection) =>
        recordAllWork(connection, 'test'),
      );
      await refreshAccruals(t.test.store, {
        asOf: '2027-07-05',
        audit: { actor: 'fixture' },
      });
      const page = await periodsOf('approver', `?state=ended`);

      expect(page.items.map((row) => row.periodStart)).toEqual([q2]);
    });
  });
});
