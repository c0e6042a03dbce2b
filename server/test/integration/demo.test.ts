import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseProgram } from '@tierline/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDemo, type DemoOptions } from '../../src/demo/dataset.js';
import { DemoStoreNotEmptyError } from '../../src/demo/demo-errors.js';
import { salesCsv } from '../../src/demo/files.js';
import { loadDemo, type DemoSummary } from '../../src/demo/load-demo.js';
import { regions } from '../../src/demo/names.js';
import {
  createClosedTestStore,
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

// A small demo keeps the suite fast on both stores; it still spans last year
// (which sizes the programs and targets) and the current quarter.
const smallDemo: DemoOptions = {
  seed: 11,
  asOf: '2026-03-20',
  customers: 20,
  products: 40,
  historyQuarters: 5,
};

const cli = fileURLToPath(new URL('../../bin/tierline.js', import.meta.url));

async function salesSha256(options: DemoOptions): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of salesCsv(planDemo(options))) hash.update(chunk);
  return hash.digest('hex');
}

describe(`the demo data set (${storeKind})`, () => {
  let test: TestStore;
  let summary: DemoSummary;

  const query = <Row>(sql: string): Promise<Row[]> =>
    test.store.transaction((connection) => connection.query<Row>(sql));

  beforeAll(async () => {
    test = await createTestStore();
    summary = await loadDemo(test.store, smallDemo);
  });

  afterAll(async () => {
    await test?.dispose();
  });

  describe('when generated again with the same seed and date', () => {
    it('writes the same sales file, byte for byte', async () => {
      expect(await salesSha256(smallDemo)).toBe(summary.salesSha256);
    });

    it('is the file the import recorded', async () => {
      const batches = await query<{ sha256: string }>(
        `select sha256 from import_batches where kind = 'sales'`,
      );

      expect(batches).toEqual([{ sha256: summary.salesSha256 }]);
    });
  });

  describe('when generated with another seed', () => {
    it('writes another sales file', async () => {
      expect(await salesSha256({ ...smallDemo, seed: 12 })).not.toBe(
        summary.salesSha256,
      );
    });
  });

  describe('when loaded into a fresh store', () => {
    it('imports every file whole, with no bad row', async () => {
      const batches = await query<{
        kind: string;
        status: string;
        rows_bad: number;
      }>(`select kind, status, rows_bad from import_batches order by id`);

      expect(batches).toEqual(
        ['customers', 'products', 'sales', 'targets'].map((kind) => ({
          kind,
          status: 'committed',
          rows_bad: 0,
        })),
      );
    });

    it('stores every generated sales line', async () => {
      const [row] = await query<{ lines: number }>(
        'select count(*)::int as lines from sales_lines',
      );

      expect(summary.salesLines).toBeGreaterThan(5_000);
      expect(row?.lines).toBe(summary.salesLines);
    });

    it('sums its lines into the monthly sales aggregate', async () => {
      const monthly = `select customer_id, month::text, net_amount::text,
                              quantity::text, line_count
                         from sales_monthly order by 1, 2`;
      const grouped = `select customer_id,
                              date_trunc('month', invoice_date)::date::text,
                              sum(net_amount)::text as net,
                              sum(quantity)::text as quantity,
                              count(*)::int
                         from sales_lines where currency = 'CNY'
                        group by 1, 2 order by 1, 2`;
      const stored = await query<Record<string, unknown>>(monthly);

      expect(stored.length).toBeGreaterThan(0);
      expect(stored.map(Object.values)).toEqual(
        (await query<Record<string, unknown>>(grouped)).map(Object.values),
      );
    });

    it('names the customers like Chinese trading companies', async () => {
      const rows = await query<{ name: string }>('select name from customers');

      expect(rows).toHaveLength(smallDemo.customers);
      for (const { name } of rows) {
        expect(name).toMatch(
          /^\p{Script=Han}{2,4}\p{Script=Han}{2}(商贸|贸易|食品|供应链)有限公司$/u,
        );
      }
    });

    it('has customers in all four regions, each with a rep', async () => {
      const rows = await query<{ region: string; without_rep: number }>(
        `select region,
                count(*) filter (where sales_rep !~ '^rep[0-9]{2}$')::int
                  as without_rep
           from customers group by region order by region`,
      );

      expect(rows.map((row) => row.region).sort()).toEqual([...regions].sort());
      expect(rows.every((row) => row.without_rep === 0)).toBe(true);
    });

    it('books about 3 % of the lines as returns', async () => {
      const [row] = await query<{ returns: number; lines: number }>(
        `select count(*) filter (where net_amount < 0)::int as returns,
                count(*)::int as lines
           from sales_lines`,
      );
      const share = (row?.returns ?? 0) / (row?.lines ?? 1);

      expect(share).toBeGreaterThan(0.02);
      expect(share).toBeLessThan(0.04);
    });

    it('returns only what an earlier sale sold', async () => {
      const [row] = await query<{ orphans: number }>(
        `select count(*)::int as orphans
           from sales_lines r
          where r.net_amount < 0
            and not exists (
              select 1 from sales_lines s
               where s.invoice_no || '-R' = r.invoice_no
                 and s.line_no = r.line_no
                 and s.customer_id = r.customer_id
                 and s.product_id = r.product_id
                 and s.invoice_date < r.invoice_date
                 and s.quantity >= -r.quantity)`,
      );

      expect(row?.orphans).toBe(0);
    });

    it('stores the four programs, active, each a valid program file', async () => {
      const rows = await query<{
        code: string;
        status: string;
        created_by: string;
        definition: unknown;
      }>(
        `select p.code, p.status, p.created_by, v.definition
           from programs p join program_versions v on v.program_id = p.id`,
      );

      expect(rows.map((row) => row.code).sort()).toEqual(
        ['EAST-Q-2026', 'GROWTH-2026', 'KA-YEAR-2026', 'TARGET-2026'].sort(),
      );
      for (const row of rows) {
        expect(row).toMatchObject({ status: 'active', created_by: 'demo' });
        expect(parseProgram(JSON.stringify(row.definition)).ok).toBe(true);
      }
    });

    it('gives the target program a target for every quarter', async () => {
      const rows = await query<{ period_start: string; targets: number }>(
        `select period_start::text, count(*)::int as targets from targets
          where program_code = 'TARGET-2026'
          group by period_start order by period_start`,
      );

      expect(summary.targets).toBeGreaterThan(0);
      expect(rows.map((row) => row.period_start)).toEqual([
        '2026-01-01',
        '2026-04-01',
        '2026-07-01',
        '2026-10-01',
      ]);
    });

    it('signs an active agreement with a PDF contract for each target customer', async () => {
      const rows = await query<{
        customers: number;
        active: number;
        pdfs: number;
        targets_on_them: number;
      }>(
        `select count(distinct t.customer_id)::int as customers,
                (select count(*) from agreements a
                   join agreement_documents d on d.id = a.document_id
                  where a.program_code = 'TARGET-2026' and a.status = 'active'
                    and a.contract_no like 'HT-TARGET-2026-%')::int as active,
                (select count(*) from agreement_documents
                  where content_type = 'application/pdf'
                    and substr(content, 1, 5) = '%PDF-'::bytea)::int as pdfs,
                count(*) filter (where a.status = 'active')::int
                  as targets_on_them
           from targets t join agreements a on a.id = t.agreement_id
          where t.program_code = 'TARGET-2026'`,
      );
      const [row] = rows;

      expect(row?.customers).toBeGreaterThan(0);
      expect(row?.active).toBe(row?.customers);
      expect(row?.pdfs).toBe(row?.customers);
      expect(row?.targets_on_them).toBe(summary.targets);
    });

    it('computes and books its accruals once, one voucher per program', async () => {
      const [accruals] = await query<{ programs: number; rows: number }>(
        `select count(distinct program_code)::int as programs,
                count(*)::int as rows from accruals`,
      );
      const refreshes = await query<{ action: string }>(
        "select action from audit_log where action = 'accruals.refresh'",
      );
      const vouchers = await query<{ program_code: string }>(
        'select program_code from journal_vouchers order by program_code',
      );

      expect(accruals?.programs).toBe(4);
      expect(refreshes).toHaveLength(1);
      expect(new Set(vouchers.map((row) => row.program_code)).size).toBe(
        vouchers.length,
      );
    });
  });

  describe('when the store already holds data', () => {
    it('refuses to load the demo again', async () => {
      await expect(loadDemo(test.store, smallDemo)).rejects.toBeInstanceOf(
        DemoStoreNotEmptyError,
      );
    });
  });
});

describe(`tierline demo (${storeKind})`, () => {
  describe('when the store already holds data', () => {
    it('exits with a message naming a fresh data folder', async () => {
      const closed = await createClosedTestStore();
      try {
        const store = await closed.reopen();
        try {
          await loadDemo(store, { ...smallDemo, customers: 4, products: 8 });
        } finally {
          await store.close();
        }

        const result = spawnSync(process.execPath, [cli, 'demo'], {
          env: { ...process.env, ...closed.env },
          encoding: 'utf8',
        });

        expect(result.status).toBe(2);
        expect(result.stderr).toContain('already holds data');
        expect(result.stderr).toContain('TIERLINE_DATA_DIR');
      } finally {
        await closed.dispose();
      }
    });
  });
});
