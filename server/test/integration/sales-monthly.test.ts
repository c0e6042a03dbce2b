import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/db/database.js';
import { importContent } from './support/imports.js';
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

// The monthly sales aggregate is derived: after any sequence of imports it
// must equal a GROUP BY over the stored lines it sums (the CNY ones).

const header =
  'invoice_no,line_no,invoice_date,customer_code,sku,quantity,net_amount,cost_amount,currency,paid_date';

const customersFile = [
  'code,name,group,region,tags,sales_rep',
  'C001,一号商贸,华东经销商,华东,,rep01',
  'C002,二号商贸,华南KA,华南,,rep02',
].join('\n');

const productsFile = [
  'sku,name,category,brand,unit',
  'P01,矿泉水,饮料,清泉,箱',
].join('\n');

const firstSales = [
  header,
  'INV-1,1,2027-01-05,C001,P01,10,1000.10,,CNY,',
  'INV-1,2,2027-01-31,C001,P01,5,500.05,,CNY,',
  'INV-2,1,2027-02-01,C001,P01,2.5,250.00,,,',
  'INV-3,1,2027-01-20,C002,P01,1,0.01,,CNY,',
].join('\n');

// Repeats two lines of the first file (skipped as present), adds returns,
// an allowance and a line in another currency.
const secondSales = [
  header,
  'INV-1,1,2027-01-05,C001,P01,10,1000.10,,CNY,',
  'INV-2,1,2027-02-01,C001,P01,2.5,250.00,,,',
  'RET-1,1,2027-01-25,C001,P01,-3,-300.03,,CNY,',
  'RET-2,1,2027-02-10,C002,P01,0,-0.01,,CNY,',
  'INV-4,1,2027-03-03,C002,P01,4,400.00,,CNY,',
  'INV-5,1,2027-03-04,C002,P01,4,999.99,,USD,',
].join('\n');

interface MonthRow {
  customerId: number;
  month: string;
  netAmount: string;
  quantity: string;
  lineCount: number;
}

async function aggregate(test: TestStore): Promise<MonthRow[]> {
  return test.store.transaction((connection) =>
    connection.query<MonthRow>(
      `select customer_id as "customerId", month::text as month,
              net_amount::text as "netAmount", quantity::text as quantity,
              line_count as "lineCount"
         from sales_monthly order by 1, 2`,
    ),
  );
}

async function groupedLines(test: TestStore): Promise<MonthRow[]> {
  return test.store.transaction((connection) =>
    connection.query<MonthRow>(
      `select customer_id as "customerId",
              date_trunc('month', invoice_date)::date::text as month,
              sum(net_amount)::text as "netAmount",
              sum(quantity)::text as quantity, count(*)::int as "lineCount"
         from sales_lines where currency = 'CNY'
        group by 1, 2 order by 1, 2`,
    ),
  );
}

describe(`the monthly sales aggregate (${storeKind})`, () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await createTestStore();
    await importContent(
      test.store,
      'customers',
      'customers.csv',
      customersFile,
    );
    await importContent(test.store, 'products', 'products.csv', productsFile);
  });

  afterAll(async () => {
    await test.dispose();
  });

  describe('when a sales file is imported', () => {
    it('holds each customer-month of its lines', async () => {
      const report = await importContent(
        test.store,
        'sales',
        'first.csv',
        firstSales,
      );

      expect(report.rows.new).toBe(4);
      expect(await aggregate(test)).toEqual(await groupedLines(test));
      expect(
        (await aggregate(test)).map((row) => [row.month, row.netAmount]),
      ).toEqual([
        ['2027-01-01', '1500.15'],
        ['2027-02-01', '250.00'],
        ['2027-01-01', '0.01'],
      ]);
    });
  });

  describe('when the same file is imported again', () => {
    it('changes nothing', async () => {
      const before = await aggregate(test);
      const report = await importContent(
        test.store,
        'sales',
        'first-again.csv',
        firstSales,
      );

      expect(report.rows.duplicate).toBe(4);
      expect(await aggregate(test)).toEqual(before);
    });
  });

  describe('when a file with repeats, returns and another currency follows', () => {
    it('adds only the new CNY lines, returns negative', async () => {
      const report = await importContent(
        test.store,
        'sales',
        'second.csv',
        secondSales,
      );

      expect(report.rows.new).toBe(4);
      expect(await aggregate(test)).toEqual(await groupedLines(test));
      expect(
        (await aggregate(test)).map((row) => [
          row.month,
          row.netAmount,
          row.lineCount,
        ]),
      ).toEqual([
        ['2027-01-01', '1200.12', 3],
        ['2027-02-01', '250.00', 1],
        ['2027-01-01', '0.01', 1],
        ['2027-02-01', '-0.01', 1],
        ['2027-03-01', '400.00', 1],
      ]);
    });
  });

  describe('when a file is rejected for a bad row', () => {
    it('adds nothing', async () => {
      const before = await aggregate(test);
      const report = await importContent(
        test.store,
        'sales',
        'bad.csv',
        [
          header,
          'INV-9,1,2027-04-01,C001,P01,1,10.00,,CNY,',
          'INV-9,2,2027-04-01,NOPE,P01,1,10.00,,CNY,',
        ].join('\n'),
      );

      expect(report.status).toBe('rejected');
      expect(await aggregate(test)).toEqual(before);
    });
  });

  describe("when the migration's backfill runs over stored lines", () => {
    it('rebuilds the same aggregate', async () => {
      const migration = fs.readFileSync(
        path.join(migrationsFolder, '0007_sales_monthly.sql'),
        'utf8',
      );
      const backfill = migration.split('--> statement-breakpoint').at(-1);
      const before = await aggregate(test);

      await test.store.transaction(async (connection) => {
        await connection.query('delete from sales_monthly');
        await connection.query(backfill ?? '');
      });

      expect(before.length).toBe(5);
      expect(await aggregate(test)).toEqual(before);
    });
  });
});
