// A credit note payout (红字发票 / 折让): the rebate split by the VAT rates of
// the sales it rewards, as a red-letter invoice request needs it.
import { allocateByLargestRemainder } from '../money/allocate.js';
import { Dec, sumDec } from '../money/dec.js';

/** The customer's counted net sales (VAT excluded) at one VAT rate. */
export interface SalesAtVatRate {
  /** "13" for 13 %. */
  vatRatePct: Dec;
  netAmount: Dec;
}

export interface CreditNoteLine {
  vatRatePct: Dec;
  /** The counted net sales at this rate: the weight of the split. */
  salesNetAmount: Dec;
  amountWithoutVat: Dec;
  vatAmount: Dec;
  totalWithVat: Dec;
}

export interface CreditNote {
  /** Rebates, like every amount in Tierline, exclude VAT. */
  rebateExcludesVat: true;
  allocation: 'largest_remainder';
  lines: CreditNoteLine[];
  amountWithoutVat: Dec;
  vatAmount: Dec;
  totalWithVat: Dec;
}

export type CreditNoteResult =
  | { ok: true; creditNote: CreditNote }
  | { ok: false; reason: 'no_positive_sales' };

/**
 * Splits `rebateAmount` (VAT excluded, ≥ 0, whole fen) over the VAT rates in
 * proportion to each rate's net sales; the parts add up to the rebate exactly
 * (largest remainder, see money/allocate.ts). A rate whose net sales are not
 * above zero (returns outweigh sales) takes no part. The VAT of each line is
 * its amount × rate, rounded half up to the fen, as the tax invoice prints it.
 */
export function splitCreditNote(
  rebateAmount: Dec,
  sales: readonly SalesAtVatRate[],
): CreditNoteResult {
  const byRate = new Map<string, SalesAtVatRate>();
  for (const entry of sales) {
    const key = entry.vatRatePct.toPlainString();
    const known = byRate.get(key);
    byRate.set(key, {
      vatRatePct: entry.vatRatePct,
      netAmount: known
        ? known.netAmount.plus(entry.netAmount)
        : entry.netAmount,
    });
  }
  const weighted = [...byRate.values()]
    .filter((entry) => entry.netAmount.isPositive())
    .sort((a, b) => a.vatRatePct.cmp(b.vatRatePct));
  if (weighted.length === 0) return { ok: false, reason: 'no_positive_sales' };

  const parts = allocateByLargestRemainder(
    rebateAmount,
    weighted.map((entry) => entry.netAmount),
  );

  const lines = weighted.map((entry, index): CreditNoteLine => {
    const amountWithoutVat = parts[index] ?? Dec.ZERO;
    const vatAmount = amountWithoutVat
      .times(entry.vatRatePct)
      .dividedBy(Dec.HUNDRED)
      .round(2, 'half_up');

    return {
      vatRatePct: entry.vatRatePct,
      salesNetAmount: entry.netAmount,
      amountWithoutVat,
      vatAmount,
      totalWithVat: amountWithoutVat.plus(vatAmount),
    };
  });

  return {
    ok: true,
    creditNote: {
      rebateExcludesVat: true,
      allocation: 'largest_remainder',
      lines,
      amountWithoutVat: sumDec(lines.map((line) => line.amountWithoutVat)),
      vatAmount: sumDec(lines.map((line) => line.vatAmount)),
      totalWithVat: sumDec(lines.map((line) => line.totalWithVat)),
    },
  };
}
