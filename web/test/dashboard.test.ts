import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CustomerProgress,
  Dashboard,
  Simulation,
} from '../src/api/types.js';
import { formatMoney } from '../src/money/format.js';
import {
  openBrowser,
  screenshot,
  signIn,
  type Browser,
} from './support/browser.js';
import {
  startConsoleServer,
  type ConsoleServer,
} from './support/console-server.js';
import {
  rebateAsOf,
  rebateProgramCodes,
  seedRebateStore,
} from './support/rebate-store.js';

let server: ConsoleServer;
let browser: Browser;

const yuan = (amount: string) => formatMoney(amount, 'CNY', 'zh-CN');

beforeAll(async () => {
  server = await startConsoleServer({
    users: ['manager', 'rep1'],
    seed: ({ store }) => seedRebateStore(store),
  });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the API answers the page's own session, signed in as its user. */
async function apiAs<Reply>(page: Page, path: string): Promise<Reply> {
  const reply = await page.request.get(`${server.url}${path}`);
  expect(reply.status()).toBe(200);

  return (await reply.json()) as Reply;
}

async function textOf(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).innerText();
}

/** The dashboard's figures equal the API's for the signed-in user. */
async function expectDashboardOfApi(page: Page): Promise<Dashboard> {
  await page.goto(`${server.url}/dashboard?asOf=${rebateAsOf}`);
  await page.getByTestId('kpi-accrued').waitFor();
  const dashboard = await apiAs<Dashboard>(
    page,
    `/api/dashboard?asOf=${rebateAsOf}`,
  );

  expect(await textOf(page, 'kpi-accrued')).toBe(
    yuan(dashboard.totals.accrued),
  );
  expect(await textOf(page, 'kpi-projected')).toBe(
    yuan(dashboard.totals.projected),
  );
  const rows = page.getByTestId('dashboard-programs').locator('tbody tr');
  expect(await rows.count()).toBe(dashboard.programs.length);
  for (const program of dashboard.programs) {
    expect(await textOf(page, `program-${program.code}-accrued`)).toBe(
      yuan(program.accrued),
    );
    expect(await textOf(page, `program-${program.code}-projected`)).toBe(
      yuan(program.projected),
    );
    if (program.budget !== null) {
      expect(await textOf(page, `program-${program.code}-budget`)).toBe(
        yuan(program.budget),
      );
    }
  }

  return dashboard;
}

describe('the dashboard', () => {
  describe('when a program manager signs in', () => {
    it('lands on the dashboard, whose figures are the API’s', async () => {
      const page = await signIn(browser.context, server.url, 'manager');
      await page.waitForURL(/\/dashboard$/);
      expect(
        (await page.getByTestId('main-menu').innerText()).split('\n')[0],
      ).toBe('返利概览');

      const dashboard = await expectDashboardOfApi(page);
      expect(dashboard.programs.map((program) => program.code).sort()).toEqual(
        [...rebateProgramCodes].sort(),
      );
      expect(dashboard.totals.accrued).not.toMatch(/^0(\.0+)?$/);

      const near = page.getByTestId('near-next-tier').locator('tbody tr');
      expect(await near.count()).toBe(dashboard.closestToNextTier.length);
      const [nearest] = dashboard.closestToNextTier;
      if (nearest) {
        const id = `near-${nearest.programCode}-${nearest.customerCode}-${nearest.periodStart}`;
        expect(await textOf(page, `${id}-extra`)).toBe(
          yuan(nearest.extraRebate),
        );
      }
      expect(
        await page.getByTestId('recent-imports').locator('tbody tr').count(),
      ).toBe(dashboard.recentImports.length);

      await page.getByTestId('cost-share-chart').locator('canvas').waitFor();
      await page.getByText('查看每月数据').click();
      const [lastMonth] = dashboard.monthly.slice(-1);
      if (lastMonth) {
        await page
          .getByTestId(`month-${lastMonth.month}-rebate-cost`)
          .waitFor();
        expect(await textOf(page, `month-${lastMonth.month}-net-sales`)).toBe(
          yuan(lastMonth.netSales),
        );
      }
      await page.getByText('查看每月数据').click();
      await page.getByTestId('monthly-figures').waitFor({ state: 'hidden' });
      await screenshot(page, 'dashboard');
      await page.close();
    });
  });

  describe('when a sales rep signs in', () => {
    it('shows the rep’s own figures, as the API scopes them', async () => {
      const page = await signIn(browser.context, server.url, 'rep1');
      await page.waitForURL(/\/dashboard$/);

      const dashboard = await expectDashboardOfApi(page);
      const customers = dashboard.closestToNextTier.map(
        (row) => row.customerCode,
      );
      expect(customers).not.toContain('C002');
      expect(customers).not.toContain('C005');
      await page.close();
    });
  });
});

describe('the customer detail', () => {
  describe('when a program manager opens a customer in two programs', () => {
    it('shows a progress bar per program and period, and the sales chart', async () => {
      const page = await signIn(browser.context, server.url, 'manager');
      await page.goto(`${server.url}/customers/C008`);
      await page.getByTestId('customer-card').waitFor();
      const progress = await apiAs<CustomerProgress>(
        page,
        '/api/customers/C008/progress',
      );
      expect(progress.items.length).toBeGreaterThan(0);

      const rows = page.getByTestId('progress-table').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(progress.items.length);
      for (const item of progress.items) {
        const id = `progress-${item.programCode}-${item.periodStart}`;
        await page.getByTestId(`${id}-bar`).waitFor();
        expect(await textOf(page, `${id}-rebate`)).toBe(yuan(item.rebate));
        if (item.next?.gapAmount) {
          expect(await textOf(page, `${id}-gap-amount`)).toBe(
            yuan(item.next.gapAmount),
          );
        }
      }

      await page.getByTestId('sales-chart').locator('canvas').waitFor();
      await screenshot(page, 'customer-detail');
      await page.close();
    });
  });
});

describe('the program simulation', () => {
  describe('when a program manager replays the last ended quarter', () => {
    it('shows the total and the tiers the API computed', async () => {
      const page = await signIn(browser.context, server.url, 'manager');
      await page.goto(`${server.url}/programs/EAST-Q-2027?asOf=${rebateAsOf}`);
      await page.getByTestId('simulation').waitFor();

      // No period chosen: the last quarter ended by the as-of date.
      const replied = page.waitForResponse((response) =>
        response.url().includes('/versions/1/simulate'),
      );
      await page.getByTestId('simulate').click();
      const reply = await replied;
      expect(reply.status()).toBe(200);
      const simulation = (await reply.json()) as Simulation;
      expect(simulation.periodStart).toBe('2027-01-01');
      expect(simulation.customers).toBeGreaterThan(0);

      await page.getByTestId('simulation-total').waitFor();
      expect(await textOf(page, 'simulation-total')).toBe(
        yuan(simulation.total),
      );
      for (const tier of simulation.byTier) {
        expect(
          await textOf(page, `simulation-tier-${String(tier.tier)}-rebate`),
        ).toBe(yuan(tier.rebate));
      }
      await page.getByTestId('simulation').scrollIntoViewIfNeeded();
      await screenshot(page, 'program-simulation');
      await page.close();
    });
  });
});
