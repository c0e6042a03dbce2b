import fs from 'node:fs';
import { Dec } from '@tierline/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFile } from '../support/examples.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import { importContent } from './support/imports.js';
import { storeKind } from './support/test-store.js';

// Example 01 of ../shared/examples, its program stored as a draft only:
// the replay of each quarter must give what expected.json says.
const EXAMPLE = '01-quarterly-retroactive';
const AS_OF = '2027-12-31';

interface ExpectedResult {
  customer: string;
  period: { start: string; end: string };
  measure: string | null;
  tier: number;
  rebate: string;
}

interface SimulationBody {
  programCode: string;
  version: number;
  periodStart: string;
  periodEnd: string;
  customers: number;
  total: string;
  byTier: { tier: number; customers: number; rebate: string }[];
  rows: {
    customerCode: string;
    customerName: string;
    measure: string | null;
    tier: number;
    rebate: string;
  }[];
}

const readExample = (file: string) =>
  fs.readFileSync(exampleFile(EXAMPLE, file), 'utf8');

const sameDecimal = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : Dec.of(a).eq(Dec.of(b));

describe(`POST /api/programs/:code/versions/:version/simulate (${storeKind})`, () => {
  let t: AuthTestApp;
  let manager: TestSession;
  let expected: ExpectedResult[];

  const simulate = (
    body: Record<string, unknown>,
    url = '/api/programs/EX-RETRO/versions/1/simulate',
  ) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: manager.headers,
      payload: body,
    });

  beforeAll(async () => {
    t = await createAuthTestApp();
    for (const kind of ['customers', 'products', 'sales'] as const) {
      const report = await importContent(
        t.test.store,
        kind,
        `${kind}.csv`,
        readExample(`${kind}.csv`),
      );
      if (report.status !== 'committed') throw new Error(`${kind} rejected`);
    }
    manager = await loginAs(t.app, 'manager');
    const drafted = await t.app.inject({
      method: 'POST',
      url: '/api/programs',
      headers: { ...manager.headers, 'content-type': 'application/json' },
      payload: readExample('program1.json'),
    });
    if (drafted.statusCode !== 201) throw new Error(drafted.body);

    expected = (
      JSON.parse(readExample('expected.json')) as {
        results: ExpectedResult[];
      }
    ).results;
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when each quarter of the draft is replayed', () => {
    it("gives every customer's expected measure, tier and rebate", async () => {
      const starts = [...new Set(expected.map((r) => r.period.start))];

      for (const start of starts) {
        const reply = await simulate({ period: start, asOf: AS_OF });
        const body = reply.json<SimulationBody>();
        const want = expected.filter((r) => r.period.start === start);

        expect(reply.statusCode).toBe(200);
        expect(body.periodStart).toBe(start);
        expect(body.customers).toBe(want.length);
        for (const row of want) {
          const got = body.rows.find((r) => r.customerCode === row.customer);
          expect(got, `${start} ${row.customer}`).toBeDefined();
          expect(got?.tier).toBe(row.tier);
          expect(sameDecimal(got?.measure ?? null, row.measure)).toBe(true);
          expect(sameDecimal(got?.rebate ?? null, row.rebate)).toBe(true);
        }
      }
    });

    it('sums the first quarter by tier, highest rebate first', async () => {
      const body = (
        await simulate({ period: '2027-01-01', asOf: AS_OF })
      ).json<SimulationBody>();

      expect(body).toEqual({
        programCode: 'EX-RETRO',
        version: 1,
        periodStart: '2027-01-01',
        periodEnd: '2027-03-31',
        calculatedAsOf: '2027-03-31',
        customers: 2,
        total: '10500.00',
        byTier: [
          { tier: 0, customers: 1, rebate: '0.00' },
          { tier: 2, customers: 1, rebate: '10500.00' },
        ],
        rows: [
          {
            customerCode: 'C001',
            customerName: '上海瑞丰商贸有限公司',
            measure: '300000.00',
            tier: 2,
            rebate: '10500.00',
          },
          {
            customerCode: 'C002',
            customerName: '杭州新禾贸易有限公司',
            measure: '99999.99',
            tier: 0,
            rebate: '0.00',
          },
        ],
      });
    });
  });

  describe('when no period is named', () => {
    it('replays the last one ended by asOf', async () => {
      const body = (
        await simulate({ asOf: '2027-08-15' })
      ).json<SimulationBody>();

      expect(body.periodStart).toBe('2027-04-01');
      expect(body.total).toBe('4800.00');
    });

    it('is refused while none has ended', async () => {
      const reply = await simulate({ asOf: '2027-02-01' });

      expect(reply.statusCode).toBe(409);
      expect(reply.json()).toMatchObject({
        error: { code: 'simulation_no_ended_period' },
      });
    });
  });

  describe('when the period is not one of the calendar', () => {
    it('is refused with the field path', async () => {
      const reply = await simulate({ period: '2027-02-01', asOf: AS_OF });

      expect(reply.statusCode).toBe(400);
      expect(reply.json()).toMatchObject({
        error: {
          code: 'simulation_period_unknown',
          details: [expect.objectContaining({ path: 'body.period' })],
        },
      });
    });
  });

  describe('when the body is not valid', () => {
    it('is refused with the field path', async () => {
      const reply = await simulate({ period: 'soon' });

      expect(reply.statusCode).toBe(400);
      expect(JSON.stringify(reply.json())).toContain('body.period');
    });
  });

  describe('when the version does not exist', () => {
    it('is not found', async () => {
      const reply = await simulate(
        { asOf: AS_OF },
        '/api/programs/EX-RETRO/versions/9/simulate',
      );

      expect(reply.statusCode).toBe(404);
    });
  });

  describe('when a sales rep asks for it', () => {
    it('is forbidden', async () => {
      const rep = await loginAs(t.app, 'rep1');
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/programs/EX-RETRO/versions/1/simulate',
        headers: rep.headers,
        payload: {},
      });

      expect(reply.statusCode).toBe(403);
    });
  });
});
