import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

beforeAll(async () => {
  server = await startConsoleServer({ users: ['manager', 'approver'] });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function fillDate(page: Page, id: string, date: string) {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function fillTier(page: Page, index: number, from: string, rate: string) {
  const row = page.getByTestId(`tier-${index}`);
  await row.getByPlaceholder('起点').fill(from);
  await row.getByPlaceholder('返利比例').fill(rate);
}

async function signOut(page: Page) {
  await page.getByTestId('logout').click();
  await page.getByRole('button', { name: '登录' }).waitFor();
  await page.close();
}

describe('the program pages', () => {
  describe('when a program manager creates and submits a program', () => {
    it('shows only the manager’s menus', async () => {
      const page = await signIn(browser.context, server.url, 'manager');
      const menu = await page.getByTestId('main-menu').innerText();

      expect(menu.split('\n')).toEqual([
        '返利概览',
        '客户',
        '产品',
        '返利政策',
        '返利申请与兑付',
        '结算对账',
        '数据导入',
      ]);
      await page.waitForURL(/\/dashboard$/);
      await page.goto(`${server.url}/programs`);
      await page.getByTestId('new-program').waitFor();
      await screenshot(page, 'programs');
      await page.close();
    });

    it('shows the server’s validation message at the field', async () => {
      const page = await signIn(browser.context, server.url, 'manager');
      await page.goto(`${server.url}/programs`);
      await page.getByTestId('new-program').click();

      await page.locator('#code').fill('WEB-2027');
      await page.locator('#name').fill('2027 网页新建季度返利');
      await fillDate(page, 'period_start', '2027-01-01');
      await fillDate(page, 'period_end', '2027-12-31');
      await page.locator('#eligibility_customers_include_codes').fill('C001');
      await page.locator('#eligibility_customers_include_codes').press('Enter');
      await fillTier(page, 0, '500000', '2');
      await page.getByTestId('add-tier').click();
      await fillTier(page, 1, '100000', '3.5');
      await page.getByTestId('save-program').click();

      const fieldError = page
        .getByTestId('tier-1')
        .locator('.ant-form-item-explain-error');
      await fieldError.waitFor();
      expect(await fieldError.innerText()).toMatch(
        /tiers\[0\]\.from|greater|大于/,
      );
      await expect
        .poll(() => page.getByTestId('editor-failure').count())
        .toBe(1);

      await fillTier(page, 1, '1000000', '3.5');
      await page.getByTestId('tier-preview').locator('canvas').waitFor();
      await screenshot(page, 'program-editor');

      await page.getByTestId('save-program').click();
      await page.waitForURL(/\/programs\/WEB-2027$/);
      await page.getByTestId('submit-1').click();
      await page.getByTestId('versions-table').getByText('待审批').waitFor();
      await screenshot(page, 'program-detail');
      await signOut(page);
    });
  });

  describe('when an approver opens the inbox', () => {
    it('approves the submitted version and activates the program', async () => {
      const page = await signIn(browser.context, server.url, 'approver');
      await page.waitForURL(/\/approvals$/);
      const menu = await page.getByTestId('main-menu').innerText();
      expect(menu.split('\n')).toEqual([
        '返利概览',
        '客户',
        '产品',
        '返利政策',
        '待我审批',
        '返利申请与兑付',
        '结算对账',
        '数据导入',
      ]);

      const approve = page.getByTestId('approve-WEB-2027-1');
      await approve.waitFor();
      await screenshot(page, 'approvals');
      await approve.click();
      await page.getByText('没有待审批的政策版本').waitFor();

      await page.goto(`${server.url}/programs/WEB-2027`);
      await page
        .getByTestId('history-1')
        .getByText(/approver 批准于/)
        .waitFor();
      expect(await page.getByTestId('status').first().innerText()).toBe(
        '已批准',
      );

      await page.getByRole('button', { name: '启用政策' }).click();
      await expect
        .poll(() => page.getByTestId('status').first().innerText())
        .toBe('执行中');
      await signOut(page);
    });
  });
});
