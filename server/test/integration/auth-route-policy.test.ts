import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclaredRoute } from '../../src/auth/authorize.js';
import { authorize } from '../../src/auth/authorize.js';
import {
  grantFor,
  isAction,
  policyTable,
  roles,
  type Role,
} from '../../src/auth/policy.js';
import {
  createAuthTestApp,
  loginAs,
  userOfRole,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import { storeKind } from './support/test-store.js';

// Generated from the routes the app really registers: every route is called
// as every role and anonymously, and the answer must match the policy table.
// A route the table does not cover fails the app's start, and so this test.

const sampleParams: Record<string, string> = {
  code: 'C002',
  id: '1',
  username: 'nobody',
  kind: 'customers',
};

function concreteUrl(url: string): string {
  return url
    .replace(/:(\w+)/g, (_match, name: string) => sampleParams[name] ?? '1')
    .replace(/\*$/, 'file.txt');
}

function expectedOutcome(route: DeclaredRoute, role: Role | null) {
  const entry = policyTable[route.action];
  if (entry.kind === 'public') return 'allowed';
  if (role === null) return 'unauthenticated';
  return grantFor(role, route.action) === null ? 'forbidden' : 'allowed';
}

function outcomeOf(status: number) {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  return 'allowed';
}

describe(`every route × every role (${storeKind})`, () => {
  let t: AuthTestApp;
  let routes: DeclaredRoute[];
  const sessions = new Map<Role, TestSession>();

  const sessionOf = async (role: Role) => {
    const known = sessions.get(role);
    if (known) return known;
    const session = await loginAs(t.app, userOfRole[role]);
    sessions.set(role, session);
    return session;
  };

  beforeAll(async () => {
    t = await createAuthTestApp();
    routes = t.app.declaredRoutes.filter((route) => route.method !== 'HEAD');
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when the app has started', () => {
    it('has a policy entry for every route', () => {
      const undeclared = routes.filter((route) => !isAction(route.action));

      expect(routes.length).toBeGreaterThan(10);
      expect(undeclared).toEqual([]);
    });

    it('covers the master data, import, audit and account routes', () => {
      const actions = new Set(routes.map((route) => route.action));

      expect([...actions]).toEqual(
        expect.arrayContaining([
          'customers.read',
          'customers.write',
          'imports.read',
          'imports.run',
          'audit.read',
          'users.write',
          'tokens.write',
        ]),
      );
    });
  });

  describe.each([...roles.map((role) => [role] as const), [null] as const])(
    'when called as %s',
    (role) => {
      it('is allowed or denied on every route exactly as the table says', async () => {
        const mismatches: string[] = [];

        for (const route of routes) {
          const headers = role === null ? {} : (await sessionOf(role)).headers;
          const reply = await t.app.inject({
            method: route.method as 'GET',
            url: concreteUrl(route.url),
            headers,
            ...(route.method === 'GET' ? {} : { payload: {} }),
          });
          if (route.action === 'auth.logout' && role !== null) {
            sessions.delete(role);
          }

          const expected = expectedOutcome(route, role);
          const actual = outcomeOf(reply.statusCode);
          if (actual !== expected) {
            mismatches.push(
              `${route.method} ${route.url} (${route.action}): expected ${expected}, got ${reply.statusCode}`,
            );
          }
        }

        expect(mismatches).toEqual([]);
      });
    },
  );
});

describe('a route without a declared action', () => {
  describe('when it is registered behind the authorize plugin', () => {
    it('makes the app refuse to start', async () => {
      const app = Fastify();
      const store = {} as never;
      await app.register(authorize, { store });

      expect(() =>
        app.get('/api/forgotten', async () => ({ secret: true })),
      ).toThrow('GET /api/forgotten declares no action');
      await app.close();
    });
  });

  describe('when a read route declares a write action', () => {
    it('makes the app refuse to start', async () => {
      const app = Fastify();
      await app.register(authorize, { store: {} as never });

      expect(() =>
        app.get(
          '/api/odd',
          { config: { action: 'customers.write' } },
          async () => ({}),
        ),
      ).toThrow('reads but declares');
      await app.close();
    });
  });
});
