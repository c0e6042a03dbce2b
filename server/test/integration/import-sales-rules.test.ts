import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listImportBatches } from '../../src/imports/run-import.js';
import {
  customersCsv,
  productsCsv,
  SALES_HEADER,
  salesLine,
} from '../support/generated-files.js';
import {
  countRows,
  emptyStore,
  importContent,
  storedSalesLines,
} from './support/imports.js';
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

const spec = { lines: 0, customers: 20, products: 10 };

/** A sales file of generated lines, some of them replaced. */
function salesFile(
  lines: number,
  replace: Record<number, string> = {},
): string {
  const rows = [SALES_HEADER];
  for (let n = 0; n < lines; n++) rows.push(replace[n] ?? salesLine(n, spec));
  return `${rows.join('\n')}\n`;
}

describe(`importing sales lines (${storeKind})`, () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await createTestStore();
  });

  afterAll(async () => {
    await test.dispose();
  });

  beforeEach(async () => {
    await emptyStore(test.store);
    await importContent(test.store, 'customers', 'c.csv', customersCsv(20));
    await importContent(test.store, 'products', 'p.csv', productsCsv(10));
  });

  describe('when the same file is imported twice', () => {
    it('stores nothing the second time and counts every line as duplicate', async () => {
      const file = salesFile(50);

      const first = await importContent(test.store, 'sales', 's.csv', file);
      const second = await importContent(test.store, 'sales', 's.csv', file);

      expect(first.rows).toEqual({
        total: 50,
        new: 50,
        updated: 0,
        duplicate: 0,
        bad: 0,
      });
      expect(second).toMatchObject({
        status: 'committed',
        sha256: first.sha256,
        rows: { total: 50, new: 0, duplicate: 50, bad: 0 },
      });
      expect(await countRows(test.store, 'sales_lines')).toBe(50);
    });
  });

  describe('when a 1,000-line file has 3 bad rows', () => {
    const file = salesFile(1000, {
      15: salesLine(15, spec).replace(/,(\d+)\.(\d\d),/, ',$1.$25,'),
      499: salesLine(499, spec).replace(',C00020,', ',C99999,'),
      998: salesLine(998, spec).replace(/,2026-\d\d-\d\d,/, ',2026-02-30,'),
    });

    it('names exactly those rows and columns, and stores nothing by default', async () => {
      const report = await importContent(test.store, 'sales', 's.csv', file);

      expect(
        report.badRows.map(({ row, column, code }) => ({ row, column, code })),
      ).toEqual([
        { row: 17, column: 'net_amount', code: 'too_many_decimals' },
        { row: 501, column: 'customer_code', code: 'unknown_customer' },
        { row: 1000, column: 'invoice_date', code: 'bad_date' },
      ]);
      expect(report).toMatchObject({
        status: 'rejected',
        rows: { total: 1000, new: 0, bad: 3 },
      });
      expect(await countRows(test.store, 'sales_lines')).toBe(0);
    });

    it('stores the 997 good rows with skipBad', async () => {
      const report = await importContent(test.store, 'sales', 's.csv', file, {
        skipBad: true,
      });

      expect(report).toMatchObject({
        status: 'committed',
        rows: { total: 1000, new: 997, bad: 3 },
      });
      expect(report.badRows).toHaveLength(3);
      expect(await countRows(test.store, 'sales_lines')).toBe(997);
    });
  });

  describe('when a stored line comes again with other content', () => {
    it('is a conflict and the stored line is never overwritten', async () => {
      await importContent(test.store, 'sales', 'a.csv', salesFile(10));
      const changed = salesLine(4, spec).replace(/,CNY,/, ',USD,');
      const before = await storedSalesLines(test.store);

      const refused = await importContent(
        test.store,
        'sales',
        'b.csv',
        salesFile(12, { 4: changed }),
      );
      const skipped = await importContent(
        test.store,
        'sales',
        'b.csv',
        salesFile(12, { 4: changed }),
        { skipBad: true },
      );

      expect(refused.status).toBe('rejected');
      expect(refused.badRows).toEqual([
        {
          row: 6,
          column: 'currency',
          code: 'conflict',
          message:
            'invoice INV00000001 line 2 is already stored with other ' +
            'values (currency CNY in the store, USD here)',
          value: 'USD',
        },
      ]);
      expect(skipped.rows).toMatchObject({ new: 2, duplicate: 9, bad: 1 });
      const after = await storedSalesLines(test.store);
      expect(after.slice(0, 10)).toEqual(before);
      expect(after).toHaveLength(12);
    });
  });

  describe('when a stored line turns up deep inside a large file', () => {
    it('still counts every other line as new and the stored one as duplicate', async () => {
      await importContent(test.store, 'sales', 'a.csv', salesFile(3));
      const rows = [SALES_HEADER];
      for (let n = 3; n < 60_000; n++) rows.push(salesLine(n, spec));
      rows.splice(55_000, 0, salesLine(1, spec));

      const report = await importContent(
        test.store,
        'sales',
        'b.csv',
        `${rows.join('\n')}\n`,
      );

      expect(report).toMatchObject({
        status: 'committed',
        rows: { total: 59_998, new: 59_997, duplicate: 1, bad: 0 },
      });
      expect(await countRows(test.store, 'sales_lines')).toBe(60_000);
    });
  });

  describe('when a file repeats a line', () => {
    it('skips an identical repeat as a duplicate', async () => {
      const file = `${salesFile(5)}${salesLine(2, spec)}\n`;

      const report = await importContent(test.store, 'sales', 's.csv', file);

      expect(report.rows).toMatchObject({ total: 6, new: 5, duplicate: 1 });
      expect(await countRows(test.store, 'sales_lines')).toBe(5);
    });

    it('refuses a repeat of the key with other content', async () => {
      const other = salesLine(2, spec).replace(
        /,(-?\d+),(-?[\d.]+),/,
        ',$1,1.00,',
      );
      const file = `${salesFile(5)}${other}\n`;

      const report = await importContent(test.store, 'sales', 's.csv', file);

      expect(report.status).toBe('rejected');
      expect(report.badRows).toMatchObject([
        { row: 7, column: 'net_amount', code: 'duplicate_in_file' },
      ]);
      expect(report.badRows[0]?.message).toContain('is also in row 4');
    });
  });

  describe('when the file cannot be used as a whole', () => {
    it('reports a missing column once, on row 1, and stores nothing', async () => {
      const file = salesFile(3).replace(',net_amount,', ',amount,');

      const report = await importContent(test.store, 'sales', 's.csv', file, {
        skipBad: true,
      });

      expect(report).toMatchObject({
        status: 'rejected',
        rows: { total: 3, bad: 3 },
        badRows: [{ row: 1, column: 'net_amount', code: 'missing_column' }],
      });
    });

    it('stores nothing of a file that breaks off inside a quoted value', async () => {
      const file = `${salesFile(20)}"INV9,1,2026-01-01\n`;

      const report = await importContent(test.store, 'sales', 's.csv', file);

      expect(report).toMatchObject({
        status: 'rejected',
        badRows: [{ row: 22, code: 'bad_file' }],
      });
      expect(await countRows(test.store, 'sales_lines')).toBe(0);
    });

    it('records an empty file as a rejected batch', async () => {
      const report = await importContent(test.store, 'sales', 'e.csv', '');

      expect(report).toMatchObject({
        status: 'rejected',
        badRows: [{ row: 1, code: 'bad_file' }],
      });
      expect(report.batchId).not.toBeNull();
    });
  });

  describe('when batches are listed', () => {
    it('gives each batch with its counts, newest first, by kind', async () => {
      await importContent(test.store, 'sales', 'one.csv', salesFile(3));
      await importContent(test.store, 'sales', 'two.csv', salesFile(4));

      const sales = await listImportBatches(test.store, { kind: 'sales' });
      const all = await listImportBatches(test.store, { limit: 1 });

      expect(sales.total).toBe(2);
      expect(sales.items.map((batch) => batch.fileName)).toEqual([
        'two.csv',
        'one.csv',
      ]);
      expect(sales.items[0]).toMatchObject({
        kind: 'sales',
        status: 'committed',
        actor: 'test',
        rows: { total: 4, new: 1, duplicate: 3, bad: 0 },
      });
      expect(all).toMatchObject({ total: 4, items: [{ fileName: 'two.csv' }] });
    });
  });
});
