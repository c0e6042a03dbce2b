import { describe, expect, it } from 'vitest';
import {
  decimalKey,
  decimalSign,
  FieldProblem,
  moneyRule,
  parseCurrency,
  parseDate,
  parseDecimal,
  parseLineNumber,
  parsePercent,
  quantityRule,
} from '../../../src/files/fields.js';

function codeOf(result: unknown): string | null {
  return result instanceof FieldProblem ? result.code : null;
}

describe('parseDecimal', () => {
  describe('when the text is a decimal within the scale', () => {
    it.each([
      ['120000.00', '120000.00'],
      ['99999.99', '99999.99'],
      ['-20000', '-20000'],
      ['+5', '5'],
      ['007.5', '7.5'],
      ['.5', '0.5'],
      ['5.', '5'],
      ['-0.00', '-0.00'],
      ['-.0', '0.0'],
      ['12.3400', '12.34'],
    ])('reads %s as %s', (text, expected) => {
      expect(parseDecimal(text, moneyRule)).toBe(expected);
    });
  });

  describe('when the text has more decimals than the scale', () => {
    it('refuses money with 3 decimals and quantities with 5', () => {
      expect(codeOf(parseDecimal('12.345', moneyRule))).toBe(
        'too_many_decimals',
      );
      expect(codeOf(parseDecimal('1.23456', quantityRule))).toBe(
        'too_many_decimals',
      );
      expect(parseDecimal('1.2345', quantityRule)).toBe('1.2345');
    });
  });

  describe('when the text is not a plain decimal', () => {
    it.each(['', '-', '.', '1,000.00', '1e5', '12.3.4', ' 1', 'abc', '--1'])(
      'refuses %j',
      (text) => {
        expect(codeOf(parseDecimal(text, moneyRule))).toBe('bad_decimal');
      },
    );

    it('refuses more integer digits than the column holds', () => {
      expect(codeOf(parseDecimal('1'.repeat(17), moneyRule))).toBe(
        'bad_decimal',
      );
      expect(parseDecimal('1'.repeat(16), moneyRule)).toBe('1'.repeat(16));
    });
  });
});

describe('decimalSign and decimalKey', () => {
  describe('when a value is zero in any writing', () => {
    it('has sign 0', () => {
      expect(['0', '-0.00', '0.000'].map(decimalSign)).toEqual([0, 0, 0]);
      expect(decimalSign('-0.01')).toBe(-1);
      expect(decimalSign('3')).toBe(1);
    });
  });

  describe('when two writings have the same value', () => {
    it('gives the same key', () => {
      expect(decimalKey('9000.00')).toBe(decimalKey('9000'));
      expect(decimalKey('10.50')).toBe('10.5');
      expect(decimalKey('100')).toBe('100');
    });
  });
});

describe('parseDate', () => {
  describe('when the date exists', () => {
    it('keeps it', () => {
      expect(parseDate('2027-01-15')).toBe('2027-01-15');
      expect(parseDate('2028-02-29')).toBe('2028-02-29');
    });
  });

  describe('when the text is not a YYYY-MM-DD date', () => {
    it.each(['2027-02-29', '2100-02-29', '2027-13-01', '2027-04-31'])(
      'refuses the impossible %s',
      (text) => {
        expect(codeOf(parseDate(text))).toBe('bad_date');
      },
    );

    it.each(['2027/01/15', '15.01.2027', '2027-1-5', '20270115', ''])(
      'refuses the shape %j',
      (text) => {
        expect(codeOf(parseDate(text))).toBe('bad_date');
      },
    );
  });
});

describe('parseLineNumber', () => {
  describe('when the text is a whole number that fits', () => {
    it('reads it', () => {
      expect(parseLineNumber('1')).toBe(1);
      expect(parseLineNumber('2147483647')).toBe(2147483647);
    });
  });

  describe('when it is not', () => {
    it.each(['1.5', '-1', 'x', '2147483648'])('refuses %s', (text) => {
      expect(codeOf(parseLineNumber(text))).toBe('bad_integer');
    });
  });
});

describe('parseCurrency', () => {
  describe('when the cell is empty', () => {
    it('means CNY', () => {
      expect(parseCurrency('')).toBe('CNY');
    });
  });

  describe('when the code is an active ISO 4217 code', () => {
    it('reads it in upper case', () => {
      expect(parseCurrency('USD')).toBe('USD');
      expect(parseCurrency('hkd')).toBe('HKD');
    });
  });

  describe('when it is not', () => {
    it.each(['RMB', 'XXX', 'US', 'EURO'])('refuses %s', (text) => {
      expect(codeOf(parseCurrency(text))).toBe('unknown_currency');
    });
  });
});

describe('parsePercent', () => {
  describe('when the rate is written like 13%', () => {
    it('gives the percentage figure', () => {
      expect(parsePercent('13%')).toBe('13');
      expect(parsePercent('6.5 %')).toBe('6.5');
      expect(parsePercent('9')).toBe('9');
      expect(parsePercent('100.0%')).toBe('100.0');
    });
  });

  describe('when the rate is out of range or not a rate', () => {
    it.each(['101%', '100.5%', '-1%', 'abc', '13%%'])('refuses %s', (text) => {
      expect(codeOf(parsePercent(text))).toBe('bad_percent');
    });
  });
});
