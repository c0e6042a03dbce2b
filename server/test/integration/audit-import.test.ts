import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/audit/list-audit.js';
import { verifyAudit } from '../../src/audit/verify-audit.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import { multipartFile } from './support/multipart.js';
import { storeKind } from './support/test-store.js';

const goodFile = [
  'code,name,group,region,tags,sales_rep',
  'C101,杭州西湖贸易有限公司,华东经销商,华东,,R1',
  'C102,南京金陵商行,华东经销商,华东,,R1',
].join('\n');

const badFile = [
  'code,name,group,region,tags,sales_rep',
  'C201,苏州姑苏商贸,华东经销商,华东,,R1',
  'C202,,华东经销商,华东,,R1',
].join('\n');

describe(`the audit entry of an import (${storeKind})`, () => {
  let t: AuthTestApp;
  let manager: TestSession;

  beforeAll(async () => {
    t = await createAuthTestApp();
    manager = await loginAs(t.app, 'manager');
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when a file is committed', () => {
    it('records one entry for the batch, by the signed-in user', async () => {
      const file = multipartFile({ name: 'customers.csv', content: goodFile });
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/imports/customers',
        payload: file.payload,
        headers: { ...file.headers, ...manager.headers },
      });
      const { entries } = await listAudit(t.test.store, {
        entity: 'import_batch',
        limit: 10,
      });

      expect(reply.statusCode).toBe(200);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor: 'manager',
        action: 'import.committed',
        entityId: String(reply.json().batchId),
        requestId: reply.headers['x-request-id'],
        after: { fileName: 'customers.csv', rows: { new: 2 } },
      });
    });
  });

  describe('when a file is rejected for a bad row', () => {
    it('records the rejected batch as one entry too', async () => {
      const file = multipartFile({ name: 'bad.csv', content: badFile });
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/imports/customers',
        payload: file.payload,
        headers: { ...file.headers, ...manager.headers },
      });
      const { entries } = await listAudit(t.test.store, {
        action: 'import.rejected',
        limit: 10,
      });

      expect(reply.statusCode).toBe(422);
      expect(entries).toHaveLength(1);
      expect(entries[0]?.after).toMatchObject({
        fileName: 'bad.csv',
        badRows: 1,
      });
      expect((await verifyAudit(t.test.store)).ok).toBe(true);
    });
  });

  describe('when the auditor reads GET /api/audit with filters', () => {
    it('gets the matching entries, newest first, and the head', async () => {
      const auditor = await loginAs(t.app, 'auditor');
      const reply = await t.app.inject({
        url: '/api/audit?entity=import_batch&actor=manager&limit=5',
        headers: auditor.headers,
      });
      const body = reply.json() as {
        entries: { action: string; seq: number }[];
        head: { seq: number; hash: string };
      };

      expect(reply.statusCode).toBe(200);
      expect(body.entries.map((entry) => entry.action)).toEqual([
        'import.rejected',
        'import.committed',
      ]);
      expect(body.head.seq).toBeGreaterThanOrEqual(body.entries[0]?.seq ?? 0);
      expect(body.head.hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('when a customer user asks for the audit trail', () => {
    it('is refused', async () => {
      const customer = await loginAs(t.app, 'cust1');
      const reply = await t.app.inject({
        url: '/api/audit',
        headers: customer.headers,
      });

      expect(reply.statusCode).toBe(403);
    });
  });
});
