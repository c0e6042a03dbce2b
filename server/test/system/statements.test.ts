import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from '../integration/support/auth-fixtures.js';
import {
  closedAsOf,
  q1,
  q2,
  seedStatementFacts,
} from '../integration/support/statement-fixtures.js';
import { recordImportWork } from '../../src/accruals/pending-work.js';
import { refreshAccruals } from '../../src/accruals/refresh-accruals.js';
import { storeKind } from '../integration/support/test-store.js';

interface StatementBody {
  id: number;
  statementNo: string;
  status: string;
  preview: boolean;
  owedAmount: string;
  disputeComment: string | null;
  resolutionReason: string | null;
  adjustment: { amount: string; appliedPeriodStart: string | null } | null;
}

describe(`statements (${storeKind})`, () => {
  let t: AuthTestApp & { customerIds: Map<string, number> };
  let sessions: Map<string, TestSession>;
  const as = (name: string): TestSession => {
    const session = sessions.get(name);
    if (!session) throw new Error(`no session of ${name}`);
    return session;
  };

  const issue = (session: TestSession, customer: string, periodStart: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/statements',
      headers: session.headers,
      payload: { customer, program: 'EAST-Q-2027', periodStart },
    });
  const step = (
    session: TestSession,
    id: number,
    action: string,
    payload: Record<string, unknown> = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/statements/${String(id)}/${action}`,
      headers: session.headers,
      payload,
    });
  const get = (session: TestSession, url: string) =>
    t.app.inject({ method: 'GET', url, headers: session.headers });

  beforeAll(async () => {
    t = await createAuthTestApp();
    await seedStatementFacts(t.test.store, t.customerIds);
    sessions = new Map();
    for (const name of [
      'approver',
      'admin',
      'cust1',
      'cust2',
      'rep1',
      'auditor',
    ]) {
      sessions.set(name, await loginAs(t.app, name));
    }
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when finance issues the statement of a closed quarter', () => {
    let issued: StatementBody;

    beforeAll(async () => {
      const reply = await issue(as('approver'), 'C001', q1);
      expect(reply.statusCode, reply.body).toBe(201);
      issued = reply.json<StatementBody>();
    });

    it('is issued with the settled amount and a statement number', () => {
      expect(issued).toMatchObject({
        status: 'issued',
        preview: false,
        owedAmount: '11200.00',
      });
      expect(issued.statementNo).toMatch(/^RS-20270101-\d{6}$/);
    });

    it('stands alone: a second one for the period is refused', async () => {
      const reply = await issue(as('admin'), 'C001', q1);

      expect(reply.statusCode).toBe(409);
      expect(reply.json().error.code).toBe('statement_exists');
    });

    it('renders as escaped HTML with the customer and the figures', async () => {
      const reply = await get(
        as('cust1'),
        `/api/statements/${String(issued.id)}.html`,
      );

      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-type']).toContain('text/html');
      expect(reply.body).toContain('华东一号经销商（C001）');
      expect(reply.body).toContain('<dt>本期应付返利</dt><dd>11,200.00</dd>');
    });

    it('downloads as a PDF whose text holds the Chinese name and amounts', async () => {
      const reply = await get(
        as('cust1'),
        `/api/statements/${String(issued.id)}.pdf`,
      );
      const text = execFileSync('pdftotext', ['-layout', '-', '-'], {
        input: reply.rawPayload,
      })
        .toString('utf8')
        .replace(/[ \t]+/g, ' ');

      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-type']).toBe('application/pdf');
      expect(text).toContain('华东一号经销商（C001）');
      expect(text).toContain('本期应付返利 11,200.00');
      expect(text).toContain('粮油 123,456.78');
    });

    it('lets the customer confirm it once', async () => {
      const confirmed = await step(as('cust1'), issued.id, 'confirm');
      const again = await step(as('cust1'), issued.id, 'confirm');

      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect(confirmed.json()).toMatchObject({
        status: 'confirmed',
        answeredBy: 'cust1',
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('statement_not_issued');
    });

    it('records each step in the audit log', async () => {
      const reply = await get(
        as('auditor'),
        `/api/audit?entity=statement&entityId=${issued.statementNo}`,
      );
      const actions = reply
        .json<{ entries: { action: string }[] }>()
        .entries.map((entry) => entry.action);

      expect(actions).toEqual(
        expect.arrayContaining(['statement.issue', 'statement.confirm']),
      );
    });
  });

  describe('when the quarter is still open', () => {
    it('gives a preview that is never confirmed', async () => {
      const reply = await issue(as('approver'), 'C001', q2);
      const preview = reply.json<StatementBody>();
      const confirm = await step(as('cust1'), preview.id, 'confirm');
      const html = await get(
        as('cust1'),
        `/api/statements/${String(preview.id)}.html`,
      );

      expect(reply.statusCode).toBe(201);
      expect(preview).toMatchObject({ status: 'preview', preview: true });
      expect(preview.statementNo).toMatch(/^PV-/);
      expect(confirm.statusCode).toBe(409);
      expect(confirm.json().error.code).toBe('statement_preview');
      expect(html.body).toContain('预览');
    });
  });

  describe("when another customer's user reaches for C001's statement", () => {
    let c001: StatementBody;

    beforeAll(async () => {
      const page = await get(as('approver'), '/api/statements?customer=C001');
      const first = page.json<{ items: StatementBody[] }>().items[0];
      if (!first) throw new Error('C001 has no statement');
      c001 = first;
    });

    it.each(['', '.html', '.pdf'])(
      'answers 404 with no data for GET /api/statements/:id%s',
      async (suffix) => {
        const reply = await get(
          as('cust2'),
          `/api/statements/${String(c001.id)}${suffix}`,
        );

        expect(reply.statusCode).toBe(404);
        expect(reply.body).not.toContain('华东一号经销商');
        expect(reply.body).not.toContain('11,200');
      },
    );

    it('cannot confirm or dispute it', async () => {
      const confirm = await step(as('cust2'), c001.id, 'confirm');
      const dispute = await step(as('cust2'), c001.id, 'dispute', {
        comment: 'x',
      });

      expect(confirm.statusCode).toBe(404);
      expect(dispute.statusCode).toBe(404);
    });

    it('finds nothing of it with list filters', async () => {
      const byCustomer = await get(
        as('cust2'),
        '/api/statements?customer=C001',
      );
      const all = await get(as('cust2'), '/api/statements');

      expect(byCustomer.json()).toMatchObject({ items: [], total: 0 });
      expect(all.json().items).toEqual([]);
    });

    it('leaves the sales rep of C001 reading but not answering', async () => {
      const read = await get(as('rep1'), `/api/statements/${String(c001.id)}`);
      const confirm = await step(as('rep1'), c001.id, 'confirm');

      expect(read.statusCode).toBe(200);
      expect(confirm.statusCode).toBe(403);
    });
  });

  describe('when the customer disputes a statement', () => {
    let disputed: StatementBody;

    beforeAll(async () => {
      const issued = (
        await issue(as('approver'), 'C002', q1)
      ).json<StatementBody>();
      const reply = await step(as('cust2'), issued.id, 'dispute', {
        comment: '3 月 1 日的发票应为 160,000.00',
      });
      expect(reply.statusCode, reply.body).toBe(200);
      disputed = reply.json<StatementBody>();
    });

    it('keeps the comment', () => {
      expect(disputed).toMatchObject({
        status: 'disputed',
        disputeComment: '3 月 1 日的发票应为 160,000.00',
      });
    });

    it('is not resolved by whoever issued it', async () => {
      const reply = await step(as('approver'), disputed.id, 'resolve', {
        outcome: 'rejection',
        reason: '发票金额无误',
      });

      expect(reply.statusCode).toBe(403);
      expect(reply.json().error.code).toBe('own_work');
    });

    it('ends in an adjustment booked in the next open period', async () => {
      const reply = await step(as('admin'), disputed.id, 'resolve', {
        outcome: 'adjustment',
        amount: '200.00',
        reason: '补开发票已核实',
      });
      const [booked] = await t.test.store.transaction((connection) =>
        connection.query<{ amount: string; source: string; debit: string }>(
          `select a.amount::text as amount, a.source,
                  (select sum(debit)::text from journal_lines l
                    where l.voucher_id = a.voucher_id) as debit
             from settlement_adjustments a`,
        ),
      );

      expect(reply.statusCode, reply.body).toBe(200);
      expect(reply.json()).toMatchObject({
        status: 'adjusted',
        adjustment: { amount: '200.00', appliedPeriodStart: q2 },
      });
      expect(booked).toEqual({
        amount: '200.00',
        source: 'dispute',
        debit: '200.00',
      });
    });
  });

  describe('when a late fact reaches the disputed period afterwards', () => {
    it('adjusts for the fact only and keeps the dispute adjustment', async () => {
      await t.test.store.transaction(async (connection) => {
        await connection.query(
          `insert into sales_lines (batch_id, invoice_no, line_no,
             invoice_date, customer_id, product_id, quantity, net_amount,
             currency)
           select 77, 'INV-LATE', 1, '2027-03-20', $1, id, -1, -1000.00, 'CNY'
             from products where sku = 'P100'`,
          [t.customerIds.get('C002')],
        );
        await recordImportWork(connection, 'sales', 77);
      });
      await refreshAccruals(t.test.store, {
        asOf: closedAsOf,
        audit: { actor: 'fixture' },
      });
      const rows = await t.test.store.transaction((connection) =>
        connection.query<{ source: string; amount: string }>(
          `select source, amount::text as amount from settlement_adjustments
            where corrects_period_start = $1 order by id`,
          [q1],
        ),
      );

      // 149,000.00 × 2 % = 2,980.00 against the 3,000.00 settled.
      expect(rows).toEqual([
        { source: 'dispute', amount: '200.00' },
        { source: 'facts', amount: '-20.00' },
      ]);
    });
  });

  describe('when a dispute is rejected', () => {
    it('needs a reason and keeps it', async () => {
      const [row] = await t.test.store.transaction((connection) =>
        connection.query<{ id: number }>(
          `insert into statements (statement_no, customer_id, program_code,
             program_version, period_start, period_end, preview, status,
             owed_amount, document, issued_by, dispute_comment)
           values ('RS-TEST-1', $1, 'EAST-Q-2027', 1, '2026-10-01',
             '2026-12-31', false, 'disputed', '1.00', '{}', 'fixture', 'x')
           returning id::int as id`,
          [t.customerIds.get('C002')],
        ),
      );
      const id = row?.id ?? 0;
      const empty = await step(as('approver'), id, 'resolve', {
        outcome: 'rejection',
        reason: ' ',
      });
      const rejected = await step(as('approver'), id, 'resolve', {
        outcome: 'rejection',
        reason: '发票金额无误',
      });

      expect(empty.statusCode).toBe(400);
      expect(rejected.statusCode, rejected.body).toBe(200);
      expect(rejected.json()).toMatchObject({
        status: 'rejected',
        resolutionReason: '发票金额无误',
        adjustment: null,
      });
    });
  });
});
