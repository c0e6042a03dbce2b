import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseProgram, type Program } from '@tierline/engine';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCalculationInput } from '../../../src/files/load-calculation-input.js';
import { examplesDir } from '../../support/examples.js';

const example = path.join(examplesDir, '09-targets');
const files = {
  customers: path.join(example, 'customers.csv'),
  products: path.join(example, 'products.csv'),
  sales: path.join(example, 'sales.csv'),
  targets: path.join(example, 'targets.csv'),
};

function programOf(file: string): Program {
  const parsed = parseProgram(
    fs.readFileSync(path.join(example, file), 'utf8'),
  );
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.program;
}

describe('loadCalculationInput', () => {
  let dir: string;
  let programs: Program[];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-load-'));
    programs = [programOf('program1.json'), programOf('program2.json')];
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, text: string, encoding = 'utf8'): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, iconv.encode(text, encoding));
    return file;
  }

  describe('when the files of an example are clean', () => {
    it("gives the engine's input shapes", async () => {
      const result = await loadCalculationInput(files, programs);

      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.data.customers[0]).toEqual({
        code: 'C001',
        name: '上海瑞丰商贸有限公司',
        group: '华东经销商',
        region: '华东',
        tags: ['KA', '重点'],
        salesRep: '张伟',
      });
      expect(result.data.products[0]).toMatchObject({
        sku: 'P100',
        listPrice: null,
        vatRate: '13%',
      });
      expect(result.data.sales[0]).toEqual({
        invoiceNo: 'INV00001',
        lineNo: 1,
        invoiceDate: '2027-02-02',
        customerCode: 'C001',
        sku: 'P100',
        quantity: '1',
        netAmount: '95000',
        costAmount: null,
        currency: 'CNY',
        paidDate: null,
      });
      expect(result.data.targets).toHaveLength(5);
    });
  });

  describe('when the sales file is GB18030 with Chinese headers', () => {
    it('reads the same lines', async () => {
      const chinese = fs
        .readFileSync(files.sales, 'utf8')
        .replace(
          /^.*\n/,
          '发票号,行号,开票日期,客户编码,产品编码,数量,不含税金额,成本金额,币种,回款日期\n',
        );
      const sales = write('sales-gb.csv', chinese, 'gb18030');

      const english = await loadCalculationInput(files, programs);
      const gb = await loadCalculationInput({ ...files, sales }, programs);

      expect(gb).toEqual(english);
    });
  });

  describe('when files have bad rows', () => {
    it('lists every problem with its file, row and column', async () => {
      const sales = write(
        'sales-bad.csv',
        [
          'invoice_no,line_no,invoice_date,customer_code,sku,quantity,net_amount,cost_amount,currency,paid_date',
          'A1,1,2027-01-05,C001,P100,1,10.00,,,',
          'A1,1,2027-01-05,C001,P100,1,10,,CNY,',
          'A1,1,2027-01-05,C001,P100,1,11,,CNY,',
          'A2,1,2027-01-05,C999,P100,1,10.001,,,',
        ].join('\n'),
      );
      const targets = write(
        'targets-bad.csv',
        'program,customer_code,period_start,target\nEX-TGT,C001,2027-02-01,100\nNOPE,C001,2027-01-01,100\n',
      );

      const result = await loadCalculationInput(
        { ...files, sales, targets },
        programs,
      );

      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(
        result.problems.map((p) => [
          path.basename(p.file),
          p.row,
          p.column,
          p.code,
        ]),
      ).toEqual([
        ['sales-bad.csv', 4, null, 'duplicate_in_file'],
        ['sales-bad.csv', 5, 'net_amount', 'too_many_decimals'],
        ['sales-bad.csv', 5, 'customer_code', 'unknown_customer'],
        ['targets-bad.csv', 2, 'period_start', 'unknown_period'],
        ['targets-bad.csv', 3, 'program', 'unknown_program'],
      ]);
    });
  });

  describe('when a file does not exist', () => {
    it('is a problem of that file, not a crash', async () => {
      const result = await loadCalculationInput({
        ...files,
        products: path.join(dir, 'missing.csv'),
      });

      expect(result).toMatchObject({
        ok: false,
        problems: [{ code: 'unreadable_file' }],
      });
    });
  });
});
