import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedActiveProgram } from '../../src/programs/seed-active-program.js';
import { exampleFile } from '../support/examples.js';
import { countRows, emptyStore, importContent } from './support/imports.js';
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

const customersHeader = 'code,name,group,region,tags,sales_rep';

describe(`importing master data and targets (${storeKind})`, () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await createTestStore();
  });

  afterAll(async () => {
    await test.dispose();
  });

  beforeEach(async () => {
    await emptyStore(test.store);
  });

  async function storedCustomers() {
    return test.store.transaction((connection) =>
      connection.query(
        `select code, name, group_name, region, tags, sales_rep
           from customers order by code`,
      ),
    );
  }

  describe('when customers are imported again with changes', () => {
    it('counts new, updated and unchanged rows and upserts by code', async () => {
      const first = await importContent(
        test.store,
        'customers',
        'c.csv',
        `${customersHeader}\nC1,甲公司,华东经销商,华东,KA; 重点 ;,rep1\nC2,乙公司,,,,\n`,
      );
      const second = await importContent(
        test.store,
        'customers',
        'c.csv',
        `${customersHeader}\nC1,甲公司,华东经销商,华东,KA;重点,rep1\nC2,乙公司,华南经销商,,,\nC3,丙公司,,,,\n`,
      );

      expect(first.rows).toMatchObject({ total: 2, new: 2, updated: 0 });
      expect(second.rows).toEqual({
        total: 3,
        new: 1,
        updated: 1,
        duplicate: 1,
        bad: 0,
      });
      expect(await storedCustomers()).toEqual([
        {
          code: 'C1',
          name: '甲公司',
          group_name: '华东经销商',
          region: '华东',
          tags: ['KA', '重点'],
          sales_rep: 'rep1',
        },
        {
          code: 'C2',
          name: '乙公司',
          group_name: '华南经销商',
          region: '',
          tags: [],
          sales_rep: '',
        },
        {
          code: 'C3',
          name: '丙公司',
          group_name: '',
          region: '',
          tags: [],
          sales_rep: '',
        },
      ]);
    });
  });

  describe('when a customer has no name', () => {
    it('is a bad row and nothing is stored', async () => {
      const report = await importContent(
        test.store,
        'customers',
        'c.csv',
        `${customersHeader}\nC1,甲公司,,,,\nC2,,,,,\n`,
      );

      expect(report.badRows).toMatchObject([
        { row: 3, column: 'name', code: 'missing_value' },
      ]);
      expect(await countRows(test.store, 'customers')).toBe(0);
    });
  });

  describe('when products are imported', () => {
    async function storedProducts() {
      return test.store.transaction((connection) =>
        connection.query(
          `select sku, list_price::text as list_price,
                  vat_rate_pct::text as vat_rate_pct
             from products order by sku`,
        ),
      );
    }

    it('reads rates like 9% and takes 13% when the rate is empty', async () => {
      const report = await importContent(
        test.store,
        'products',
        'p.xlsx.csv',
        'sku,name,category,brand,unit,list_price,vat_rate\n' +
          'P1,水,饮料,清泉,箱,12.5,9%\nP2,面,粮油,金穗,箱,,\n',
      );

      expect(report.rows).toMatchObject({ new: 2, bad: 0 });
      expect(await storedProducts()).toEqual([
        { sku: 'P1', list_price: '12.5000', vat_rate_pct: '9.00' },
        { sku: 'P2', list_price: null, vat_rate_pct: '13.00' },
      ]);
    });

    it('leaves stored prices and rates alone when the file has no such columns', async () => {
      await importContent(
        test.store,
        'products',
        'p.csv',
        'sku,name,category,brand,unit,list_price,vat_rate\nP1,水,饮料,清泉,箱,12.5,9%\n',
      );

      const report = await importContent(
        test.store,
        'products',
        'p.csv',
        'sku,name,category,brand,unit\nP1,矿泉水,饮料,清泉,箱\nP2,面,粮油,金穗,箱\n',
      );

      expect(report.rows).toMatchObject({ new: 1, updated: 1, duplicate: 0 });
      expect(await storedProducts()).toEqual([
        { sku: 'P1', list_price: '12.5000', vat_rate_pct: '9.00' },
        { sku: 'P2', list_price: null, vat_rate_pct: '13.00' },
      ]);
    });
  });

  describe('when targets are imported', () => {
    const targetsCsv = fs.readFileSync(
      exampleFile('09-targets', 'targets.csv'),
      'utf8',
    );

    beforeEach(async () => {
      await importContent(
        test.store,
        'customers',
        'c.csv',
        fs.readFileSync(exampleFile('09-targets', 'customers.csv')),
      );
      for (const file of ['program1.json', 'program2.json']) {
        const document = JSON.parse(
          fs.readFileSync(exampleFile('09-targets', file), 'utf8'),
        ) as Record<string, unknown>;
        await seedActiveProgram(test.store, document, { actor: 'test' });
      }
    });

    it('stores them once and counts a second import as duplicates', async () => {
      const first = await importContent(
        test.store,
        'targets',
        't.csv',
        targetsCsv,
      );
      const second = await importContent(
        test.store,
        'targets',
        't.csv',
        targetsCsv,
      );

      expect(first.rows).toMatchObject({ total: 5, new: 5, bad: 0 });
      expect(second.rows).toMatchObject({ total: 5, new: 0, duplicate: 5 });
      expect(await countRows(test.store, 'targets')).toBe(5);
    });

    it('refuses an unknown program, a date that starts no period and a changed target', async () => {
      await importContent(test.store, 'targets', 't.csv', targetsCsv);

      const report = await importContent(
        test.store,
        'targets',
        't2.csv',
        'program,customer_code,period_start,target\n' +
          'EX-TGT,C001,2027-01-01,100000.00\n' +
          'EX-TGT,C003,2027-07-01,5000\n' +
          'NO-SUCH,C003,2027-01-01,5000\n' +
          'EX-TGT,C002,2027-04-01,120000\n' +
          'EX-OVER,C001,2027-04-01,90000\n',
        { skipBad: true },
      );

      expect(
        report.badRows.map(({ row, column, code }) => ({ row, column, code })),
      ).toEqual([
        { row: 3, column: 'period_start', code: 'unknown_period' },
        { row: 4, column: 'program', code: 'unknown_program' },
        { row: 6, column: 'target', code: 'conflict' },
      ]);
      expect(report.rows).toMatchObject({ new: 1, duplicate: 1, bad: 3 });
      expect(await countRows(test.store, 'targets')).toBe(6);
    });
  });
});
