import { Dec, sumDec } from '@tierline/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listAccruals,
  type AccrualView,
} from '../../src/accruals/list-accruals.js';
import {
  createDashboardTestApp,
  DASHBOARD_AS_OF as AS_OF,
  type DashboardTestApp,
} from './support/dashboard-fixtures.js';
import { refreshAccruals } from '../../src/accruals/refresh-accruals.js';
import { importCsv, salesCsv } from './support/accrual-fixtures.js';
import { storeKind } from './support/test-store.js';

interface DashboardBody {
  asOf: string;
  currency: string;
  totals: { accrued: string; projected: string; budget: string | null };
  programs: {
    code: string;
    budget: string | null;
    accrued: string;
    projected: string;
    budgetUsedPct: string | null;
  }[];
  monthly: {
    month: string;
    netSales: string;
    rebateCost: string;
    sharePct: string | null;
  }[];
  closestToNextTier: {
    customerCode: string;
    periodStart: string;
    measure: string;
    nextTier: number;
    from: string;
    gap: string;
    extraRebate: string;
  }[];
  recentImports: { kind: string }[];
}

const projectedOf = (row: AccrualView) =>
  Dec.of(row.open && row.forecast ? row.forecast.rebate : row.rebate).plus(
    Dec.of(row.adjustmentsAmount),
  );

const accruedOf = (row: AccrualView) =>
  Dec.of(row.accruedAmount).plus(Dec.of(row.adjustmentsAmount));

const total = (rows: AccrualView[], of: (row: AccrualView) => Dec) =>
  sumDec(rows.map(of)).round(2, 'half_up').toString();

