import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import { activeAgreement, type AgreementJson } from './support/agreements.js';
import { activeProgram, programDocument } from './support/programs.js';
import { storeKind } from './support/test-store.js';

// A customer user sees its own agreements only, a sales rep those of its
// customers; anything else reads as not there (DESIGN §1, §5).
describe(`who sees which agreement (${storeKind})`, () => {
  let t: AuthTestApp;
  const sessions: Record<string, TestSession> = {};
  const agreements: Record<string, AgreementJson> = {};

  const as = (user: string) => {
    const session = sessions[user];
    if (!session) throw new Error(`no session for ${user}`);
    return session;
  };
  const get = (user: string, url: string) =>
    t.app.inject({ url, headers: as(user).headers });

  beforeAll(async () => {
    t = await createAuthTestApp();
    const users = ['manager', 'approver', 'cust1', 'cust2', 'rep1', 'auditor'];
    for (const user of users) sessions[user] = await loginAs(t.app, user);

    await activeProgram(
      t.app,
      as('manager'),
      as('approver'),
      programDocument('ENROL-2027', {
        enrollment: 'agreement',
        eligibility: {
          customers: { include: { codes: ['C001', 'C002', 'C003'] } },
        },
      }),
    );
    for (const code of ['C001', 'C002', 'C003']) {
      agreements[code] = await activeAgreement(
        t.app,
        as('manager'),
        'ENROL-2027',
        code,
      );
    }
  });

  afterAll(async () => {
    await t.dispose();
  });

  const idOf = (code: string) => agreements[code]?.id ?? 0;

  describe("when customer C001's user asks for C002's agreement", () => {
    it('gets 404 and none of its data', async () => {
      const reply = await get('cust1', `/api/agreements/${idOf('C002')}`);

      expect(reply.statusCode).toBe(404);
      expect(reply.json().error.code).toBe('agreement_not_found');
      expect(reply.body).not.toContain('C002');
      expect(reply.body).not.toContain('HT-');
    });

    it('gets 404 for its document, without a byte of it', async () => {
      const reply = await get(
        'cust1',
        `/api/agreements/${idOf('C002')}/document`,
      );

      expect(reply.statusCode).toBe(404);
      expect(reply.headers['content-type']).toContain('application/json');
      expect(reply.body).not.toContain('%PDF');
    });

    it('cannot accept it either', async () => {
      const reply = await t.app.inject({
        method: 'POST',
        url: `/api/agreements/${idOf('C002')}/accept`,
        headers: as('cust1').headers,
      });

      expect(reply.statusCode).toBe(404);
    });
  });

  describe('when a customer user lists agreements', () => {
    it('sees its own only', async () => {
      const reply = await get('cust1', '/api/agreements');

      expect(reply.json()).toMatchObject({
        total: 1,
        items: [{ customerCode: 'C001' }],
      });
    });

    it('reads the terms without the scope lists naming others', async () => {
      const reply = await get('cust1', `/api/agreements/${idOf('C001')}`);
      const body = reply.json();

      expect(reply.statusCode).toBe(200);
      expect(body.terms).toMatchObject({ measure: 'net_amount' });
      expect(body.terms).not.toHaveProperty('eligibility');
      expect(reply.body).not.toContain('C002');
      expect(reply.body).not.toContain('C003');
    });
  });

  describe('when a sales rep lists agreements', () => {
    it('sees those of its own customers', async () => {
      const reply = await get('rep1', '/api/agreements');
      const codes = reply
        .json()
        .items.map((item: { customerCode: string }) => item.customerCode);

      expect(codes).toEqual(['C001', 'C003']);
    });

    it("gets 404 for another rep's customer", async () => {
      const reply = await get('rep1', `/api/agreements/${idOf('C002')}`);

      expect(reply.statusCode).toBe(404);
    });
  });

  describe('when the auditor lists agreements', () => {
    it('sees every one and may read every document', async () => {
      const list = await get('auditor', '/api/agreements');
      const document = await get(
        'auditor',
        `/api/agreements/${idOf('C002')}/document`,
      );

      expect(list.json().total).toBe(3);
      expect(document.statusCode).toBe(200);
    });
  });

  describe('when someone else than the customer accepts', () => {
    it('is forbidden even for an admin-like role', async () => {
      const reply = await t.app.inject({
        method: 'POST',
        url: `/api/agreements/${idOf('C001')}/accept`,
        headers: as('manager').headers,
      });

      expect(reply.statusCode).toBe(403);
    });
  });
});
