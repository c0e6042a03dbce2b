import { describe, expect, it } from 'vitest';
import {
  Dec,
  allocateByLargestRemainder,
  splitCreditNote,
  type CreditNote,
} from '../src/index.js';

function creditNote(
  rebate: string,
  sales: [vatRatePct: string, netAmount: string][],
): CreditNote {
  const result = splitCreditNote(
    Dec.of(rebate),
    sales.map(([vatRatePct, netAmount]) => ({
      vatRatePct: Dec.of(vatRatePct),
      netAmount: Dec.of(netAmount),
    })),
  );
  if (!result.ok) throw new Error(result.reason);

  return result.creditNote;
}

function printed(note: CreditNote) {
  return note.lines.map((line) => [
    line.vatRatePct.toPlainString(),
    line.amountWithoutVat.toString(),
    line.vatAmount.toString(),
    line.totalWithVat.toString(),
  ]);
}

describe('allocateByLargestRemainder', () => {
  describe('when the shares do not fall on whole fen', () => {
    it.each([
      ['100.00', ['1', '1', '1'], ['33.34', '33.33', '33.33']],
      ['0.02', ['1', '1', '1'], ['0.01', '0.01', '0.00']],
      ['0.03', ['1', '1', '1'], ['0.01', '0.01', '0.01']],
      ['0.30', ['0.1', '0.2'], ['0.10', '0.20']],
      ['10.00', ['2', '1'], ['6.67', '3.33']],
      ['10.00', ['1', '2'], ['3.33', '6.67']],
      ['0.01', ['1', '1'], ['0.01', '0.00']],
      ['0.00', ['5', '7'], ['0.00', '0.00']],
    ])('splits %s by %j into %j', (total, weights, parts) => {
      const result = allocateByLargestRemainder(
        Dec.of(total),
        weights.map((weight) => Dec.of(weight)),
      );

      expect(result.map((part) => part.toString())).toEqual(parts);
    });
  });

  describe('when the largest remainders tie', () => {
    it('gives the fen to the larger weight first', () => {
      const result = allocateByLargestRemainder(Dec.of('0.01'), [
        Dec.of('1'),
        Dec.of('3'),
      ]);

      expect(result.map((part) => part.toString())).toEqual(['0.00', '0.01']);
    });
  });

  describe('when the weights sum to zero', () => {
    it('refuses to split', () => {
      expect(() =>
        allocateByLargestRemainder(Dec.of('1.00'), [Dec.of('0')]),
      ).toThrow(RangeError);
    });
  });

  describe('when the total has more than 2 decimals', () => {
    it('refuses to split', () => {
      expect(() =>
        allocateByLargestRemainder(Dec.of('1.005'), [Dec.of('1')]),
      ).toThrow(RangeError);
    });
  });
});

describe('splitCreditNote', () => {
  describe('when the sales carry two VAT rates', () => {
    it('splits the rebate by the net sales at each rate, 9 % first', () => {
      const note = creditNote('3000.00', [
        ['13', '200000.00'],
        ['9', '100000.00'],
      ]);

      expect(printed(note)).toEqual([
        ['9', '1000.00', '90.00', '1090.00'],
        ['13', '2000.00', '260.00', '2260.00'],
      ]);
      expect(note).toMatchObject({
        rebateExcludesVat: true,
        allocation: 'largest_remainder',
      });
      expect(note.amountWithoutVat.toString()).toBe('3000.00');
      expect(note.vatAmount.toString()).toBe('350.00');
      expect(note.totalWithVat.toString()).toBe('3350.00');
    });
  });

  describe('when the split leaves fen over', () => {
    it('adds up to the rebate exactly', () => {
      const note = creditNote('1000.00', [
        ['13', '1'],
        ['9', '1'],
        ['6', '1'],
      ]);

      expect(
        note.lines.map((line) => line.amountWithoutVat.toString()),
      ).toEqual(['333.34', '333.33', '333.33']);
      expect(note.amountWithoutVat.toString()).toBe('1000.00');
    });
  });

  describe('when a line’s VAT is half a fen', () => {
    it('rounds the VAT half up to the fen', () => {
      // 0.50 × 9 % = 0.045 and 0.10 × 13 % = 0.013: float traps both.
      expect(printed(creditNote('0.50', [['9', '7']]))).toEqual([
        ['9', '0.50', '0.05', '0.55'],
      ]);
      expect(printed(creditNote('0.10', [['13', '7']]))).toEqual([
        ['13', '0.10', '0.01', '0.11'],
      ]);
    });
  });

  describe('when returns outweigh the sales at one rate', () => {
    it('leaves that rate out of the split', () => {
      const note = creditNote('500.00', [
        ['13', '10000.00'],
        ['9', '4000.00'],
        ['9', '-6000.00'],
      ]);

      expect(printed(note)).toEqual([['13', '500.00', '65.00', '565.00']]);
    });
  });

  describe('when no rate has positive net sales', () => {
    it('says there is nothing to split by', () => {
      const result = splitCreditNote(Dec.of('10.00'), [
        { vatRatePct: Dec.of('13'), netAmount: Dec.of('-1.00') },
      ]);

      expect(result).toEqual({ ok: false, reason: 'no_positive_sales' });
    });
  });
});
