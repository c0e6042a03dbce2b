import { describe, expect, it } from 'vitest';
import {
  Dec,
  MAX_SAFE_FEN,
  fromFen,
  parseMoney,
  parsePercent,
  parseProgramNumber,
  parseQuantity,
  significantDigits,
  toFen,
} from '../src/index.js';

function money(text: string): Dec {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new Error(parsed.reason);

  return parsed.value;
}

describe('parseMoney', () => {
  describe('when the text is a plain decimal of at most 2 decimals', () => {
    it.each(['0', '12', '-20000.00', '99999.99', '0.1'])(
      'reads %s exactly',
      (text) => {
        expect(money(text).toString()).toBe(text);
      },
    );
  });

  describe('when the text is not a plain decimal or has more decimals', () => {
    it.each(['1.005', '1e5', ' 12', '12.', '.5', '1,000', 'NaN', '', '+5'])(
      'refuses "%s"',
      (text) => {
        expect(parseMoney(text).ok).toBe(false);
      },
    );
  });
});

describe('parseQuantity', () => {
  describe('when the text has up to 4 decimals', () => {
    it('reads it', () => {
      expect(parseQuantity('1.2345').ok).toBe(true);
    });
  });

  describe('when the text has 5 decimals', () => {
    it('refuses it', () => {
      expect(parseQuantity('1.23456').ok).toBe(false);
    });
  });
});

describe('parsePercent', () => {
  describe('when the percentage is written with %', () => {
    it('reads the percentage itself', () => {
      const parsed = parsePercent('3.5%');

      expect(parsed.ok && parsed.value.toString()).toBe('3.5');
    });
  });

  describe('when the % sign is missing', () => {
    it('refuses it', () => {
      expect(parsePercent('3.5').ok).toBe(false);
    });
  });
});

describe('parseProgramNumber', () => {
  describe('when the number has at most 15 significant digits', () => {
    it('reads it exactly', () => {
      const parsed = parseProgramNumber(123456789012.345, '123456789012.345');

      expect(parsed.ok && parsed.value.toString()).toBe('123456789012.345');
    });
  });

  describe('when the written number has more than 15 significant digits', () => {
    it('refuses it', () => {
      expect(parseProgramNumber(0.1, '0.10000000000000001').ok).toBe(false);
    });
  });

  describe('when counting significant digits', () => {
    it.each([
      ['1000000', 1],
      ['0.0012', 2],
      ['1.50', 2],
      ['12345678901234567', 17],
      ['2e3', 1],
    ])('counts %s as %i', (text, digits) => {
      expect(significantDigits(text)).toBe(digits);
    });
  });
});

describe('Dec arithmetic', () => {
  describe('when adding the float trap 0.1 + 0.2', () => {
    it('gives exactly 0.3', () => {
      expect(money('0.1').plus(money('0.2')).eq(money('0.3'))).toBe(true);
    });
  });

  describe('when sums and products are printed', () => {
    it('keeps the larger scale for sums and adds scales for products', () => {
      const sum = money('120000.00').plus(money('180000.00'));

      expect(sum.toString()).toBe('300000.00');
      expect(sum.times(Dec.of('0.035')).toString()).toBe('10500.00000');
    });
  });

  describe('when dividing', () => {
    it('keeps at least 20 significant digits of a repeating quotient', () => {
      const third = Dec.of('1').dividedBy(Dec.of('3')).toString();

      expect(third.startsWith('0.33333333333333333333')).toBe(true);
    });
  });
});

describe('Dec rounding', () => {
  describe('when the mode is half_up', () => {
    it.each([
      ['1.005', '1.01'],
      ['2.675', '2.68'],
      ['1.0049', '1.00'],
      ['-1.005', '-1.01'],
      ['-2.5', '-3'],
    ])('rounds %s to %s (halves away from zero)', (value, rounded) => {
      const scale = rounded.includes('.') ? 2 : 0;

      expect(Dec.of(value).round(scale, 'half_up').toString()).toBe(rounded);
    });
  });

  describe('when the mode is half_even', () => {
    it.each([
      ['1.005', '1.00'],
      ['1.015', '1.02'],
      ['2.5', '2'],
      ['3.5', '4'],
    ])('rounds %s to %s', (value, rounded) => {
      const scale = rounded.includes('.') ? 2 : 0;

      expect(Dec.of(value).round(scale, 'half_even').toString()).toBe(rounded);
    });
  });

  describe('when rounding up to the fen', () => {
    it('moves any remainder up', () => {
      expect(Dec.of('0.001').ceil(2).toString()).toBe('0.01');
      expect(Dec.of('5').ceil(2).toString()).toBe('5.00');
    });
  });

  describe('when a negative zero would print', () => {
    it('prints 0', () => {
      expect(Dec.of('-0.001').round(2, 'half_up').toString()).toBe('0.00');
    });
  });
});

describe('toFen', () => {
  describe('when the amount is whole fen below 2^53', () => {
    it('converts both ways', () => {
      expect(toFen(money('-12345.67'))).toBe(-1234567);
      expect(fromFen(1234567).toString()).toBe('12345.67');
    });
  });

  describe('when the amount is at the guard', () => {
    it('accepts 2^53 − 1 fen and refuses one fen more', () => {
      const largest = Dec.fromInteger(MAX_SAFE_FEN).dividedBy(Dec.HUNDRED);

      expect(toFen(largest)).toBe(MAX_SAFE_FEN);
      expect(() => toFen(largest.plus(Dec.of('0.01')))).toThrow(RangeError);
    });
  });

  describe('when the amount has a fraction of a fen', () => {
    it('refuses it', () => {
      expect(() => toFen(Dec.of('0.001'))).toThrow(RangeError);
    });
  });
});
