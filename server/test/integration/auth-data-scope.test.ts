import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import { storeKind } from './support/test-store.js';

interface CustomerPage {
  items: { code: string }[];
  total: number;
}

describe(`data scope on customer routes (${storeKind})`, () => {
  let t: AuthTestApp;
  const names = ['cust1', 'cust2', 'rep1', 'auditor', 'manager'] as const;
  let as: Record<(typeof names)[number], TestSession>;

  const get = (session: TestSession, url: string) =>
    t.app.inject({ url, headers: session.headers });
  const codesOf = (body: string) =>
    (JSON.parse(body) as CustomerPage).items.map((item) => item.code);

  beforeAll(async () => {
    t = await createAuthTestApp();
    const sessions = [];
    for (const name of names) sessions.push(await loginAs(t.app, name));
    const [cust1, cust2, rep1, auditor, manager] = sessions;
    if (!cust1 || !cust2 || !rep1 || !auditor || !manager) {
      throw new Error('a fixture login failed');
    }
    as = { cust1, cust2, rep1, auditor, manager };
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when two customer users are logged in side by side', () => {
    it('lists only their own customer to each, disjoint', async () => {
      const [first, second] = await Promise.all([
        get(as.cust1, '/api/customers'),
        get(as.cust2, '/api/customers'),
      ]);

      expect(codesOf(first.body)).toEqual(['C001']);
      expect(codesOf(second.body)).toEqual(['C002']);
      expect(JSON.parse(first.body).total).toBe(1);
    });

    it("answers 404 with no data for the other customer's code", async () => {
      const reply = await get(as.cust1, '/api/customers/C002');

      expect(reply.statusCode).toBe(404);
      expect(reply.body).not.toContain('华南二号');
    });

    it.each([
      ['a search', '/api/customers?q=C002'],
      ['a search by name', '/api/customers?q=%E5%8D%8E%E5%8D%97'],
      ['a sales rep filter', '/api/customers?salesRep=R2'],
      ['a second page', '/api/customers?offset=1'],
    ])('finds nothing of the other customer through %s', async (_how, url) => {
      const reply = await get(as.cust1, url);

      expect(reply.statusCode).toBe(200);
      expect(codesOf(reply.body)).not.toContain('C002');
      expect(reply.body).not.toContain('华南二号');
    });

    it('cannot read the import batches, which span customers', async () => {
      const reply = await get(as.cust1, '/api/imports');

      expect(reply.statusCode).toBe(403);
    });
  });

  describe('when a sales rep lists customers', () => {
    it('sees only the customers assigned to them', async () => {
      const reply = await get(as.rep1, '/api/customers');

      expect(codesOf(reply.body)).toEqual(['C001', 'C003']);
    });

    it("gets 404 for another rep's customer", async () => {
      const reply = await get(as.rep1, '/api/customers/C002');

      expect(reply.statusCode).toBe(404);
    });
  });

  describe('when the auditor reads and writes', () => {
    it('reads every customer', async () => {
      const reply = await get(as.auditor, '/api/customers');

      expect(codesOf(reply.body)).toEqual(['C001', 'C002', 'C003']);
    });

    it.each([
      ['POST', '/api/customers', { code: 'C009', name: 'x' }],
      ['PATCH', '/api/customers/C001', { name: 'rewritten' }],
      ['POST', '/api/imports/customers', {}],
      ['POST', '/api/users', { username: 'x', password: 'y', role: 'admin' }],
      ['POST', '/api/tokens', { name: 'x', role: 'admin' }],
    ] as const)(
      'writes nothing: %s %s is refused',
      async (method, url, payload) => {
        const reply = await t.app.inject({
          method,
          url,
          headers: as.auditor.headers,
          payload,
        });

        expect(reply.statusCode).toBe(403);
      },
    );
  });

  describe('when an API token is bound to one customer', () => {
    it('sees that customer only, like its user would', async () => {
      const { token } = await createApiToken(
        t.test.store,
        { name: 'portal-sync', role: 'customer', customerCode: 'C002' },
        { actor: 'admin' },
      );
      const headers = { authorization: `Bearer ${token}` };

      const list = await t.app.inject({ url: '/api/customers', headers });
      const other = await t.app.inject({ url: '/api/customers/C001', headers });

      expect(codesOf(list.body)).toEqual(['C002']);
      expect(other.statusCode).toBe(404);
    });
  });

  describe('when a token is revoked', () => {
    it('is refused at once', async () => {
      const admin = await loginAs(t.app, 'admin');
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: admin.headers,
        payload: { name: 'erp', role: 'program_manager' },
      });
      const { token, apiToken } = created.json() as {
        token: string;
        apiToken: { id: number };
      };
      const headers = { authorization: `Bearer ${token}` };
      const before = await t.app.inject({ url: '/api/customers', headers });

      await t.app.inject({
        method: 'DELETE',
        url: `/api/tokens/${apiToken.id}`,
        headers: admin.headers,
      });
      const after = await t.app.inject({ url: '/api/customers', headers });
      const listed = await t.app.inject({
        url: '/api/tokens',
        headers: admin.headers,
      });

      expect(created.statusCode).toBe(201);
      expect(before.statusCode).toBe(200);
      expect(after.statusCode).toBe(401);
      const items = listed.json().items as { id: number }[];
      expect(items.find((item) => item.id === apiToken.id)).toMatchObject({
        id: apiToken.id,
        revokedAt: expect.any(String),
        lastUsedAt: expect.any(String),
      });
    });
  });
});
