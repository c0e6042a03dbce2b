import { describe, expect, it } from 'vitest';
import type { BadRow } from '../../../src/files/bad-row.js';
import { resolveColumns } from '../../../src/files/columns.js';
import { RecordReader } from '../../../src/files/record-reader.js';
import {
  readSalesRecord,
  salesColumns,
} from '../../../src/files/sales-record.js';

const header = salesColumns.map((column) => column.name);
const known = {
  hasCustomer: (code: string) => code === 'C001',
  hasProduct: (sku: string) => sku === 'P100',
};

function read(line: string) {
  const problems: BadRow[] = [];
  const { layout } = resolveColumns(salesColumns, header, 1);
  const reader = new RecordReader(layout, problems);
  reader.begin({ row: 7, cells: line.split(',') });
  return { record: readSalesRecord(reader, known), problems };
}

describe('readSalesRecord', () => {
  describe('when every value is valid', () => {
    it('gives the line, empty currency as CNY and empty dates as null', () => {
      const { record, problems } = read(
        ' INV1 ,2,2027-01-15,C001,P100,10,1200.50,,,',
      );

      expect(problems).toEqual([]);
      expect(record).toEqual({
        invoiceNo: 'INV1',
        lineNo: 2,
        invoiceDate: '2027-01-15',
        customerCode: 'C001',
        sku: 'P100',
        quantity: '10',
        netAmount: '1200.50',
        costAmount: null,
        currency: 'CNY',
        paidDate: null,
      });
    });
  });

  describe('when quantity and amount have signs', () => {
    it.each([
      ['a return', '-1', '-100.00'],
      ['a price allowance', '0', '-50.00'],
      ['a free line', '3', '0'],
    ])('accepts %s', (_name, quantity, amount) => {
      const { problems } = read(
        `INV1,1,2027-01-15,C001,P100,${quantity},${amount},,CNY,`,
      );

      expect(problems).toEqual([]);
    });

    it.each([
      ['-1', '100'],
      ['1', '-100'],
    ])('refuses quantity %s with amount %s', (quantity, amount) => {
      const { record, problems } = read(
        `INV1,1,2027-01-15,C001,P100,${quantity},${amount},,CNY,`,
      );

      expect(record).toBeNull();
      expect(problems).toMatchObject([
        { row: 7, column: 'net_amount', code: 'sign_mismatch' },
      ]);
    });
  });

  describe('when several values are bad', () => {
    it('reports each with its column, in column order', () => {
      const { record, problems } = read(
        ',x,2027-02-30,C404,P404,1.23456,12.345,,RMB,someday',
      );

      expect(record).toBeNull();
      expect(problems.map((p) => [p.column, p.code])).toEqual([
        ['invoice_no', 'missing_value'],
        ['line_no', 'bad_integer'],
        ['invoice_date', 'bad_date'],
        ['quantity', 'too_many_decimals'],
        ['net_amount', 'too_many_decimals'],
        ['currency', 'unknown_currency'],
        ['paid_date', 'bad_date'],
        ['customer_code', 'unknown_customer'],
        ['sku', 'unknown_sku'],
      ]);
      expect(problems.every((problem) => problem.row === 7)).toBe(true);
    });
  });
});
