import { Dec, isIsoDate, parseMoney } from '@tierline/engine';
import { PayoutError } from './payout-errors.js';

/** A positive amount of whole fen from a decimal string, or a refusal. */
export function positiveAmount(text: string, path: string): Dec {
  const parsed = parseMoney(text);
  if (!parsed.ok || !parsed.value.isPositive()) {
    throw new PayoutError('amount_invalid', [
      {
        path,
        value: text,
        message: parsed.ok ? 'must be greater than 0' : parsed.reason,
      },
    ]);
  }

  return parsed.value.round(2, 'half_up');
}

/** The amounts an over-payment was checked against, for the reply. */
export function exceedsOwed(
  path: string,
  asked: Dec,
  open: { owed: string; paid: string; open: string },
): PayoutError {
  return new PayoutError('exceeds_owed', [
    {
      path,
      value: asked.toString(),
      message:
        `owed ${open.owed}, paid or being paid ${open.paid}, ` +
        `open ${open.open}`,
    },
  ]);
}

/** A stored numeric(18,2) as an amount that prints with its 2 decimals. */
export function storedMoney(text: string): Dec {
  return Dec.of(text).round(2, 'half_up');
}

/** A YYYY-MM-DD date, or a refusal naming where it was given. */
export function checkedDate(text: string, path: string): string {
  if (!isIsoDate(text)) {
    throw new PayoutError('date_invalid', [
      { path, value: text, message: 'a date YYYY-MM-DD' },
    ]);
  }

  return text;
}