describe(`GET /api/dashboard (${storeKind})`, () => {
  let t: DashboardTestApp;
  let accruals: AccrualView[];

  const dashboardAs = (username: string, query = `?asOf=${AS_OF}`) =>
    t.getAs(username, `/api/dashboard${query}`);

  beforeAll(async () => {
    t = await createDashboardTestApp();
    const page = await t.test.store.transaction((connection) =>
      listAccruals(connection, { limit: 500 }),
    );
    accruals = page.items;
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when an admin reads it', () => {
    it('sums every accrual row into the totals and the program', async () => {
      const reply = await dashboardAs('admin');
      const body = reply.json<DashboardBody>();

      expect(reply.statusCode).toBe(200);
      expect(body.currency).toBe('CNY');
      expect(body.totals).toEqual({
        accrued: total(accruals, accruedOf),
        projected: total(accruals, projectedOf),
        budget: '1000.00',
      });
      expect(body.programs).toEqual([
        expect.objectContaining({
          code: 'DASH-Q',
          budget: '1000.00',
          accrued: body.totals.accrued,
          projected: body.totals.projected,
          budgetUsedPct: Dec.of(body.totals.projected)
            .times(Dec.HUNDRED)
            .dividedBy(Dec.of('1000'))
            .round(2, 'half_up')
            .toString(),
        }),
      ]);
    });

    it('lists the last import batches', async () => {
      const body = (await dashboardAs('admin')).json<DashboardBody>();

      expect(body.recentImports.map((batch) => batch.kind)).toEqual([
        'sales',
        'products',
      ]);
    });

    it('lists them exactly as GET /api/imports does', async () => {
      const body = (await dashboardAs('admin')).json<DashboardBody>();
      const imports = (await t.getAs('admin', '/api/imports?limit=5')).json<{
        items: unknown[];
      }>();

      expect(body.recentImports).toEqual(imports.items);
    });

    it('shows twelve months ending with the month of asOf', async () => {
      const body = (await dashboardAs('admin')).json<DashboardBody>();

      expect(body.monthly.map((month) => month.month)).toEqual([
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
        '2026-11',
        '2026-12',
        '2027-01',
        '2027-02',
        '2027-03',
        '2027-04',
        '2027-05',
      ]);
      expect(body.monthly.at(-3)).toEqual({
        month: '2027-03',
        netSales: '2000.00',
        rebateCost: '20.00',
        sharePct: '1.00',
      });
    });
  });

  describe('when a sales rep reads it', () => {
    it("sums their customers' accrual rows only", async () => {
      const theirs = accruals.filter((row) =>
        ['C001', 'C003'].includes(row.customerCode),
      );
      const body = (await dashboardAs('rep1')).json<DashboardBody>();

      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.length).toBeLessThan(accruals.length);
      expect(body.totals.accrued).toBe(total(theirs, accruedOf));
      expect(body.totals.projected).toBe(total(theirs, projectedOf));
      expect(body.programs[0]?.projected).toBe(body.totals.projected);
    });

    it("spreads each row's cost over its months by that customer's sales", async () => {
      const body = (await dashboardAs('rep1')).json<DashboardBody>();
      const q2 = accruals.find(
        (row) =>
          row.customerCode === 'C001' && row.periodStart === '2027-04-01',
      );
      const byMonth = new Map(
        body.monthly.map((month) => [month.month, month]),
      );

      // C001 Q1: 6,000.00 at 2 % = 120.00, half in January, half in
      // February; C003 Q1: 1,300.00 at 1 % = 13.00, +15.00 in January and
      // −2.00 in February (its return); March has no sales of theirs.
      expect(byMonth.get('2027-01')).toEqual({
        month: '2027-01',
        netSales: '4500.00',
        rebateCost: '75.00',
        sharePct: '1.67',
      });
      expect(byMonth.get('2027-02')).toEqual({
        month: '2027-02',
        netSales: '2800.00',
        rebateCost: '58.00',
        sharePct: '2.07',
      });
      expect(byMonth.get('2027-03')).toEqual({
        month: '2027-03',
        netSales: '0.00',
        rebateCost: '0.00',
        sharePct: null,
      });
      expect(q2?.forecast).not.toBeNull();
      expect(byMonth.get('2027-04')?.rebateCost).toBe(
        Dec.of(q2?.forecast?.rebate ?? '0')
          .round(2, 'half_up')
          .toString(),
      );
    });

    it('ranks their open periods by the gap to the next tier', async () => {
      const body = (await dashboardAs('rep1')).json<DashboardBody>();

      expect(
        body.closestToNextTier.map((row) => [
          row.customerCode,
          row.periodStart,
          row.nextTier,
          row.from,
          row.gap,
          row.extraRebate,
        ]),
      ).toEqual([
        ['C001', '2027-04-01', 1, '1000', '500.00', '10.00'],
        ['C003', '2027-04-01', 1, '1000', '1000', '10.00'],
      ]);
    });

    it('lists no import batches, which span customers', async () => {
      const body = (await dashboardAs('rep1')).json<DashboardBody>();

      expect(body.recentImports).toEqual([]);
    });
  });

  describe('when a customer user asks for it', () => {
    it('is forbidden', async () => {
      const reply = await dashboardAs('cust1');

      expect(reply.statusCode).toBe(403);
    });
  });

  describe('when asOf is not a date', () => {
    it('is refused with the field path', async () => {
      const reply = await dashboardAs('admin', '?asOf=2027-13-01');

      expect(reply.statusCode).toBe(400);
      expect(JSON.stringify(reply.json())).toContain('querystring.asOf');
    });
  });

  // Last: it changes the store the cases above read.
  describe('when the store changes after a read', () => {
    it('answers from the new state, not from the earlier read', async () => {
      const before = (await dashboardAs('admin')).json<DashboardBody>();
      await importCsv(
        t.test.store,
        'sales',
        salesCsv([
          {
            invoiceNo: 'LATE-1',
            date: '2027-05-02',
            customer: 'C002',
            sku: 'P01',
            fen: 1_000_000,
          },
        ]),
        AS_OF,
      );
      const afterImport = (await dashboardAs('admin')).json<DashboardBody>();
      await refreshAccruals(t.test.store, {
        asOf: AS_OF,
        audit: { actor: 'test' },
      });
      const afterRefresh = (await dashboardAs('admin')).json<DashboardBody>();

      expect(before.monthly.at(-1)?.netSales).toBe('0.00');
      expect(afterImport.monthly.at(-1)?.netSales).toBe('10000.00');
      expect(afterImport.recentImports).toHaveLength(3);
      expect(afterImport.totals).toEqual(before.totals);
      expect(afterRefresh.totals.projected).not.toBe(before.totals.projected);
    });
  });
});
