import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedActiveProgram } from '../../server/src/programs/seed-active-program.js';
import { programDocument } from '../../server/test/integration/support/programs.js';
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

let server: ConsoleServer;
let browser: Browser;

// One program for each fixture customer's own scope.
const programFor = (customer: string) =>
  programDocument(`ONLY-${customer}`, {
    eligibility: { customers: { include: { codes: [customer] } } },
  });

beforeAll(async () => {
  server = await startConsoleServer({
    users: ['cust1', 'rep1', 'auditor'],
    async seed({ store }) {
      await seedActiveProgram(store, programFor('C001'), { actor: 'fixture' });
      await seedActiveProgram(store, programFor('C002'), { actor: 'fixture' });
    },
  });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the console for a customer user', () => {
  describe('when the user of C001 signs in', () => {
    it('shows only its own company and programs', async () => {
      const page = await signIn(browser.context, server.url, 'cust1');
      const menu = await page.getByTestId('main-menu').innerText();
      expect(menu.split('\n')).toEqual(['我的资料', '返利政策']);

      await page
        .getByTestId('customer-card')
        .getByText('华东一号经销商')
        .waitFor();
      await screenshot(page, 'my-customer');

      await page.goto(`${server.url}/programs`);
      const rows = page.getByTestId('programs-table').locator('tbody tr');
      await rows.first().getByRole('link', { name: 'ONLY-C001' }).waitFor();
      expect(await rows.count()).toBe(1);

      await page.goto(`${server.url}/programs/ONLY-C001`);
      await page.getByTestId('tiers-table').waitFor();
      await screenshot(page, 'program-terms');
      await page.close();
    });

    it("shows nothing of another customer's program or company", async () => {
      const page = await signIn(browser.context, server.url, 'cust1');

      for (const url of ['/programs/ONLY-C002', '/customers/C002']) {
        await page.goto(`${server.url}${url}`);
        await page.getByTestId('not-found').waitFor();
        const text = await page.locator('body').innerText();
        expect(text).not.toContain('ONLY-C002');
        expect(text).not.toContain('华南二号经销商');
      }
      await page.close();
    });
  });

  describe('when a sales rep lists customers', () => {
    it('shows only the rep’s own customers', async () => {
      const page = await signIn(browser.context, server.url, 'rep1');
      await page.goto(`${server.url}/customers`);
      const table = page.getByTestId('customers-table');
      await table.getByText('C003').waitFor();

      const codes = await table
        .locator('tbody tr td:first-child')
        .allInnerTexts();
      expect(codes).toEqual(['C001', 'C003']);
      await page.close();
    });
  });

  describe('when the auditor reads the log', () => {
    it('shows the entries and the head of the chain', async () => {
      const page = await signIn(browser.context, server.url, 'auditor');
      await page.waitForURL(/\/audit$/);
      await page
        .getByTestId('audit-head')
        .getByText(/日志链头/)
        .waitFor();
      expect(
        await page.getByTestId('audit-table').locator('tbody tr').count(),
      ).toBeGreaterThan(0);
      await screenshot(page, 'audit');

      await page.goto(`${server.url}/customers`);
      await page.getByTestId('customers-table').getByText('C002').waitFor();
      await screenshot(page, 'customers');
      await page.goto(`${server.url}/customers/C002`);
      await page.getByTestId('customer-card').waitFor();
      await screenshot(page, 'customer-detail');
      await page.goto(`${server.url}/products`);
      await screenshot(page, 'products');
      await page.close();
    });
  });
});
