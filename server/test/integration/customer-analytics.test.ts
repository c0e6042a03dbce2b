import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDashboardTestApp,
  DASHBOARD_PROGRAM,
  type DashboardTestApp,
} from './support/dashboard-fixtures.js';
import { storeKind } from './support/test-store.js';

interface ProgressBody {
  customerCode: string;
  items: {
    programCode: string;
    programName: string;
    periodStart: string;
    periodEnd: string;
    open: boolean;
    closed: boolean;
    measureKind: string;
    measure: string | null;
    tier: number;
    tierCount: number;
    rebate: string;
    forecastRebate: string | null;
    next: {
      tier: number;
      from: string;
      gap: string;
      gapAmount: string | null;
      rebate: string;
    } | null;
    progressPct: string | null;
  }[];
}

interface MonthlySalesBody {
  customerCode: string;
  year: number;
  months: { month: number; netSales: string; lastYear: string }[];
}

describe(`a customer's progress and monthly sales (${storeKind})`, () => {
  let t: DashboardTestApp;

  beforeAll(async () => {
    t = await createDashboardTestApp();
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('GET /api/customers/:code/progress', () => {
    describe('when the rep of the customer reads it', () => {
      it('lists its accrual rows, newest period first, with the next tier', async () => {
        const reply = await t.getAs('rep1', '/api/customers/C001/progress');
        const body = reply.json<ProgressBody>();

        expect(reply.statusCode).toBe(200);
        expect(body.customerCode).toBe('C001');
        expect(body.items.map((item) => item.periodStart)).toEqual([
          '2027-04-01',
          '2027-01-01',
        ]);
        expect(body.items[0]).toEqual(
          expect.objectContaining({
            programCode: DASHBOARD_PROGRAM,
            programName: `${DASHBOARD_PROGRAM} 季度返利`,
            periodEnd: '2027-06-30',
            open: true,
            closed: false,
            measureKind: 'net_amount',
            measure: '500.00',
            tier: 0,
            tierCount: 2,
            rebate: '0.00',
            next: {
              tier: 1,
              from: '1000',
              gap: '500.00',
              gapAmount: '500.00',
              rebate: '10.00',
            },
            progressPct: '50.00',
          }),
        );
        expect(body.items[0]?.forecastRebate).not.toBeNull();
      });

      it('has no next tier and no progress at the top tier', async () => {
        const body = (
          await t.getAs('rep1', '/api/customers/C001/progress')
        ).json<ProgressBody>();

        expect(body.items[1]).toEqual(
          expect.objectContaining({
            open: false,
            measure: '6000.00',
            tier: 2,
            rebate: '120.00',
            forecastRebate: null,
            next: null,
            progressPct: null,
          }),
        );
      });
    });

    describe('when the measure is past zero on either side', () => {
      it('clamps the progress to 0 … 100', async () => {
        const below = (
          await t.getAs('admin', '/api/customers/C002/progress')
        ).json<ProgressBody>();
        const between = (
          await t.getAs('admin', '/api/customers/C003/progress')
        ).json<ProgressBody>();

        expect(below.items[0]).toEqual(
          expect.objectContaining({
            periodStart: '2027-04-01',
            measure: '-100.00',
            progressPct: '0.00',
          }),
        );
        expect(between.items[1]).toEqual(
          expect.objectContaining({
            periodStart: '2027-01-01',
            measure: '1300.00',
            tier: 1,
            progressPct: '26.00',
          }),
        );
      });
    });

    describe('when a customer user reads its own', () => {
      it('is answered', async () => {
        const reply = await t.getAs('cust1', '/api/customers/C001/progress');

        expect(reply.statusCode).toBe(200);
        expect(reply.json<ProgressBody>().items).toHaveLength(2);
      });
    });

    describe('when the customer is out of the caller scope', () => {
      it('is not found, for a customer user and for a rep', async () => {
        const asCustomer = await t.getAs(
          'cust1',
          '/api/customers/C002/progress',
        );
        const asRep = await t.getAs('rep1', '/api/customers/C002/progress');

        expect(asCustomer.statusCode).toBe(404);
        expect(asRep.statusCode).toBe(404);
      });
    });
  });

  describe('GET /api/customers/:code/monthly-sales', () => {
    describe('when a year is asked for', () => {
      it('gives its twelve months beside the year before', async () => {
        const reply = await t.getAs(
          'cust1',
          '/api/customers/C001/monthly-sales?year=2027',
        );
        const body = reply.json<MonthlySalesBody>();

        expect(reply.statusCode).toBe(200);
        expect(body.year).toBe(2027);
        expect(body.months).toHaveLength(12);
        expect(body.months.slice(0, 5)).toEqual([
          { month: 1, netSales: '3000.00', lastYear: '700.00' },
          { month: 2, netSales: '3000.00', lastYear: '0.00' },
          { month: 3, netSales: '0.00', lastYear: '0.00' },
          { month: 4, netSales: '500.00', lastYear: '0.00' },
          { month: 5, netSales: '0.00', lastYear: '0.00' },
        ]);
      });
    });

    describe('when a return makes a month smaller', () => {
      it('nets it', async () => {
        const body = (
          await t.getAs('rep1', '/api/customers/C003/monthly-sales?year=2027')
        ).json<MonthlySalesBody>();

        expect(body.months[1]).toEqual({
          month: 2,
          netSales: '-200.00',
          lastYear: '0.00',
        });
      });
    });

    describe('when the year is not a number', () => {
      it('is refused with the field path', async () => {
        const reply = await t.getAs(
          'admin',
          '/api/customers/C001/monthly-sales?year=twenty',
        );

        expect(reply.statusCode).toBe(400);
        expect(JSON.stringify(reply.json())).toContain('querystring.year');
      });
    });

    describe('when the customer is out of the caller scope', () => {
      it('is not found', async () => {
        const reply = await t.getAs(
          'rep1',
          '/api/customers/C002/monthly-sales',
        );

        expect(reply.statusCode).toBe(404);
      });
    });
  });
});
