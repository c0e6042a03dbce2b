import { execFileSync } from 'node:child_process';
import { Dec } from '@tierline/engine';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessToday } from '../../src/programs/business-date.js';
import { salesCsv } from '../integration/support/accrual-fixtures.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from '../integration/support/auth-fixtures.js';
import { multipartFile } from '../integration/support/multipart.js';
import {
  expectStatus,
  importProgram,
  programStep,
  versionStep,
} from '../integration/support/programs.js';
import { storeKind } from '../integration/support/test-store.js';

// The whole rebate cycle as its users run it, through the HTTP API only:
// sales imported, a program drafted, refused to its own author, approved by
// finance, accrued and booked, the quarter closed, a late return adjusting
// the next quarter, the statement read as a PDF and confirmed by the
// customer, the rebate paid out as account credit, an order drawing on it
// and the journal exported with every voucher balanced.
//
// The dates follow today's: imports and approvals accrue as of the business
// date, so the settled quarter is the one before today's.

const program = 'CYCLE-Q';

/** YYYY-MM-DD of the first day of the month `months` after `date`'s. */
function monthStart(date: string, months: number): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y)}-${String(m).padStart(2, '0')}-01`;
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);

const today = businessToday();
const quarterStart = monthStart(today, -((Number(today.slice(5, 7)) - 1) % 3));
const settled = monthStart(quarterStart, -3);
const settledEnd = addDays(quarterStart, -1);

/** Every line of the exported journal, by its English column names. */
function csvRows(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const names = header.split(',');
  return lines
    .filter((line) => line !== '')
    .map((line) => {
      // Memos may be quoted; split on commas outside quotes.
      const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
        .map((match) => (match[1] ?? '').replace(/^"|"$/g, ''))
        .slice(0, names.length);
      return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
    });
}

describe(`the rebate cycle from import to journal export (${storeKind})`, () => {
  let t: AuthTestApp;
  const sessions = new Map<string, TestSession>();
  const as = (name: string): TestSession => {
    const session = sessions.get(name);
    if (!session) throw new Error(`no session of ${name}`);
    return session;
  };
  const send = (
    name: string,
    method: 'GET' | 'POST',
    url: string,
    payload?: Record<string, unknown>,
  ): Promise<LightMyRequestResponse> =>
    t.app.inject({
      method,
      url,
      headers: as(name).headers,
      ...(payload ? { payload } : {}),
    });
  const upload = async (
    name: string,
    kind: string,
    file: string,
    content: string,
  ) => {
    const body = multipartFile({ name: file, content });
    return t.app.inject({
      method: 'POST',
      url: `/api/imports/${kind}`,
      headers: { ...as(name).headers, ...body.headers },
      payload: body.payload,
    });
  };
  const accrual = async (periodStart: string) => {
    const reply = expectStatus(
      await send(
        'approver',
        'GET',
        `/api/accruals?program=${program}&customer=C001&period=${periodStart}`,
      ),
      200,
    );
    const [row] = reply.json<{ items: Record<string, unknown>[] }>().items;
    if (!row) throw new Error(`no accrual for ${periodStart}`);
    return row;
  };

  let statementId = 0;

  beforeAll(async () => {
    t = await createAuthTestApp();
    for (const name of ['admin', 'manager', 'approver', 'cust1', 'auditor']) {
      sessions.set(name, await loginAs(t.app, name));
    }
  });

  afterAll(async () => {
    await t.dispose();
  });

  it('imports products and the settled quarter’s sales through the API', async () => {
    const products = await upload(
      'manager',
      'products',
      '商品.csv',
      [
        'sku,name,category,brand,unit,list_price,vat_rate',
        'P01,清泉矿泉水 550ml*24,饮料,清泉,箱,48.00,13%',
        'P02,金穗菜籽油 5L*4,粮油,金穗,箱,320.00,9%',
      ].join('\n'),
    );
    expectStatus(products, 200);

    // 350,000.00 in the settled quarter; 400,000.00 in today's.
    const sales = await upload(
      'manager',
      'sales',
      'sales.csv',
      salesCsv([
        {
          invoiceNo: 'INV-1',
          date: addDays(settled, 5),
          customer: 'C001',
          sku: 'P01',
          fen: 20_000_000,
        },
        {
          invoiceNo: 'INV-2',
          date: addDays(settled, 40),
          customer: 'C001',
          sku: 'P02',
          fen: 15_000_000,
        },
        {
          invoiceNo: 'INV-3',
          date: quarterStart,
          customer: 'C001',
          sku: 'P01',
          fen: 40_000_000,
        },
      ]),
    );
    expect(expectStatus(sales, 200).json()).toMatchObject({
      status: 'committed',
      rows: { total: 3, new: 3, bad: 0 },
    });
  });

  it('refuses the program to the author who drafted it', async () => {
    const document = {
      format: 'tierline/program@1',
      code: program,
      name: '华东经销商季度返利',
      currency: 'CNY',
      period: {
        start: settled,
        end: `${String(Number(today.slice(0, 4)) + 1)}-12-31`,
        settle: 'quarter',
      },
      eligibility: { customers: { include: { codes: ['C001'] } } },
      measure: 'net_amount',
      method: 'retroactive',
      tiers: [
        { from: '100000', rate: '2%' },
        { from: '300000', rate: '3.5%' },
      ],
      payout: {
        form: 'account_credit',
        balance: { valid_days: 365, max_order_share: '50%' },
      },
    };
    expectStatus(
      await importProgram(t.app, as('admin'), { json: document }),
      201,
    );
    expectStatus(
      await versionStep(t.app, as('admin'), program, 1, 'submit'),
      200,
    );

    const own = await versionStep(t.app, as('admin'), program, 1, 'approve');

    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('own_work');
    const detail = await send('admin', 'GET', `/api/programs/${program}`);
    expect(detail.json()).toMatchObject({ status: 'submitted' });
  });

  it('accrues and books once someone else approves and activates it', async () => {
    expectStatus(
      await versionStep(t.app, as('approver'), program, 1, 'approve'),
      200,
    );
    expectStatus(
      await programStep(t.app, as('approver'), program, 'activate'),
      200,
    );

    // 3.5 % on all of 350,000.00 (retroactive tier 2), and on 400,000.00.
    expect(await accrual(settled)).toMatchObject({
      tier: 2,
      rebate: '12250.00',
      accruedAmount: '12250.00',
      closed: false,
    });
    expect(await accrual(quarterStart)).toMatchObject({
      tier: 2,
      rebate: '14000.00',
    });

    const journal = expectStatus(
      await send('auditor', 'GET', `/api/journal/lines?program=${program}`),
      200,
    ).json<{
      items: { accountCode: string; debit: string; credit: string }[];
    }>();
    const credited = journal.items
      .filter((line) => line.accountCode === '2241')
      .reduce((sum, line) => sum.plus(Dec.of(line.credit)), Dec.of('0.00'));
    expect(credited.eq(Dec.of('26250.00')), credited.toString()).toBe(true);
  });

  it('closes the settled quarter, and a late return adjusts the next one', async () => {
    const close = await send('approver', 'POST', '/api/periods/close', {
      program,
      period: settled,
      reason: '季度结账',
    });
    expect(expectStatus(close, 200).json()).toMatchObject({
      periodEnd: settledEnd,
      settlements: 1,
      total: '12250.00',
    });

    // Returned goods invoiced in the closed quarter: 290,000.00 would be
    // tier 1 (2 %, 5,800.00), so 6,450.00 comes off today's quarter.
    const late = await upload(
      'manager',
      'sales',
      'returns.csv',
      salesCsv([
        {
          invoiceNo: 'RET-1',
          date: addDays(settled, 50),
          customer: 'C001',
          sku: 'P02',
          fen: -6_000_000,
        },
      ]),
    );
    expectStatus(late, 200);

    expect(await accrual(settled)).toMatchObject({
      closed: true,
      accruedAmount: '12250.00',
    });
    expect(await accrual(quarterStart)).toMatchObject({
      accruedAmount: '14000.00',
      adjustmentsAmount: '-6450.00',
    });
  });

  it('issues a statement whose PDF holds the Chinese name and the amounts', async () => {
    const issued = await send('approver', 'POST', '/api/statements', {
      customer: 'C001',
      program,
      periodStart: settled,
    });
    const statement = expectStatus(issued, 201).json<{
      id: number;
      owedAmount: string;
    }>();
    expect(statement.owedAmount).toBe('12250.00');
    statementId = statement.id;

    const pdf = await send(
      'cust1',
      'GET',
      `/api/statements/${String(statementId)}.pdf`,
    );
    expect(pdf.statusCode).toBe(200);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], {
      input: pdf.rawPayload,
    })
      .toString('utf8')
      .replace(/[ \t]+/g, ' ');
    expect(text).toContain('华东一号经销商（C001）');
    expect(text).toContain('12,250.00');
    expect(text).toContain('350,000.00');
  });

  it('lets the customer confirm it', async () => {
    const confirmed = await send(
      'cust1',
      'POST',
      `/api/statements/${String(statementId)}/confirm`,
      {},
    );
    expect(expectStatus(confirmed, 200).json()).toMatchObject({
      status: 'confirmed',
    });
  });

  it('pays the quarter out as account credit that a later order draws on', async () => {
    const created = await send('manager', 'POST', '/api/payouts', {
      programCode: program,
      customerCode: 'C001',
      periods: [{ periodStart: settled, amount: '12250.00' }],
    });
    const payout = expectStatus(created, 200).json<{ id: number }>();
    const release = `/api/payouts/${String(payout.id)}/release`;
    expectStatus(
      await send('approver', 'POST', release, { releasedOn: today }),
      200,
    );

    const balance = expectStatus(
      await send('cust1', 'GET', '/api/balances/C001'),
      200,
    ).json<{ available: string }>();
    expect(balance.available).toBe('12250.00');

    // At most half of an order is paid from the balance.
    const order = await send('manager', 'POST', '/api/balances/orders', {
      orderNo: 'SO-0001',
      customerCode: 'C001',
      orderDate: today,
      orderAmount: '10000.00',
    });
    expect(expectStatus(order, 200).json()).toMatchObject({
      drawn: '5000.00',
      balanceAfter: '7250.00',
    });
  });

  it('exports a journal in which every voucher balances', async () => {
    const reply = expectStatus(
      await send('auditor', 'GET', '/api/journal/export'),
      200,
    );
    const rows = csvRows(reply.body);
    const vouchers = new Map<string, { debit: Dec; credit: Dec }>();
    for (const row of rows) {
      const key = `${row.date ?? ''}/${row.voucher_no ?? ''}`;
      const sums = vouchers.get(key) ?? {
        debit: Dec.of('0.00'),
        credit: Dec.of('0.00'),
      };
      vouchers.set(key, {
        debit: sums.debit.plus(Dec.of(row.debit || '0')),
        credit: sums.credit.plus(Dec.of(row.credit || '0')),
      });
    }

    expect(vouchers.size).toBeGreaterThanOrEqual(4);
    for (const [voucher, sums] of vouchers) {
      expect(sums.debit.eq(sums.credit), voucher).toBe(true);
    }
    // The accrued liability: 12,250.00 settled + 14,000.00 accrued
    // − 6,450.00 adjusted − 12,250.00 paid out.
    const liability = rows
      .filter((row) => row.account_code === '2241')
      .reduce(
        (sum, row) =>
          sum.plus(Dec.of(row.credit || '0')).minus(Dec.of(row.debit || '0')),
        Dec.of('0.00'),
      );
    expect(liability.eq(Dec.of('7550.00')), liability.toString()).toBe(true);
  });

  it('has every step on record in the audit log', async () => {
    const reply = expectStatus(
      await send('auditor', 'GET', '/api/audit?limit=200'),
      200,
    );
    const actions = reply
      .json<{ entries: { action: string }[] }>()
      .entries.map((entry) => entry.action);

    expect(actions).toEqual(
      expect.arrayContaining([
        'import.committed',
        'program.create',
        'program.version.submit',
        'program.version.approve',
        'program.activate',
        'period.close',
        'statement.issue',
        'statement.confirm',
        'payout.create',
        'payout.release',
        'balance.draw',
      ]),
    );
  });
});
