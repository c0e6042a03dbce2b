import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import {
  agreementStep,
  createAgreementAs,
  exeBytes,
  pngBytes,
  tinyPdf,
  uploadDocument,
} from './support/agreements.js';
import {
  activeProgram,
  expectStatus,
  programDocument,
} from './support/programs.js';
import { storeKind } from './support/test-store.js';

// DESIGN §5: an agreement is active only with a contract number, a signing
// date and the signed document; every change is on the audit trail.
describe(`an agreement from draft to terminated (${storeKind})`, () => {
  let t: AuthTestApp;
  let manager: TestSession;
  let approver: TestSession;
  let cust1: TestSession;

  const auditOf = (id: number) =>
    t.test.store.transaction((connection) =>
      connection.query<{
        action: string;
        actor: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
        reason: string | null;
      }>(
        `select action, actor, before, after, reason from audit_log
          where entity = 'agreement' and entity_id = $1 order by seq`,
        [String(id)],
      ),
    );

  beforeAll(async () => {
    t = await createAuthTestApp({ agreementDocumentMaxBytes: 4096 });
    manager = await loginAs(t.app, 'manager');
    approver = await loginAs(t.app, 'approver');
    cust1 = await loginAs(t.app, 'cust1');
    await activeProgram(
      t.app,
      manager,
      approver,
      programDocument('ENROL-2027', { enrollment: 'agreement' }),
    );
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when the program manager enrolls a customer', () => {
    it("creates a draft covering the program's term", async () => {
      const draft = await createAgreementAs(t.app, manager, {
        programCode: 'ENROL-2027',
        customerCode: 'C003',
      });

      expect(draft).toMatchObject({
        status: 'draft',
        programCode: 'ENROL-2027',
        customerCode: 'C003',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        contractNo: null,
        document: null,
        createdBy: 'manager',
      });
    });

    it('refuses a second live agreement for the same customer', async () => {
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/agreements',
        headers: manager.headers,
        payload: { programCode: 'ENROL-2027', customerCode: 'C003' },
      });

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('agreement_exists');
    });

    it('refuses a period outside the term, naming the field', async () => {
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/agreements',
        headers: manager.headers,
        payload: {
          programCode: 'ENROL-2027',
          customerCode: 'C002',
          periodEnd: '2028-03-31',
        },
      });

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error).toMatchObject({
        code: 'agreement_invalid',
        details: [{ path: 'body.periodEnd', value: '2028-03-31' }],
      });
    });

    it('refuses an unknown customer', async () => {
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/agreements',
        headers: manager.headers,
        payload: { programCode: 'ENROL-2027', customerCode: 'C999' },
      });

      expect(reply.statusCode).toBe(404);
      expect(reply.json().error.code).toBe('customer_not_found');
    });
  });

  describe('when a draft lacks its contract, date or document', () => {
    it('refuses activation and lists what is missing', async () => {
      const draft = await createAgreementAs(t.app, manager, {
        programCode: 'ENROL-2027',
        customerCode: 'C002',
      });
      const reply = await agreementStep(t.app, manager, draft.id, 'activate');

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error).toMatchObject({
        code: 'agreement_incomplete',
        details: [
          { path: 'contractNo' },
          { path: 'signedOn' },
          { path: 'document' },
        ],
      });
    });
  });

  describe('when the program manager completes a draft', () => {
    it('changes its contract number and signing date, on record', async () => {
      // The incomplete draft of C002 from above.
      const list = await t.app.inject({
        url: '/api/agreements?customer=C002&status=draft',
        headers: manager.headers,
      });
      const draft = list.json().items[0] as { id: number };

      const reply = await t.app.inject({
        method: 'PATCH',
        url: `/api/agreements/${draft.id}`,
        headers: manager.headers,
        payload: { contractNo: 'HT-2027-002', signedOn: '2026-12-19' },
      });
      const entries = await auditOf(draft.id);

      expect(expectStatus(reply, 200).json()).toMatchObject({
        contractNo: 'HT-2027-002',
        signedOn: '2026-12-19',
        status: 'draft',
      });
      expect(entries.at(-1)).toMatchObject({
        action: 'agreement.update',
        before: { contractNo: null },
        after: { contractNo: 'HT-2027-002' },
      });
    });
  });

  describe('when the signed document is uploaded', () => {
    let id: number;

    beforeAll(async () => {
      const draft = await createAgreementAs(t.app, manager, {
        programCode: 'ENROL-2027',
        customerCode: 'C001',
        contractNo: 'HT-2027-001',
        signedOn: '2026-12-18',
      });
      id = draft.id;
    });

    it('refuses a file that is no PDF or image, whatever its name', async () => {
      const reply = await uploadDocument(t.app, manager, id, {
        name: 'contract.pdf',
        content: exeBytes,
      });

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error.code).toBe('document_type_not_allowed');
    });

    it('refuses a file over the size limit with 413', async () => {
      const reply = await uploadDocument(t.app, manager, id, {
        name: 'big.pdf',
        content: Buffer.concat([tinyPdf(), Buffer.alloc(5000, 0x20)]),
      });

      expect(reply.statusCode).toBe(413);
      expect(reply.json().error.code).toBe('document_too_large');
    });

    it('stores a PNG named .pdf as the PNG it is', async () => {
      const reply = await uploadDocument(t.app, manager, id, {
        name: 'scan.pdf',
        content: pngBytes,
      });

      expect(expectStatus(reply, 200).json().document).toMatchObject({
        contentType: 'image/png',
        fileName: 'scan.pdf',
      });
    });

    it('keeps the sha256 of the PDF that replaces it, and no path', async () => {
      const pdf = tinyPdf('HT-2027-001');
      const reply = await uploadDocument(t.app, manager, id, {
        name: '../../etc/合同.pdf',
        content: pdf,
      });

      expect(expectStatus(reply, 200).json().document).toMatchObject({
        contentType: 'application/pdf',
        fileName: '合同.pdf',
        sizeBytes: pdf.length,
        sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
      });
    });

    it('serves it back as an attachment of its own type', async () => {
      const reply = await t.app.inject({
        url: `/api/agreements/${id}/document`,
        headers: cust1.headers,
      });

      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-type']).toBe('application/pdf');
      expect(reply.headers['content-disposition']).toBe(
        `attachment; filename="agreement-${id}.pdf"`,
      );
      expect(reply.rawPayload.equals(tinyPdf('HT-2027-001'))).toBe(true);
    });

    it('activates the complete agreement', async () => {
      const reply = await agreementStep(t.app, manager, id, 'activate');

      expect(expectStatus(reply, 200).json()).toMatchObject({
        status: 'active',
        activatedBy: 'manager',
      });
    });

    it('takes no new document once active', async () => {
      const reply = await uploadDocument(t.app, manager, id, {
        name: 'other.pdf',
        content: tinyPdf('other'),
      });

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('agreement_not_draft');
    });

    it('lets the customer accept the terms once, recording who', async () => {
      const accepted = await agreementStep(t.app, cust1, id, 'accept');
      const again = await agreementStep(t.app, cust1, id, 'accept');

      expect(expectStatus(accepted, 200).json()).toMatchObject({
        acceptedBy: 'cust1',
        acceptedAt: expect.any(String),
      });
      expect(again.json().error.code).toBe('agreement_already_accepted');
    });

    it('terminates only with a reason', async () => {
      const without = await agreementStep(t.app, manager, id, 'terminate', {});
      const withReason = await agreementStep(t.app, manager, id, 'terminate', {
        reason: '客户退出合作',
      });

      expect(without.statusCode).toBe(400);
      expect(expectStatus(withReason, 200).json()).toMatchObject({
        status: 'terminated',
        terminatedBy: 'manager',
        terminationReason: '客户退出合作',
      });
    });

    it('has recorded every change with the state before and after', async () => {
      const entries = await auditOf(id);

      expect(entries.map((entry) => entry.action)).toEqual([
        'agreement.create',
        'agreement.document.attach',
        'agreement.document.attach',
        'agreement.activate',
        'agreement.accept',
        'agreement.terminate',
      ]);
      expect(entries[3]).toMatchObject({
        actor: 'manager',
        before: { status: 'draft', contractNo: 'HT-2027-001' },
        after: { status: 'active' },
      });
      expect(entries[5]).toMatchObject({
        before: { status: 'active' },
        after: { status: 'terminated' },
        reason: '客户退出合作',
      });
    });
  });

  describe('when a stored agreement or document is changed behind the API', () => {
    const attempt = (sql: string) =>
      t.test.store.transaction((connection) => connection.query(sql));

    it('refuses to change a live contract or delete a document', async () => {
      const [live] = await attempt(
        "select id from agreements where status <> 'draft' limit 1",
      );
      const id = String((live as { id: number | string }).id);

      await expect(
        attempt(`update agreements set contract_no = 'X' where id = ${id}`),
      ).rejects.toThrow();
      await expect(attempt('delete from agreement_documents')).rejects.toThrow(
        'append-only',
      );
      await expect(
        attempt(`update agreements set status = 'draft' where id = ${id}`),
      ).rejects.toThrow();
    });
  });

  describe('when someone other than a program manager tries', () => {
    it('refuses the approver a new agreement', async () => {
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/agreements',
        headers: approver.headers,
        payload: { programCode: 'ENROL-2027', customerCode: 'C002' },
      });

      expect(reply.statusCode).toBe(403);
    });
  });
});
