// A goods payout (货补): the rebate paid as products at their list price.
import { Dec, sumDec } from '../money/dec.js';

/** One product picked for the payout; without a quantity, as many as fit. */
export interface GoodsPick {
  sku: string;
  /** The product's list price (VAT excluded), > 0. */
  listPrice: Dec;
  /** Whole units; null to take floor(what is left / list price). */
  quantity: Dec | null;
}

export interface GoodsLine {
  sku: string;
  listPrice: Dec;
  quantity: Dec;
  /** quantity × list price, rounded half up to the fen. */
  value: Dec;
  /** Whether the quantity was given or filled in. */
  quantitySource: 'given' | 'filled';
}

export interface GoodsPlan {
  lines: GoodsLine[];
  goodsValue: Dec;
  /** The part of the amount the goods do not cover; it stays owed. */
  remainder: Dec;
}

export type GoodsProblem =
  | { reason: 'no_list_price'; sku: string; index: number }
  | { reason: 'quantity_not_whole'; sku: string; index: number }
  | { reason: 'goods_exceed_amount'; goodsValue: Dec; amount: Dec };

export type GoodsResult =
  { ok: true; plan: GoodsPlan } | { ok: false; problems: GoodsProblem[] };

/**
 * Prices the picks against `amount` (≥ 0, whole fen). Lines with a given
 * quantity are priced first, then each line without one, in the order given,
 * takes as many whole units as the amount still left pays for. Given
 * quantities worth more than the amount are refused, never cut down; what
 * the goods leave over is reported as the remainder, never lost.
 */
export function planGoods(
  amount: Dec,
  picks: readonly GoodsPick[],
): GoodsResult {
  const problems: GoodsProblem[] = [];
  picks.forEach((pick, index) => {
    if (!pick.listPrice.isPositive()) {
      problems.push({ reason: 'no_list_price', sku: pick.sku, index });
    }
    if (
      pick.quantity !== null &&
      (!pick.quantity.isInteger() || !pick.quantity.isPositive())
    ) {
      problems.push({ reason: 'quantity_not_whole', sku: pick.sku, index });
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  const lines: (GoodsLine | null)[] = picks.map((pick) =>
    pick.quantity === null ? null : priced(pick, pick.quantity, 'given'),
  );
  const givenValue = sumDec(lines.map((line) => line?.value ?? Dec.ZERO));
  if (givenValue.gt(amount)) {
    return {
      ok: false,
      problems: [
        { reason: 'goods_exceed_amount', goodsValue: givenValue, amount },
      ],
    };
  }

  let left = amount.minus(givenValue);
  const filled = picks.map((pick, index) => {
    const given = lines[index];
    if (given) return given;

    // floor(left / price) units cost at most `left`, and so does their value
    // rounded to the fen, as `left` is whole fen itself.
    const quantity = left.dividedBy(pick.listPrice).truncate(0);
    const line = priced(pick, quantity, 'filled');
    left = left.minus(line.value);

    return line;
  });
  const goodsValue = sumDec(filled.map((line) => line.value));

  return {
    ok: true,
    plan: {
      lines: filled,
      goodsValue: goodsValue.round(2, 'half_up'),
      remainder: amount.minus(goodsValue).round(2, 'half_up'),
    },
  };
}

function priced(
  pick: GoodsPick,
  quantity: Dec,
  quantitySource: GoodsLine['quantitySource'],
): GoodsLine {
  return {
    sku: pick.sku,
    listPrice: pick.listPrice,
    quantity,
    value: quantity.times(pick.listPrice).round(2, 'half_up'),
    quantitySource,
  };
}
