import { describe, expect, it } from 'vitest';
import {
  formatBadRow,
  formatImportReport,
} from '../../../src/imports/format-report.js';
import type { BadRow, ImportReport } from '../../../src/imports/run-import.js';

const tooManyDecimals: BadRow = {
  row: 17,
  column: 'net_amount',
  code: 'too_many_decimals',
  message: 'too many decimals (max 2)',
  value: '12.345',
};

const rejected: ImportReport = {
  batchId: 7,
  kind: 'sales',
  fileName: 'sales.csv',
  sha256: 'a'.repeat(64),
  status: 'rejected',
  rows: { total: 3, new: 0, updated: 0, duplicate: 0, bad: 1 },
  badRows: [tooManyDecimals],
};

describe('formatBadRow', () => {
  describe('when the problem has a column and a value', () => {
    it('names the row, the column, the reason and the value', () => {
      expect(formatBadRow(tooManyDecimals)).toBe(
        'row 17, column net_amount: too many decimals (max 2): "12.345"',
      );
    });
  });

  describe('when it concerns the whole row', () => {
    it('names the row only', () => {
      expect(
        formatBadRow({
          row: 1,
          column: null,
          code: 'bad_file',
          message: 'the file is empty',
        }),
      ).toBe('row 1: the file is empty');
    });
  });
});

describe('formatImportReport', () => {
  describe('when the import was rejected', () => {
    it('gives the counts, each bad row and what to do', () => {
      expect(formatImportReport(rejected).split('\n')).toEqual([
        'sales.csv: rejected as batch 7 (sha256 aaaaaaaaaaaa)',
        '  3 rows: 0 new, 0 updated, 0 duplicate, 1 bad',
        '  row 17, column net_amount: too many decimals (max 2): "12.345"',
        '  Nothing was stored. Correct the rows above, or import with ' +
          '--skip-bad to store the good rows only.',
      ]);
    });
  });
});
