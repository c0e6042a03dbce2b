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
  server = await startConsoleServer({ users: ['admin'] });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the language switch', () => {
  describe('when the login page first opens', () => {
    it('speaks Chinese', async () => {
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      await page.goto(server.url);
      await page.getByRole('button', { name: '登录' }).waitFor();
      await screenshot(page, 'login');
      await page.close();
    });
  });

  describe('when a user switches to English and back', () => {
    it('changes every text, keeps the choice across a reload, and returns', async () => {
      const page = await signIn(browser.context, server.url, 'admin');
      await page.goto(`${server.url}/programs`);
      await page.getByTestId('page-title').getByText('返利政策').waitFor();

      await page.getByTestId('language-switch').getByText('EN').click();
      await page.getByTestId('page-title').getByText('Programs').waitFor();
      await page.reload();
      await page.getByTestId('page-title').getByText('Programs').waitFor();
      const menu = await page.getByTestId('main-menu').innerText();
      expect(menu).not.toMatch(/[\u4e00-\u9fff]/);
      expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
      await screenshot(page, 'programs-en');

      await page.getByTestId('language-switch').getByText('中文').click();
      await page.getByTestId('page-title').getByText('返利政策').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await page.close();
    });
  });
});
