// The document of each payout form, computed when the payout is created
// (DESIGN §5): a credit note split by VAT rate, goods at list price, or the
// balance's validity and usage rules. Cash needs none.
import {
  Dec,
  planGoods,
  splitCreditNote,
  type GoodsPick,
  type Program,
} from '@tierline/engine';
import type { Connection } from '../db/database.js';
import type { PayoutFormName } from '../db/payout-schema.js';
import { salesByVatRate, type PeriodSpan } from './credit-note-sales.js';
import { PayoutError } from './payout-errors.js';

export interface GoodsRequest {
  sku: string;
  /** Whole units; omitted to take as many as the amount pays for. */
  quantity?: string;
}

export interface FormDetails {
  /** What the payout pays: the amount asked, or the goods' value. */
  paid: Dec;
  details: Record<string, unknown>;
}

export async function formDetails(
  connection: Connection,
  input: {
    form: PayoutFormName;
    program: Program;
    customerId: number;
    periods: readonly PeriodSpan[];
    amount: Dec;
    goods?: readonly GoodsRequest[];
  },
): Promise<FormDetails> {
  const { amount } = input;
  switch (input.form) {
    case 'cash':
      return { paid: amount, details: {} };
    case 'account_credit': {
      const balance = input.program.payout?.balance ?? null;

      return {
        paid: amount,
        details: {
          validDays: balance?.validDays ?? null,
          minOrderAmount: balance?.minOrderAmount ?? null,
          maxOrderSharePct: balance?.maxOrderSharePct ?? null,
        },
      };
    }
    case 'credit_note':
      return creditNoteDetails(connection, input);
    case 'goods':
      return goodsDetails(connection, amount, input.goods ?? []);
  }
}

async function creditNoteDetails(
  connection: Connection,
  input: {
    program: Program;
    customerId: number;
    periods: readonly PeriodSpan[];
    amount: Dec;
  },
): Promise<FormDetails> {
  const sales = await salesByVatRate(
    connection,
    input.program,
    input.customerId,
    input.periods,
  );
  const split = splitCreditNote(input.amount, sales);
  if (!split.ok) throw new PayoutError('credit_note_no_sales');

  const note = split.creditNote;
  return {
    paid: input.amount,
    details: {
      rebateExcludesVat: note.rebateExcludesVat,
      allocation: note.allocation,
      lines: note.lines.map((line) => ({
        vatRatePct: line.vatRatePct.toPlainString(),
        salesNetAmount: line.salesNetAmount.toString(),
        amountWithoutVat: line.amountWithoutVat.toString(),
        vatAmount: line.vatAmount.toString(),
        totalWithVat: line.totalWithVat.toString(),
      })),
      amountWithoutVat: note.amountWithoutVat.toString(),
      vatAmount: note.vatAmount.toString(),
      totalWithVat: note.totalWithVat.toString(),
    },
  };
}

async function goodsDetails(
  connection: Connection,
  amount: Dec,
  goods: readonly GoodsRequest[],
): Promise<FormDetails> {
  if (goods.length === 0) throw new PayoutError('goods_required');

  const prices = await connection.query<{
    sku: string;
    listPrice: string | null;
  }>(
    `select sku, list_price::text as "listPrice" from products
      where sku = any($1::text[])`,
    [goods.map((item) => item.sku)],
  );
  const priceOf = new Map(prices.map((row) => [row.sku, row.listPrice]));
  const problems = goods.flatMap((item, index) => {
    const path = `body.goods[${String(index)}]`;
    if (!priceOf.has(item.sku)) {
      return [
        {
          path: `${path}.sku`,
          value: item.sku,
          message: 'no product has this SKU',
        },
      ];
    }
    if (item.quantity !== undefined && !/^\d+$/.test(item.quantity)) {
      return [
        {
          path: `${path}.quantity`,
          value: item.quantity,
          message: 'a whole number of units',
        },
      ];
    }
    return [];
  });
  if (problems.length > 0) throw new PayoutError('goods_invalid', problems);

  const picks: GoodsPick[] = goods.map((item) => ({
    sku: item.sku,
    listPrice: Dec.of(priceOf.get(item.sku) ?? '0'),
    quantity: item.quantity === undefined ? null : Dec.of(item.quantity),
  }));
  const planned = planGoods(amount, picks);
  if (!planned.ok) {
    throw new PayoutError(
      'goods_invalid',
      planned.problems.map((problem) =>
        problem.reason === 'goods_exceed_amount'
          ? {
              path: 'body.goods',
              code: problem.reason,
              message: `the goods are worth ${problem.goodsValue.toString()}, more than ${problem.amount.toString()}`,
            }
          : {
              path: `body.goods[${String(problem.index)}]`,
              code: problem.reason,
              message:
                problem.reason === 'no_list_price'
                  ? 'the product has no list price'
                  : 'a whole number of units above 0',
            },
      ),
    );
  }

  const { plan } = planned;
  if (!plan.goodsValue.isPositive())
    throw new PayoutError('goods_nothing_fits');

  return {
    paid: plan.goodsValue,
    details: {
      atListPrice: true,
      lines: plan.lines.map((line) => ({
        sku: line.sku,
        listPrice: line.listPrice.toPlainString(),
        quantity: line.quantity.toString(),
        value: line.value.toString(),
        quantitySource: line.quantitySource,
      })),
      requestedAmount: amount.toString(),
      goodsValue: plan.goodsValue.toString(),
      remainder: plan.remainder.toString(),
    },
  };
}
