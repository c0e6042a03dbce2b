import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportKind } from '../../src/imports/run-import.js';
import { exampleFile, exampleNames } from '../support/examples.js';
import {
  emptyStore,
  importContent,
  storedSalesLines,
  type StoredLine,
} from './support/imports.js';
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

const xlsxFixtures = fileURLToPath(
  new URL('../fixtures/xlsx', import.meta.url),
);

const chineseHeaders: Record<string, string> = {
  invoice_no: '发票号',
  line_no: '行号',
  invoice_date: '开票日期',
  customer_code: '客户编码',
  sku: '产品编码',
  quantity: '数量',
  net_amount: '不含税金额',
  cost_amount: '成本金额',
  currency: '币种',
  paid_date: '回款日期',
  group: '客户分组',
  region: '区域',
  tags: '标签',
  sales_rep: '销售代表',
  category: '品类',
  brand: '品牌',
  unit: '单位',
};

/** The CSV as GB18030, the way Excel in China saves it, with Chinese headers. */
function asChineseGb18030(kind: ImportKind, csv: string): Buffer {
  const [header = '', ...rest] = csv.split('\n');
  const names = header.split(',').map((name) => {
    if (name === 'code') return '客户编码';
    if (name === 'name') return kind === 'customers' ? '客户名称' : '产品名称';
    return chineseHeaders[name] ?? name;
  });
  return iconv.encode([names.join(','), ...rest].join('\r\n'), 'gb18030');
}

type Variant = 'csv' | 'gb18030' | 'xlsx';

function fileFor(
  example: string,
  kind: 'customers' | 'products' | 'sales',
  variant: Variant,
): { name: string; content: Buffer } {
  if (variant === 'xlsx') {
    const name = kind === 'sales' ? `${example}.sales.xlsx` : `${kind}.xlsx`;
    return { name, content: fs.readFileSync(path.join(xlsxFixtures, name)) };
  }

  const csv = fs.readFileSync(exampleFile(example, `${kind}.csv`), 'utf8');
  return variant === 'csv'
    ? { name: `${kind}.csv`, content: Buffer.from(csv) }
    : { name: `${kind}.csv`, content: asChineseGb18030(kind, csv) };
}

describe(`importing the examples (${storeKind})`, () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await createTestStore();
  });

  afterAll(async () => {
    await test.dispose();
  });

  async function importExample(
    example: string,
    variant: Variant,
  ): Promise<StoredLine[]> {
    await emptyStore(test.store);
    for (const kind of ['customers', 'products', 'sales'] as const) {
      const file = fileFor(example, kind, variant);
      const report = await importContent(
        test.store,
        kind,
        file.name,
        file.content,
      );

      expect(report.badRows, `${variant} ${file.name}`).toEqual([]);
      expect(report).toMatchObject({
        status: 'committed',
        rows: { new: report.rows.total, duplicate: 0, bad: 0 },
      });
    }
    return storedSalesLines(test.store);
  }

  describe.each(exampleNames())('when the example is %s', (example) => {
    it('stores every line of sales.csv, and the same lines from GB18030 and from .xlsx', async () => {
      const csvLines = await importExample(example, 'csv');
      const gbLines = await importExample(example, 'gb18030');
      const xlsxLines = await importExample(example, 'xlsx');

      const fileLines = fs
        .readFileSync(exampleFile(example, 'sales.csv'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      expect(csvLines).toHaveLength(fileLines.length - 1);
      expect(gbLines).toEqual(csvLines);
      expect(xlsxLines).toEqual(csvLines);
    });
  });

  describe('when a stored line is read back', () => {
    it('keeps amounts as exact decimal strings and empty currency as CNY', async () => {
      const lines = await importExample('01-quarterly-retroactive', 'csv');

      expect(lines[2]).toEqual({
        invoiceNo: 'INV00003',
        lineNo: 1,
        invoiceDate: '2027-03-05',
        customerCode: 'C002',
        sku: 'P100',
        quantity: '300.0000',
        netAmount: '99999.99',
        costAmount: null,
        currency: 'CNY',
        paidDate: null,
      });
    });
  });
});
