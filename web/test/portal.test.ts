import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePeriod } from '../../server/src/accruals/close-period.js';
import {
  agreementStep,
  createAgreementAs,
  tinyPdf,
  uploadDocument,
} from '../../server/test/integration/support/agreements.js';
import { loginAs } from '../../server/test/integration/support/auth-fixtures.js';
import {
  seedProgram,
  settle,
} from '../../server/test/integration/support/settled-periods.js';
import {
  q1,
  q2,
  seedStatementFacts,
} from '../../server/test/integration/support/statement-fixtures.js';
import { apiAs, downloadOf } from './support/api-as.js';
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

interface Issued {
  id: number;
  statementNo: string;
}

let server: ConsoleServer;
let browser: Browser;
let page: Page;
const statements = new Map<string, Issued>();

// C001 holds two statements of EAST-Q-2027 (both quarters closed), an
// agreement of POOL-2027 whose terms it has not accepted yet, and 3,000.00
// of POOL-2027 account credit. C002 holds a statement of its own.
beforeAll(async () => {
  server = await startConsoleServer({
    users: ['cust1', 'cust2', 'manager', 'approver'],
    async seed({ store }, customerIds) {
      await seedStatementFacts(store, customerIds);
      await closePeriod(
        store,
        { programCode: 'EAST-Q-2027', periodStart: q2, asOf: '2027-07-05' },
        { actor: 'fixture' },
      );
      await seedProgram(store, 'POOL-2027', {
        form: 'account_credit',
        balance: { valid_days: 365 },
      });
      await settle(store, {
        programCode: 'POOL-2027',
        customerId: customerIds.get('C001') ?? 0,
        periodStart: '2027-01-01',
        periodEnd: '2027-03-31',
        rebate: '3000.00',
      });
    },
  });

  const approver = await apiAs(server.app, 'approver');
  for (const [customer, periodStart] of [
    ['C001', q1],
    ['C001', q2],
    ['C002', q1],
  ] as const) {
    const issued = await approver<Issued>('POST', '/api/statements', {
      customer,
      program: 'EAST-Q-2027',
      periodStart,
    });
    statements.set(`${customer}/${periodStart}`, issued);
  }

  const manager = await apiAs(server.app, 'manager');
  const payout = await manager<{ id: number }>('POST', '/api/payouts', {
    programCode: 'POOL-2027',
    customerCode: 'C001',
    periods: [{ periodStart: '2027-01-01', amount: '3000.00' }],
  });
  await approver('POST', `/api/payouts/${payout.id}/release`, {
    releasedOn: '2027-04-10',
  });

  const session = await loginAs(server.app, 'manager');
  const agreement = await createAgreementAs(server.app, session, {
    programCode: 'POOL-2027',
    customerCode: 'C001',
    contractNo: 'HT-2027-018',
    signedOn: '2027-01-05',
  });
  await uploadDocument(server.app, session, agreement.id, {
    name: 'HT-2027-018.pdf',
    content: tinyPdf('HT-2027-018'),
  });
  const activated = await agreementStep(
    server.app,
    session,
    agreement.id,
    'activate',
  );
  if (activated.statusCode !== 200) throw new Error(activated.body);

  browser = await openBrowser();
  page = await signIn(browser.context, server.url, 'cust1');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function statement(key: string): Issued {
  const found = statements.get(key);
  if (!found) throw new Error(`no statement ${key}`);
  return found;
}

describe('the customer portal', () => {
  describe('when the user of C001 opens its page', () => {
    it('shows its company, agreements, statements, claims and balance', async () => {
      await page.waitForURL(/\/my-customer$/);
      await page
        .getByTestId('customer-card')
        .getByText('华东一号经销商')
        .waitFor();
      await page
        .getByTestId('agreements-table')
        .getByText('HT-2027-018')
        .waitFor();
      await page
        .getByTestId('statements-table')
        .getByText(statement(`C001/${q2}`).statementNo)
        .waitFor();
      await page
        .getByTestId('balance-available')
        .getByText('¥3,000.00')
        .waitFor();
      await screenshot(page, 'portal');

      const menu = await page.getByTestId('main-menu').innerText();
      expect(menu.split('\n')).toEqual([
        '我的资料',
        '返利政策',
        '返利申请与兑付',
      ]);
      const rows = page
        .getByTestId('statements-table')
        .locator('tbody tr.ant-table-row');
      expect(await rows.count()).toBe(2);
      expect(await page.locator('body').innerText()).not.toContain(
        '华南二号经销商',
      );
    });

    it('shows the credit with its validity, use and remainder', async () => {
      const credit = page
        .getByTestId('balance-credits')
        .locator('tbody tr.ant-table-row');

      expect(await credit.count()).toBe(1);
      const text = await credit.first().innerText();
      expect(text).toContain('POOL-2027');
      expect(text).toContain('2027年4月10日');
      expect(text).toContain('2028年4月8日');
      expect(text).toContain('¥0.00');
      expect(text).toContain('可用');
    });
  });

  describe('when it answers its statements', () => {
    it('opens one as a page and downloads it as a PDF', async () => {
      const { statementNo } = statement(`C001/${q1}`);
      const [view] = await Promise.all([
        browser.context.waitForEvent('page'),
        page.getByTestId(`html-${statementNo}`).click(),
      ]);
      await view.waitForLoadState();
      expect(await view.locator('body').innerText()).toContain(
        '华东一号经销商（C001）',
      );
      await view.close();

      const pdf = await downloadOf(
        page,
        page.getByTestId(`pdf-${statementNo}`),
      );
      expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    });

    it('confirms one', async () => {
      const { statementNo } = statement(`C001/${q2}`);
      await page.getByTestId(`confirm-${statementNo}`).click();

      const row = page
        .getByTestId('statements-table')
        .locator('tr', { hasText: statementNo });
      await row.getByText('已确认').waitFor();
    });

    it('disputes the other with a comment', async () => {
      const { statementNo } = statement(`C001/${q1}`);
      await page.getByTestId(`dispute-${statementNo}`).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByTestId('dispute-comment')
        .fill('2 月 15 日的菜籽油发票未计入');
      await dialog.getByRole('button', { name: '提出异议' }).click();

      const row = page
        .getByTestId('statements-table')
        .locator('tr', { hasText: statementNo });
      await row.getByText('有异议').waitFor();
      expect(await row.innerText()).toContain(
        '异议：2 月 15 日的菜籽油发票未计入',
      );
    });
  });

  describe('when it accepts its agreement', () => {
    it('records who accepted, and offers the signed document', async () => {
      const row = page
        .getByTestId('agreements-table')
        .locator('tr', { hasText: 'HT-2027-018' });
      await row.getByText('确认条款').click();
      await row.getByText(/cust1 确认于/).waitFor();
      expect(await row.getByText('确认条款').count()).toBe(0);

      const document = await downloadOf(page, row.getByText('下载协议'));
      expect(document.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    });
  });

  describe('when it claims the first quarter', () => {
    it('lists the claim under review', async () => {
      await page.getByTestId('new-claim').click();
      await page.locator('#claim-period').click();
      await page
        .locator('.ant-select-item-option', { hasText: '2027年1月1日' })
        .click();
      await page.locator('#claim-amount').fill('5000.00');
      await page.locator('#claim-note').fill('一季度返利');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: '提交申请' })
        .click();

      const row = page
        .getByTestId('claims-table')
        .locator('tr', { hasText: '¥5,000.00' });
      await row.getByText('待审批').waitFor();
      expect(await row.innerText()).toContain('EAST-Q-2027');
    });
  });

  describe("when it reaches for another customer's records", () => {
    it('finds nothing of them', async () => {
      const other = statement(`C002/${q1}`);
      for (const url of [
        `/api/statements/${other.id}`,
        `/api/statements/${other.id}.html`,
        '/api/balances/C002',
        '/customers/C002',
      ]) {
        await expectNothingOf(page, `${server.url}${url}`, [
          '华南二号经销商',
          other.statementNo,
        ]);
      }
    });
  });
});

describe("a customer's page for staff", () => {
  describe('when an approver opens C001', () => {
    it('shows its statements, claims and balance', async () => {
      const staff = await signIn(browser.context, server.url, 'approver');
      await staff.goto(`${server.url}/customers/C001`);
      await staff
        .getByTestId('statements-table')
        .getByText(statement(`C001/${q1}`).statementNo)
        .waitFor();
      await staff.getByTestId('claims-table').getByText('¥5,000.00').waitFor();
      await staff
        .getByTestId('balance-available')
        .getByText('¥3,000.00')
        .waitFor();
      await screenshot(staff, 'customer-detail-settlement');
      await staff.close();
    });
  });
});
