import { KernelRangeError, NO_DAY, toDayNumber } from '@tierline/engine';
import { describe, expect, it } from 'vitest';
import { SalesCopyParser } from '../../../src/calculation/sales-copy-reader.js';

const ids = {
  customer: Int32Array.from([-1, 0, 1]),
  product: Int32Array.from([-1, -1, 0]),
};

function parse(...chunks: string[]) {
  const parser = new SalesCopyParser(ids);
  for (const chunk of chunks) parser.push(Buffer.from(chunk));

  return parser.finish();
}

const MARCH_1 = toDayNumber('2027-03-01');
const LINE = `2\t2\t${String(MARCH_1)}\t20900\t1234.50\t\\N\t3.2500\tCNY\n`;

describe('SalesCopyParser', () => {
  describe('when a line arrives in one piece', () => {
    it('reads ids, days, integer fen and ten-thousandths', () => {
      const columns = parse(LINE);

      expect(columns.length).toBe(1);
      expect(columns.customer[0]).toBe(1);
      expect(columns.product[0]).toBe(0);
      expect(columns.invoiceDay[0]).toBe(MARCH_1);
      expect(columns.paidDay[0]).toBe(20900);
      expect(columns.netFen[0]).toBe(123_450);
      expect(columns.hasCost[0]).toBe(0);
      expect(columns.quantity[0]).toBe(32_500);
      expect(columns.currencies[columns.currency[0] ?? 0]).toBe('CNY');
    });
  });

  describe('when chunks split lines and numbers anywhere', () => {
    it('reads the same columns as from one chunk', () => {
      const text = LINE + '1\t2\t-5\t\\N\t-0.01\t-7.00\t-1\tUSD\n';
      const whole = parse(text);
      for (let cut = 1; cut < text.length; cut += 1) {
        const split = parse(text.slice(0, cut), text.slice(cut));
        expect([...split.netFen]).toEqual([...whole.netFen]);
        expect([...split.costFen]).toEqual([...whole.costFen]);
        expect([...split.invoiceDay]).toEqual([...whole.invoiceDay]);
        expect([...split.paidDay]).toEqual([...whole.paidDay]);
        expect([...split.quantity]).toEqual([...whole.quantity]);
        expect([...split.currency]).toEqual([...whole.currency]);
      }
      expect([...whole.invoiceDay]).toEqual([MARCH_1, -5]);
      expect([...whole.paidDay]).toEqual([20900, NO_DAY]);
      expect([...whole.netFen]).toEqual([123_450, -1]);
      expect([...whole.costFen]).toEqual([0, -700]);
      expect([...whole.quantity]).toEqual([32_500, -10_000]);
    });
  });

  describe('when a line names an unknown customer or product', () => {
    it('leaves the line out, as no scope can hold it', () => {
      const columns = parse(
        '1\t1\t1\t\\N\t1.00\t\\N\t1\tCNY\n',
        '9\t2\t1\t\\N\t1.00\t\\N\t1\tCNY\n',
      );

      expect(columns.length).toBe(0);
    });
  });

  describe('when an amount has more digits than a double counts exactly', () => {
    it('refuses it instead of rounding', () => {
      expect(() =>
        parse('1\t2\t1\t\\N\t99999999999999.99\t\\N\t1\tCNY\n'),
      ).toThrow(KernelRangeError);
    });
  });

  describe('when the output stops in the middle of a line', () => {
    it('says so', () => {
      expect(() => parse('1\t2\t1\t\\N\t1.00')).toThrow(/middle of a line/);
    });
  });
});
