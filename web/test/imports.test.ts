import fs from 'node:fs';
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
  server = await startConsoleServer({ users: ['manager'] });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Row 3 has no name: a bad row, reported with its row and column.
const customersCsv = [
  '客户编码,客户名称,客户分组,区域,标签,销售代表',
  'C101,华东新客户一号,华东经销商,华东,新客户,R1',
  'C102,,华东经销商,华东,,R1',
  '',
].join('\r\n');

async function upload(page: Page, skipBad: boolean) {
  await page.getByTestId('import-kind').click();
  await page.getByTitle('客户', { exact: true }).click();
  const skip = page.getByRole('checkbox');
  if ((await skip.isChecked()) !== skipBad) await skip.click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'customers.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(customersCsv, 'utf8'),
  });
  await page.getByTestId('import-report').waitFor();
}

describe('the imports page', () => {
  describe('when a file with a bad row is uploaded', () => {
    it('stores nothing and lists the bad row, downloadable as CSV', async () => {
      const page = await signIn(browser.context, server.url, 'manager');
      await page.goto(`${server.url}/imports`);
      await upload(page, false);

      const report = page.getByTestId('import-report');
      await report.getByText('未导入：文件有错误行').waitFor();
      const badRows = page.getByTestId('bad-rows').locator('tbody tr');
      expect(await badRows.count()).toBe(1);
      expect(await badRows.first().innerText()).toMatch(/^3\s/);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-bad-rows').click(),
      ]);
      const saved = await download.path();
      const csv = fs.readFileSync(saved, 'utf8');
      expect(csv.split('\r\n')[0]).toBe('\uFEFF行号,列,错误代码,说明,内容');
      expect(csv.split('\r\n')[1]).toMatch(/^3,/);
      await page.close();
    });
  });

  describe('when the good rows are stored and the bad ones skipped', () => {
    it('reports the new customer and lists both batches', async () => {
      const page = await signIn(browser.context, server.url, 'manager');
      await page.goto(`${server.url}/imports`);
      await upload(page, true);

      await page.getByTestId('import-report').getByText('已导入').waitFor();
      const batches = page.getByTestId('batches-table').locator('tbody tr');
      await expect.poll(() => batches.count()).toBe(2);
      await screenshot(page, 'imports');

      await page.goto(`${server.url}/customers`);
      await page
        .getByTestId('customers-table')
        .getByText('华东新客户一号')
        .waitFor();
      await page.close();
    });
  });
});
