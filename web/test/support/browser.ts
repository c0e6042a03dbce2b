import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { fixturePassword } from './console-server.js';

const screenshotDir = fileURLToPath(new URL('../screenshots', import.meta.url));

// Debian's chromium, never a downloaded browser (STACK.md).
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh chromium profile at 1440×900 in zh-CN, Asia/Shanghai. */
export async function openBrowser(): Promise<Browser> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-web-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });

  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login page and waits for the main menu. */
export async function signIn(
  context: BrowserContext,
  baseUrl: string,
  username: string,
): Promise<Page> {
  // One browser plays several users in turn: start each one signed out.
  await context.clearCookies();
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(fixturePassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('main-menu').waitFor();

  return page;
}

/** Fails when the page shows a crash notice or a key with no text. */
export async function expectCleanPage(page: Page): Promise<void> {
  expect(await page.getByTestId('error-boundary').count()).toBe(0);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/⟦[^⟧]*⟧/);
}

/** Saves web/test/screenshots/<name>.png once the page is settled and clean. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page
    .getByTestId('page-title')
    .or(page.locator('.login-card'))
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
  await expectCleanPage(page);
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/**
 * Opens a URL of the console or the API and fails when the answer shows any
 * of the texts: another customer's record must look like no record at all.
 */
export async function expectNothingOf(
  page: Page,
  url: string,
  texts: readonly string[],
): Promise<void> {
  const reply = await page.goto(url);
  if (new URL(url).pathname.startsWith('/api/')) {
    expect(reply?.status()).toBe(404);
  } else {
    await page.getByTestId('not-found').waitFor();
  }

  const text = await page.locator('body').innerText();
  for (const secret of texts) expect(text).not.toContain(secret);
}
