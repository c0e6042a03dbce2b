import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings } from '../../src/auth/auth-settings.js';
import {
  createAuthTestApp,
  fixturePassword,
  type AuthTestApp,
} from './support/auth-fixtures.js';
import { storeKind } from './support/test-store.js';

let clockMs = Date.parse('2027-03-31T08:00:00Z');
const heldMs: number[] = [];
const settings = authSettings({
  now: () => new Date(clockMs),
  sleep: async (ms) => {
    heldMs.push(ms);
  },
});
const attacker = '203.0.113.7';
const colleague = '198.51.100.20';

describe(`failed-login throttling (${storeKind})`, () => {
  let t: AuthTestApp;

  const attempt = (password: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'approver', password },
      remoteAddress,
    });

  beforeAll(async () => {
    t = await createAuthTestApp({ auth: settings });
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when one source keeps sending wrong passwords', () => {
    const statuses: number[] = [];
    const waits: number[] = [];

    beforeAll(async () => {
      // Each refused attempt names its wait; the clock then moves past it.
      for (let failures = 0; failures < settings.throttle.blockSourceAfter;) {
        const reply = await attempt('wrong-password', attacker);
        statuses.push(reply.statusCode);
        if (reply.statusCode === 401) {
          failures += 1;
          continue;
        }
        const wait = Number(reply.headers['retry-after']);
        waits.push(wait);
        clockMs += wait * 1000;
      }
    });

    it('answers the first wrong passwords at once', () => {
      expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    });

    it('then makes it wait, longer after each failure', () => {
      expect(statuses[4]).toBe(429);
      expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
    });

    it('holds the failed replies for the attacked account a growing time', () => {
      expect(heldMs.slice(0, 6)).toEqual([0, 0, 0, 100, 200, 400]);
    });

    it('blocks the source for a while', async () => {
      const reply = await attempt('wrong-password', attacker);

      expect(reply.statusCode).toBe(429);
      expect(reply.json().error.code).toBe('source_blocked');
      expect(Number(reply.headers['retry-after'])).toBe(15 * 60);
    });

    it('refuses even the right password from the blocked source', async () => {
      const reply = await attempt(fixturePassword, attacker);

      expect(reply.statusCode).toBe(429);
    });

    it('raises an alert and logs it as a warning', async () => {
      const alerts = await t.test.store.transaction((connection) =>
        connection.query<{ kind: string; subject: string }>(
          'select kind, subject from alerts',
        ),
      );
      const warned = t.logLines
        .map(
          (line) =>
            JSON.parse(line) as {
              level: number;
              msg: string;
              alertKind?: string;
            },
        )
        .filter((line) => line.level === 40 && line.msg === 'alert raised');

      expect(alerts).toEqual([
        { kind: 'security.login_source_blocked', subject: attacker },
      ]);
      expect(warned.map((line) => line.alertKind)).toEqual([
        'security.login_source_blocked',
      ]);
    });

    it('logs every failure at info with the source', () => {
      const failures = t.logLines.filter(
        (line) => line.includes('"login failed"') && line.includes(attacker),
      );

      expect(failures).toHaveLength(settings.throttle.blockSourceAfter);
    });
  });

  describe('when the approver logs in from another source meanwhile', () => {
    it('lets the right password in', async () => {
      const reply = await attempt(fixturePassword, colleague);

      expect(reply.statusCode).toBe(200);
    });
  });

  describe('when the block has run out', () => {
    it('lets the right password in from that source again', async () => {
      clockMs += (settings.throttle.blockMinutes + 1) * 60_000;
      const reply = await attempt(fixturePassword, attacker);

      expect(reply.statusCode).toBe(200);
    });
  });
});
