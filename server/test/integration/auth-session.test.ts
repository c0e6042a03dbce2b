import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings } from '../../src/auth/auth-settings.js';
import {
  createAuthTestApp,
  fixturePassword,
  loginAs,
  type AuthTestApp,
} from './support/auth-fixtures.js';
import { storeKind } from './support/test-store.js';

let clockMs = Date.parse('2027-03-31T08:00:00Z');
const settings = authSettings({
  now: () => new Date(clockMs),
  sleep: async () => undefined,
});

describe(`sessions (${storeKind})`, () => {
  let t: AuthTestApp;

  beforeAll(async () => {
    t = await createAuthTestApp({ auth: settings });
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when a user logs in with the right password', () => {
    it('sets an HttpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
      const session = await loginAs(t.app, 'manager');
      const cookie = session.login.cookies.find(
        (c) => c.name === 'tierline_session',
      );

      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Strict');
      expect(cookie?.path).toBe('/');
      expect(session.login.json()).toMatchObject({
        principal: { kind: 'user', name: 'manager', role: 'program_manager' },
        csrfToken: session.csrfToken,
      });
    });

    it('names the caller and repeats the CSRF token at GET /api/auth/session', async () => {
      const session = await loginAs(t.app, 'manager');
      const reply = await t.app.inject({
        url: '/api/auth/session',
        headers: { cookie: session.cookie },
      });

      expect(reply.statusCode).toBe(200);
      expect(reply.json()).toMatchObject({
        principal: { name: 'manager' },
        csrfToken: session.csrfToken,
      });
    });
  });

  describe('when the password or the user is wrong', () => {
    it('answers 401 with the same message for both', async () => {
      const wrongPassword = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'approver', password: 'not-the-password' },
        remoteAddress: '10.9.0.1',
      });
      const noSuchUser = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody', password: 'not-the-password' },
        remoteAddress: '10.9.0.2',
      });

      expect(wrongPassword.statusCode).toBe(401);
      expect(noSuchUser.statusCode).toBe(401);
      expect(wrongPassword.json().error.message).toBe(
        noSuchUser.json().error.message,
      );
      expect(wrongPassword.cookies).toEqual([]);
    });
  });

  describe('when a request has no session', () => {
    it('is refused with 401 on a route that needs one', async () => {
      const reply = await t.app.inject({ url: '/api/auth/session' });

      expect(reply.statusCode).toBe(401);
      expect(reply.json().error.code).toBe('unauthenticated');
    });
  });

  describe('when a cookie-authenticated write lacks the CSRF token', () => {
    it.each([
      ['no header', {}],
      ['a wrong header', { 'x-csrf-token': 'forged' }],
    ])('is refused with 403 for %s', async (_case, extra) => {
      const session = await loginAs(t.app, 'approver');
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: session.cookie, ...extra },
      });

      expect(reply.statusCode).toBe(403);
      expect(reply.json().error.code).toBe('csrf_invalid');
    });
  });

  describe('when the user logs out', () => {
    it('ends the session: the old cookie no longer works', async () => {
      const session = await loginAs(t.app, 'approver');
      const logout = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: session.headers,
      });
      const after = await t.app.inject({
        url: '/api/auth/session',
        headers: { cookie: session.cookie },
      });

      expect(logout.statusCode).toBe(204);
      expect(after.statusCode).toBe(401);
    });
  });

  describe('when a session is idle longer than the limit', () => {
    it('has expired', async () => {
      const session = await loginAs(t.app, 'auditor');
      clockMs += (settings.sessionIdleMinutes + 1) * 60_000;
      const reply = await t.app.inject({
        url: '/api/auth/session',
        headers: { cookie: session.cookie },
      });

      expect(reply.statusCode).toBe(401);
    });
  });

  describe('when a session is older than its maximum age', () => {
    it('has expired even while in use', async () => {
      const session = await loginAs(t.app, 'auditor');
      const steps = Math.ceil((settings.sessionMaxHours * 60) / 50) + 1;
      let last = 200;
      for (let step = 0; step < steps && last === 200; step++) {
        clockMs += 50 * 60_000;
        const reply = await t.app.inject({
          url: '/api/auth/session',
          headers: { cookie: session.cookie },
        });
        last = reply.statusCode;
      }

      expect(last).toBe(401);
    });
  });

  describe('when a user changes their password', () => {
    it('refuses a wrong current password', async () => {
      const session = await loginAs(t.app, 'rep1');
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: session.headers,
        payload: {
          currentPassword: 'wrong-password',
          newPassword: 'x'.repeat(12),
        },
      });

      expect(reply.statusCode).toBe(403);
      expect(reply.json().error.code).toBe('password_wrong');
    });

    it('refuses a short new password', async () => {
      const session = await loginAs(t.app, 'rep1');
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: session.headers,
        payload: { currentPassword: fixturePassword, newPassword: 'short' },
      });

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error.code).toBe('password_weak');
    });

    it('ends every other session, keeps the caller logged in and audits it', async () => {
      const other = await loginAs(t.app, 'rep1');
      const session = await loginAs(t.app, 'rep1');
      const newPassword = 'a-new-password-2027';

      const change = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: session.headers,
        payload: { currentPassword: fixturePassword, newPassword },
      });
      const renewed = change.cookies.find((c) => c.name === 'tierline_session');
      const otherAfter = await t.app.inject({
        url: '/api/auth/session',
        headers: { cookie: other.cookie },
      });
      const renewedAfter = await t.app.inject({
        url: '/api/auth/session',
        headers: { cookie: `tierline_session=${renewed?.value ?? ''}` },
      });
      const audit = await t.test.store.transaction((connection) =>
        connection.query<{ actor: string }>(
          "select actor from audit_log where action = 'user.change_password'",
        ),
      );

      expect(change.statusCode).toBe(200);
      expect(otherAfter.statusCode).toBe(401);
      expect(renewedAfter.statusCode).toBe(200);
      expect(audit).toEqual([{ actor: 'rep1' }]);
      await expect(loginAs(t.app, 'rep1', newPassword)).resolves.toBeDefined();
    });
  });

  describe('when an administrator disables a user', () => {
    it("ends the user's sessions at once", async () => {
      const admin = await loginAs(t.app, 'admin');
      const victim = await loginAs(t.app, 'approver');

      const disable = await t.app.inject({
        method: 'PUT',
        url: '/api/users/approver/status',
        headers: admin.headers,
        payload: { status: 'disabled', reason: 'left the company' },
      });
      const after = await t.app.inject({
        url: '/api/auth/session',
        headers: { cookie: victim.cookie },
      });

      expect(disable.statusCode).toBe(200);
      expect(after.statusCode).toBe(401);
      await expect(loginAs(t.app, 'approver')).rejects.toThrow('401');
    });
  });

  describe('on every reply', () => {
    it('sends the security headers', async () => {
      const reply = await t.app.inject({ url: '/api/auth/session' });

      expect(reply.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
      expect(reply.headers['content-security-policy']).toContain(
        "frame-ancestors 'none'",
      );
      expect(reply.headers['cache-control']).toBe('no-store');
    });
  });
});
