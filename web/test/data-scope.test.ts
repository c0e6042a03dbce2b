import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedActiveProgram } from '../../server/src/programs/seed-active-program.js';
import { programDocument } from '../../server/test/integration/support/programs.js';
import {
  seedProgram,
  settle,
} from '../../server/test/integration/support/settled-periods.js';
import type { Store } from '../../server/src/db/database.js';
import { fixturePassword } from './support/console-server.js';
import {
  expectNothingOf,
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

async function customerId(store: Store, code: string): Promise<number> {
  const rows = await store.transaction((connection) =>
    connection.query<{ id: number }>(
      'select id from customers where code = $1',
      [code],
    ),
  );
  return rows[0]?.id ?? 0;
}

/** A customer user claims a closed period's rebate through the API. */
async function claimAs(username: string, customerCode: string, amount: string) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: fixturePassword }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const claim = await fetch(`${server.url}/api/claims`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie,
      'x-csrf-token': csrfToken,
    },
    body: JSON.stringify({
      programCode: 'CASH-2027',
      customerCode,
      periodStart: '2027-01-01',
      amount,
    }),
  });
  if (claim.status !== 201 && claim.status !== 200) {
    throw new Error(
      `claim as ${username}: ${claim.status} ${await claim.text()}`,
    );
  }
}

beforeAll(async () => {
  server = await startConsoleServer({
    users: ['cust1', 'cust2', 'rep1', 'auditor'],
    async seed({ store }) {
      await seedActiveProgram(store, programFor('C001'), { actor: 'fixture' });
      await seedActiveProgram(store, programFor('C002'), { actor: 'fixture' });
      await seedProgram(store, 'CASH-2027', { form: 'cash' });
      for (const code of ['C001', 'C002']) {
        await settle(store, {
          programCode: 'CASH-2027',
          customerId: await customerId(store, code),
          periodStart: '2027-01-01',
          periodEnd: '2027-03-31',
          rebate: '1200.50',
        });
      }
    },
  });
  await claimAs('cust1', 'C001', '1200.50');
  await claimAs('cust2', 'C002', '800.00');
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
      expect(menu.split('\n')).toEqual([
        '我的资料',
        '返利政策',
        '返利申请与兑付',
      ]);

      await page
        .getByTestId('customer-card')
        .getByText('华东一号经销商')
        .waitFor();
      await screenshot(page, 'my-customer');

      await page.goto(`${server.url}/programs`);
      // CASH-2027 holds every customer; ONLY-C002 holds another one only.
      const table = page.getByTestId('programs-table');
      await table.getByRole('link', { name: 'ONLY-C001' }).waitFor();
      const codes = await table
        .locator('tbody tr td:first-child')
        .allInnerTexts();
      expect(codes).toEqual(['CASH-2027', 'ONLY-C001']);

      await page.goto(`${server.url}/programs/ONLY-C001`);
      await page.getByTestId('tiers-table').waitFor();
      await screenshot(page, 'program-terms');

      await page.goto(`${server.url}/payouts`);
      const claims = page.getByTestId('claims-table').locator('tbody tr');
      await claims.first().getByText('华东一号经销商').waitFor();
      expect(await claims.count()).toBe(1);
      expect(await claims.first().innerText()).toContain('¥1,200.50');
      expect(await page.locator('body').innerText()).not.toContain(
        '华南二号经销商',
      );
      await screenshot(page, 'claims');
      await page.close();
    });

    it("shows nothing of another customer's program or company", async () => {
      const page = await signIn(browser.context, server.url, 'cust1');

      for (const url of ['/programs/ONLY-C002', '/customers/C002']) {
        await expectNothingOf(page, `${server.url}${url}`, [
          'ONLY-C002',
          '华南二号经销商',
        ]);
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
      await screenshot(page, 'customer-detail-auditor');
      await page.goto(`${server.url}/products`);
      await screenshot(page, 'products');
      await page.close();
    });
  });
});
