import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import {
  activeProgram,
  expectStatus,
  fullProgramYaml,
  importProgram,
  programDocument,
} from './support/programs.js';
import { storeKind } from './support/test-store.js';

// DESIGN §5: a customer sees a program's customer-facing terms only, never
// the scope lists that name other customers.
describe(`who sees which program (${storeKind})`, () => {
  let t: AuthTestApp;
  const sessions: Record<string, TestSession> = {};

  const get = (user: string, url: string) => {
    const session = sessions[user];
    if (!session) throw new Error(`no session for ${user}`);
    return t.app.inject({ url, headers: session.headers });
  };

  beforeAll(async () => {
    t = await createAuthTestApp();
    const users = ['manager', 'approver', 'cust1', 'cust2', 'rep1', 'auditor'];
    for (const user of users) sessions[user] = await loginAs(t.app, user);
    const [manager, approver] = [sessions.manager, sessions.approver];
    if (!manager || !approver) throw new Error('no sessions');

    const full = parseYaml(fullProgramYaml, { version: '1.2' });
    await activeProgram(t.app, manager, approver, full);
    expectStatus(
      await importProgram(t.app, manager, {
        json: programDocument('DRAFT-2027'),
      }),
      201,
    );
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when a customer in scope reads the program', () => {
    it('gets the customer-facing terms of the current version', async () => {
      const reply = await get(
        'cust1',
        '/api/programs/EAST-2027?asOf=2027-02-01',
      );

      expect(reply.statusCode).toBe(200);
      expect(reply.json()).toMatchObject({
        view: 'terms',
        code: 'EAST-2027',
        name: '2027 华东经销商季度返利',
        status: 'active',
        version: 1,
        effectiveFrom: '2027-01-01',
        terms: {
          currency: 'CNY',
          period: { start: '2027-01-01', settle: 'quarter' },
          measure: 'net_amount',
          tiers: [
            { from: '1000000', ratePct: '2' },
            { from: '3000000', ratePct: '3.5' },
            { from: '5000000', ratePct: '5', amount: '20000' },
          ],
          products: { include: { categories: ['饮料', '粮油', '休闲食品'] } },
          payout: { form: 'account_credit' },
        },
      });
    });

    it('never sees the customer lists, the budget or the accounts', async () => {
      const reply = await get('cust1', '/api/programs/EAST-2027');

      for (const hidden of [
        'C003',
        'C0042',
        '华东经销商"',
        'eligibility',
        'customers',
        'budget',
        '2241.03',
        'versions',
      ]) {
        expect(reply.body).not.toContain(hidden);
      }
    });

    it('lists the live programs it is in, not the drafts', async () => {
      const reply = await get('cust1', '/api/programs');

      expect(reply.json()).toMatchObject({
        total: 1,
        items: [{ code: 'EAST-2027', status: 'active' }],
      });
    });

    it('may not read a version or export its file', async () => {
      const version = await get('cust1', '/api/programs/EAST-2027/versions/1');
      const file = await get(
        'cust1',
        '/api/programs/EAST-2027/versions/1/file',
      );

      expect(version.statusCode).toBe(403);
      expect(file.statusCode).toBe(403);
    });
  });

  describe('when a customer outside the scope reads it', () => {
    it('finds no such program', async () => {
      const detail = await get('cust2', '/api/programs/EAST-2027');
      const list = await get('cust2', '/api/programs');

      expect(detail.statusCode).toBe(404);
      expect(list.json()).toMatchObject({ total: 0, items: [] });
    });
  });

  describe('when a customer asks for a draft that would include it', () => {
    it('finds no such program', async () => {
      const reply = await get('cust1', '/api/programs/DRAFT-2027');

      expect(reply.statusCode).toBe(404);
    });
  });

  describe('when a sales rep reads the program', () => {
    it('gets the terms without the scope lists', async () => {
      const reply = await get('rep1', '/api/programs/EAST-2027');

      expect(reply.json().view).toBe('terms');
      expect(reply.body).not.toContain('C003');
    });
  });

  describe('when an auditor reads the program', () => {
    it('gets the whole program with its versions and its file', async () => {
      const detail = await get('auditor', '/api/programs/EAST-2027');
      const version = await get(
        'auditor',
        '/api/programs/EAST-2027/versions/1',
      );

      expect(detail.json()).toMatchObject({
        view: 'full',
        versions: [{ version: 1 }],
      });
      expect(version.json().definition.eligibility.customers).toBeDefined();
    });
  });
});
