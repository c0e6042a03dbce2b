import { describe, expect, it } from 'vitest';
import { resolveColumns } from '../../../src/files/columns.js';
import { customerColumns } from '../../../src/files/customer-record.js';
import { productColumns } from '../../../src/files/product-record.js';
import { salesColumns } from '../../../src/files/sales-record.js';

const englishSales = [
  'invoice_no',
  'line_no',
  'invoice_date',
  'customer_code',
  'sku',
  'quantity',
  'net_amount',
  'cost_amount',
  'currency',
  'paid_date',
];
const chineseSales = [
  '发票号',
  '行号',
  '开票日期',
  '客户编码',
  '产品编码',
  '数量',
  '不含税金额',
  '成本金额',
  '币种',
  '回款日期',
];

describe('resolveColumns', () => {
  describe('when the header is in English or in Chinese', () => {
    it('finds every column, in any order, and keeps the header as written', () => {
      const english = resolveColumns(salesColumns, englishSales, 1);
      const chinese = resolveColumns(
        salesColumns,
        [...chineseSales].reverse(),
        1,
      );

      expect(english.problems).toEqual([]);
      expect(chinese.problems).toEqual([]);
      expect(chinese.layout.index.invoice_no).toBe(9);
      expect(chinese.layout.header.net_amount).toBe('不含税金额');
    });

    it('accepts other cases, spaces for underscores and a BOM', () => {
      const header = englishSales.map((name) =>
        name.toUpperCase().replace('_', ' '),
      );
      header[0] = `\uFEFF${header[0]}`;

      expect(resolveColumns(salesColumns, header, 1).problems).toEqual([]);
    });
  });

  describe('when 客户编码 heads a customers file', () => {
    it('is the customer code, not customer_code', () => {
      const header = [
        '客户编码',
        '客户名称',
        '客户分组',
        '区域',
        '标签',
        '销售代表',
      ];

      const resolved = resolveColumns(customerColumns, header, 1);

      expect(resolved.problems).toEqual([]);
      expect(resolved.layout.index.code).toBe(0);
    });
  });

  describe('when a required column is missing', () => {
    it('reports it once, on the header row, by its canonical name', () => {
      const header = englishSales.filter((name) => name !== 'net_amount');

      const resolved = resolveColumns(salesColumns, header, 1);

      expect(resolved.problems).toEqual([
        {
          row: 1,
          column: 'net_amount',
          code: 'missing_column',
          message: 'the column net_amount (不含税金额) is missing',
        },
      ]);
    });
  });

  describe('when an optional column is missing', () => {
    it('is no problem and reads as absent', () => {
      const header = ['sku', 'name', 'category', 'brand', 'unit'];

      const resolved = resolveColumns(productColumns, header, 1);

      expect(resolved.problems).toEqual([]);
      expect(resolved.layout.index.vat_rate).toBe(-1);
    });
  });

  describe('when a column appears twice', () => {
    it('reports the second one', () => {
      const header = [...englishSales, '数量'];

      const resolved = resolveColumns(salesColumns, header, 1);

      expect(resolved.problems).toMatchObject([
        { row: 1, column: '数量', code: 'duplicate_column' },
      ]);
    });
  });
});
