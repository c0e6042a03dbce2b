import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Locator, Page } from 'playwright-core';
import { loginAs } from '../../../server/test/integration/support/auth-fixtures.js';

export type ApiCall = <Reply>(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) => Promise<Reply>;

/**
 * Calls the API as a fixture user, the way the console does (session cookie
 * and CSRF token), to set a scene up; a refusal fails the test at once.
 */
export async function apiAs(
  app: FastifyInstance,
  username: string,
): Promise<ApiCall> {
  const session = await loginAs(app, username);

  return async <Reply>(
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => {
    const reply = await app.inject({
      method,
      url,
      headers: session.headers,
      ...(payload === undefined ? {} : { payload }),
    });
    if (reply.statusCode >= 300) {
      throw new Error(
        `${method} ${url} as ${username}: ${reply.statusCode} ${reply.body}`,
      );
    }
    return reply.json<Reply>();
  };
}

/** Clicks what starts a download and returns the file's bytes. */
export async function downloadOf(page: Page, trigger: Locator) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trigger.click(),
  ]);
  const file = await download.path();

  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}
