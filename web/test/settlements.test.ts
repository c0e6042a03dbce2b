import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAllWork } from '../../server/src/accruals/pending-work.js';
import { refreshAccruals } from '../../server/src/accruals/refresh-accruals.js';
import {
  q1,
  seedStatementFacts,
} from '../../server/test/integration/support/statement-fixtures.js';
import { apiAs, downloadOf } from './support/api-as.js';
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
let page: Page;
/** C002's first-quarter statement, issued by admin, disputed by C002. */
let disputedNo: string;

// EAST-Q-2027: the first quarter closed (C001 settled at 11,200.00, C002
// at 3,000.00); C001 sells 150,000.00 in the second, which a refresh on
// 5 July finds ended and accrues (2 %, 3,000.00) with its voucher.
beforeAll(async () => {
  server = await startConsoleServer({
    users: ['admin', 'approver', 'cust2'],
    async seed({ store }, customerIds) {
      await seedStatementFacts(store, customerIds);
      await store.transaction(async (connection) => {
        await connection.query(
          `insert into sales_lines (batch_id, invoice_no, line_no,
             invoice_date, customer_id, product_id, quantity, net_amount,
             currency)
           select 77, 'INV-Q2', 1, '2027-05-20', $1, id, 10, 100000.00, 'CNY'
             from products where sku = 'P100'`,
          [customerIds.get('C001')],
        );
        await recordAllWork(connection, 'fixture');
      });
      await refreshAccruals(store, {
        asOf: '2027-07-05',
        audit: { actor: 'fixture' },
      });
    },
  });
  const admin = await apiAs(server.app, 'admin');
  const issued = await admin<{ id: number; statementNo: string }>(
    'POST',
    '/api/statements',
    { customer: 'C002', program: 'EAST-Q-2027', periodStart: q1 },
  );
  const cust2 = await apiAs(server.app, 'cust2');
  await cust2('POST', `/api/statements/${issued.id}/dispute`, {
    comment: '3 月 1 日的发票应为 160,000.00',
  });
  disputedNo = issued.statementNo;

  browser = await openBrowser();
  page = await signIn(browser.context, server.url, 'approver');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function fillDate(id: string, date: string) {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function choose(selectId: string, optionText: string) {
  await page.locator(`#${selectId}`).click();
  await page
    .locator('.ant-select-item-option', { hasText: optionText })
    .first()
    .click();
}

/** Σ debit and Σ credit per voucher of a journal CSV, in fen. */
function totalsPerVoucher(csv: string): Map<string, [bigint, bigint]> {
  const [header = '', ...rows] = csv.trim().split('\r\n');
  const columns = header.split(',');
  const at = (name: string) => columns.indexOf(name);
  const fen = (amount: string) => BigInt(amount.replace('.', ''));
  const totals = new Map<string, [bigint, bigint]>();
  for (const row of rows) {
    const fields = row.split(',');
    const voucher = fields[at('voucher_no')] ?? '';
    const [debit, credit] = totals.get(voucher) ?? [0n, 0n];
    totals.set(voucher, [
      debit + fen(fields[at('debit')] ?? '0.00'),
      credit + fen(fields[at('credit')] ?? '0.00'),
    ]);
  }
  return totals;
}

describe('the settlements page', () => {
  describe('when an approver closes the ended quarter', () => {
    it('shows the refusal for a day inside the period, then closes it', async () => {
      await page.goto(`${server.url}/settlements`);
      const row = page
        .getByTestId('periods-table')
        .locator('tr', { hasText: '2027年4月1日' });
      await row.getByText('已结束待结账').waitFor();
      await screenshot(page, 'settlements-periods');

      await page.getByTestId('close-EAST-Q-2027-2027-04-01').click();
      const dialog = page.getByRole('dialog');
      await fillDate('close-as-of', '2027-06-20');
      await dialog.getByRole('button', { name: '结账' }).click();
      await dialog
        .getByTestId('refusal')
        .getByText('结算周期尚未结束，不能结账')
        .waitFor();

      await fillDate('close-as-of', '2027-07-05');
      await page.locator('#close-reason').fill('二季度结账');
      await dialog.getByRole('button', { name: '结账' }).click();
      await row.getByText('已结账').waitFor();
      expect(await row.innerText()).toContain('approver 结账于');
    });
  });

  describe('when finance issues the statement of the closed quarter', () => {
    it('lists it and downloads its PDF', async () => {
      await page.goto(`${server.url}/settlements?tab=statements`);
      await page.getByTestId('issue-statement').click();
      await choose('issue-period', '2027年4月1日');
      await choose('issue-customer', 'C001 华东一号经销商');
      const [reply] = await Promise.all([
        page.waitForResponse(
          (response) =>
            response.url().endsWith('/api/statements') &&
            response.request().method() === 'POST',
        ),
        page
          .getByRole('dialog')
          .getByRole('button', { name: '出具对账单' })
          .click(),
      ]);
      const { statementNo } = (await reply.json()) as { statementNo: string };
      await page.getByTestId(`pdf-${statementNo}`).waitFor();

      const pdf = await downloadOf(
        page,
        page.getByTestId(`pdf-${statementNo}`),
      );
      expect(pdf.name).toBe(`${statementNo}.pdf`);
      expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    });
  });

  describe('when an approver other than the issuer resolves a dispute', () => {
    it('books the adjustment with its reason', async () => {
      await page.goto(`${server.url}/settlements?tab=statements`);
      const row = page
        .getByTestId('statements-table')
        .locator('tr', { hasText: disputedNo });
      await row.getByText('有异议').waitFor();
      await screenshot(page, 'settlements-statements');

      await page.getByTestId(`resolve-${disputedNo}`).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByPlaceholder('调整金额：正数为多付，负数为少付')
        .fill('200.00');
      await dialog
        .getByPlaceholder('调整说明（可不填）')
        .fill('补开发票已核实');
      await dialog.getByRole('button', { name: '处理异议' }).click();

      await row.getByText('已调整', { exact: true }).waitFor();
      const text = await row.innerText();
      expect(text).toContain('已调整 ¥200.00');
      expect(text).toContain('处理说明：补开发票已核实');
    });
  });

  describe('when the journal is exported', () => {
    it('downloads a CSV whose vouchers each balance', async () => {
      await page.goto(`${server.url}/settlements?tab=journal`);
      await page
        .getByTestId('journal-lines')
        .locator('tbody tr.ant-table-row')
        .first()
        .waitFor();
      await screenshot(page, 'settlements-journal');

      await page.getByTestId('journal-headers').getByText('英文').click();
      const csv = await downloadOf(page, page.getByTestId('journal-download'));
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

      const text = csv.bytes.subarray(3).toString('utf8');
      const totals = totalsPerVoucher(text);
      expect(totals.size).toBeGreaterThan(0);
      for (const [voucher, [debit, credit]] of totals) {
        expect(debit, voucher).toBe(credit);
      }
    });
  });

  describe('when the payouts tab is opened', () => {
    it('shows the claims and payouts cards', async () => {
      await page.goto(`${server.url}/settlements?tab=payouts`);
      await page.getByTestId('payouts-table').waitFor();
      await page.getByTestId('claims-table').waitFor();
      await screenshot(page, 'settlements-payouts');
    });
  });
});
