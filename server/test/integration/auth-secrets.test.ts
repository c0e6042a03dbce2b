import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.js';
import {
  createAuthTestApp,
  fixturePassword,
  loginAs,
  type AuthTestApp,
} from './support/auth-fixtures.js';
import { storeKind } from './support/test-store.js';

// Runs a login / session / token / password-change flow, keeps every reply
// and log line, then looks for the secrets in them. The session cookie in a
// Set-Cookie header and a token in the one reply that creates it are the
// only places they may appear.
describe(`secrets in replies and logs (${storeKind})`, () => {
  let t: AuthTestApp;
  const replies: LightMyRequestResponse[] = [];
  const secrets = new Map<string, string>();

  const record = (reply: LightMyRequestResponse) => {
    replies.push(reply);
    const cookie = reply.cookies.find((c) => c.name === 'tierline_session');
    if (cookie?.value) secrets.set(`session id ${secrets.size}`, cookie.value);
    return reply;
  };

  beforeAll(async () => {
    t = await createAuthTestApp();
    const newPassword = 'another-secret-pass-2027';
    secrets.set('password', fixturePassword);
    secrets.set('new password', newPassword);

    const admin = await loginAs(t.app, 'admin');
    record(admin.login);
    const inject = async (options: InjectOptions) =>
      record(await t.app.inject(options));

    await inject({ url: '/api/auth/session', headers: admin.headers });
    await inject({ url: '/api/users', headers: admin.headers });
    await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'wrong-password-1' },
    });
    await inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { username: 'newbie', password: newPassword, role: 'approver' },
    });
    const newbie = await loginAs(t.app, 'newbie', newPassword);
    record(newbie.login);
    await inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: newbie.headers,
      payload: { currentPassword: newPassword, newPassword: fixturePassword },
    });

    const { token } = await createApiToken(
      t.test.store,
      { name: 'erp', role: 'program_manager' },
      { actor: 'admin' },
    );
    secrets.set('api token', token);
    const bearer = { authorization: `Bearer ${token}` };
    await inject({ url: '/api/auth/session', headers: bearer });
    await inject({ url: '/api/customers', headers: bearer });
    await inject({
      url: '/api/customers',
      headers: { authorization: `Bearer ${token}x` },
    });
    await inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: admin.headers,
    });
    await inject({ url: '/api/auth/session', headers: admin.headers });

    const stored = await t.test.store.transaction(async (connection) => [
      ...(await connection.query<{ value: string }>(
        'select password_hash as value from users',
      )),
      ...(await connection.query<{ value: string }>(
        'select token_hash as value from api_tokens',
      )),
      ...(await connection.query<{ value: string }>(
        'select id_hash as value from sessions',
      )),
    ]);
    stored.forEach((row, index) =>
      secrets.set(`stored hash ${index}`, row.value),
    );
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when the flow has run', () => {
    it('has secrets to look for', () => {
      expect(secrets.size).toBeGreaterThan(10);
      expect(replies.length).toBeGreaterThan(10);
      expect(t.logLines.length).toBeGreaterThan(20);
    });

    it('shows none of them in any reply body or header but Set-Cookie', () => {
      const found: string[] = [];
      for (const reply of replies) {
        const { 'set-cookie': _cookie, ...headers } = reply.headers;
        const text = reply.body + JSON.stringify(headers);
        for (const [name, value] of secrets) {
          if (text.includes(value))
            found.push(`${name} in ${reply.raw.req.url}`);
        }
      }

      expect(found).toEqual([]);
    });

    it('writes none of them to any log line', () => {
      const found: string[] = [];
      for (const line of t.logLines) {
        for (const [name, value] of secrets) {
          if (line.includes(value))
            found.push(`${name}: ${line.slice(0, 120)}`);
        }
      }

      expect(found).toEqual([]);
    });

    it('keeps the audit trail free of them too', async () => {
      const rows = await t.test.store.transaction((connection) =>
        connection.query<{ row: string }>(
          'select row_to_json(audit_log)::text as row from audit_log',
        ),
      );
      const text = rows.map((row) => row.row).join('\n');

      expect(
        [...secrets.values()].filter((value) => text.includes(value)),
      ).toEqual([]);
      expect(rows.length).toBeGreaterThan(0);
    });
  });
});
