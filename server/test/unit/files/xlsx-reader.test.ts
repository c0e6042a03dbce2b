import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TableReader } from '../../../src/files/table-reader.js';
import { cellText, decimalText } from '../../../src/files/xlsx-reader.js';

describe('decimalText', () => {
  describe('when a number prints with an exponent', () => {
    it('writes it as a plain decimal', () => {
      expect(decimalText(1e-7)).toBe('0.0000001');
      expect(decimalText(-2.5e-8)).toBe('-0.000000025');
      expect(decimalText(1.5e21)).toBe('1500000000000000000000');
    });
  });

  describe('when a number is a binary fraction', () => {
    it('gives the shortest decimal that reads back the same', () => {
      expect(decimalText(0.1 + 0.2)).toBe('0.30000000000000004');
      expect(decimalText(99999.99)).toBe('99999.99');
      expect(decimalText(120000)).toBe('120000');
    });
  });
});

describe('cellText', () => {
  describe('when the cell is a date', () => {
    it('gives YYYY-MM-DD', () => {
      expect(cellText(new Date(Date.UTC(2027, 0, 15)), 'yyyy-mm-dd')).toBe(
        '2027-01-15',
      );
    });
  });

  describe('when a number is formatted as a percentage', () => {
    it('gives the percentage as written', () => {
      expect(cellText(0.13, '0%')).toBe('13%');
      expect(cellText(0.065, '0.0%')).toBe('6.5%');
    });
  });

  describe('when the cell holds rich text, a formula or an error', () => {
    it('gives its text, its result or the error', () => {
      expect(
        cellText({ richText: [{ text: '上海' }, { text: '瑞丰' }] }, undefined),
      ).toBe('上海瑞丰');
      expect(cellText({ formula: 'A1*2', result: 24.5 }, undefined)).toBe(
        '24.5',
      );
      expect(cellText({ error: '#N/A' }, undefined)).toBe('#N/A');
    });
  });
});

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readAll(fileName: string, bytes: Buffer) {
  const table = await TableReader.open(fileName, Readable.from([bytes]));
  const header = await table.header();
  const rows = [];
  for await (const batch of table.batches()) rows.push(...batch);
  return { format: table.format, header, rows };
}

describe('TableReader on .xlsx', () => {
  describe('when the first sheet has Chinese headers and typed cells', () => {
    it('reads text, dates, numbers and percentages as text cells', async () => {
      const bytes = await workbookBytes((workbook) => {
        const sheet = workbook.addWorksheet('产品');
        sheet.addRow(['产品编码', '产品名称', '单价', '税率', '上市日期']);
        const row = sheet.addRow([
          '00123',
          '清泉矿泉水',
          12.5,
          0.13,
          new Date(Date.UTC(2027, 2, 1)),
        ]);
        row.getCell(4).numFmt = '0%';
        row.getCell(5).numFmt = 'yyyy-mm-dd';
        sheet.addRow([]);
        sheet.addRow(['P9', '', 7]);
        workbook.addWorksheet('notes').addRow(['ignored']);
      });

      const table = await readAll('products.xlsx', bytes);

      expect(table.format).toBe('xlsx');
      expect(table.header?.cells).toEqual([
        '产品编码',
        '产品名称',
        '单价',
        '税率',
        '上市日期',
      ]);
      expect(table.rows).toEqual([
        {
          row: 2,
          cells: ['00123', '清泉矿泉水', '12.5', '13%', '2027-03-01'],
        },
        { row: 4, cells: ['P9', '', '7'] },
      ]);
    });
  });

  describe('when a workbook arrives under a .csv name', () => {
    it('is still read as a workbook, by its zip signature', async () => {
      const bytes = await workbookBytes((workbook) => {
        workbook.addWorksheet('s').addRow(['a', 'b']);
      });

      const table = await readAll('export.csv', bytes);

      expect(table.format).toBe('xlsx');
      expect(table.header?.cells).toEqual(['a', 'b']);
    });
  });
});
