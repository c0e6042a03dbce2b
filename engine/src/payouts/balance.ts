// The rebate balance (返利余额): account-credit payouts, each valid for a
// time, drawn down by later orders under their program's usage rules.
import { addDays, type IsoDate } from '../periods/dates.js';
import { Dec, minDec, sumDec } from '../money/dec.js';

// Every amount of the balance is whole fen and printed with 2 decimals.
const ZERO_FEN = Dec.of('0.00');

function fen(amount: Dec): Dec {
  return amount.round(2, 'half_up');
}

function sumFen(amounts: readonly Dec[]): Dec {
  return fen(sumDec([ZERO_FEN, ...amounts]));
}

/** A program's usage rules for its credits (`payout.balance`). */
export interface BalanceRules {
  /** An order below this amount draws nothing from the program's credits. */
  minOrderAmount: Dec | null;
  /** At most this percentage of an order comes from the program's credits. */
  maxOrderSharePct: Dec | null;
}

/** What is left of one account-credit payout. */
export interface BalanceCredit {
  id: number;
  programCode: string;
  remaining: Dec;
  /** The first day it can be used: the payout's release. */
  validFrom: IsoDate;
  /** The last day it can be used (inclusive); null when it never expires. */
  validUntil: IsoDate | null;
  rules: BalanceRules;
}

export interface BalanceOrder {
  orderAmount: Dec;
  orderDate: IsoDate;
}

/** Why a program's credits gave what they gave to an order. */
export type DrawRule =
  'min_order_amount' | 'max_order_share' | 'order_amount' | 'balance';

export interface ProgramDraw {
  programCode: string;
  /** What the program's rules allow at most for this order. */
  limit: Dec;
  drawn: Dec;
  rule: DrawRule;
}

export interface CreditDraw {
  creditId: number;
  programCode: string;
  amount: Dec;
}

export interface CreditExpiry {
  creditId: number;
  programCode: string;
  amount: Dec;
  validUntil: IsoDate;
}

export interface DrawResult {
  drawn: Dec;
  draws: CreditDraw[];
  programs: ProgramDraw[];
  /** Credits past their validity on the order date: never drawn. */
  expired: CreditExpiry[];
  /** The usable balance after the order. */
  balanceAfter: Dec;
}

/** The last valid day of a credit released on `releasedOn`. */
export function creditValidUntil(
  releasedOn: IsoDate,
  validDays: number | null,
): IsoDate | null {
  if (validDays === null) return null;

  return addDays(releasedOn, validDays - 1);
}

export function isExpired(credit: BalanceCredit, onDate: IsoDate): boolean {
  return credit.validUntil !== null && credit.validUntil < onDate;
}

/** Credits with something left that can no longer be used on `onDate`. */
export function expiredCredits(
  credits: readonly BalanceCredit[],
  onDate: IsoDate,
): CreditExpiry[] {
  return credits
    .filter((credit) => credit.remaining.isPositive())
    .filter((credit) => isExpired(credit, onDate))
    .map((credit) => ({
      creditId: credit.id,
      programCode: credit.programCode,
      amount: fen(credit.remaining),
      validUntil: credit.validUntil ?? onDate,
    }));
}

/**
 * What an order draws: oldest expiry first (then the older credit), each
 * program's credits at most its limit, the whole at most the order. A limit
 * is 0 below the program's minimum order amount, else the order amount ×
 * the maximum share cut down to the fen (never more than the share). The
 * balance never goes below zero: a credit gives at most what is left of it.
 */
export function drawOnBalance(
  credits: readonly BalanceCredit[],
  order: BalanceOrder,
): DrawResult {
  const expired = expiredCredits(credits, order.orderDate);
  const usable = credits
    .filter((credit) => credit.remaining.isPositive())
    .filter((credit) => !isExpired(credit, order.orderDate))
    .filter((credit) => credit.validFrom <= order.orderDate)
    .sort(byExpiryThenId);

  const programs = new Map<string, ProgramDraw>();
  for (const credit of usable) {
    if (programs.has(credit.programCode)) continue;
    programs.set(credit.programCode, programLimit(credit, order.orderAmount));
  }

  let orderLeft = order.orderAmount.isPositive() ? order.orderAmount : Dec.ZERO;
  const draws: CreditDraw[] = [];
  for (const credit of usable) {
    const program = programs.get(credit.programCode);
    if (!program) continue;

    const programLeft = program.limit.minus(program.drawn);
    const amount = fen(
      minDec(credit.remaining, minDec(programLeft, orderLeft)),
    );
    if (!amount.isPositive()) continue;

    draws.push({
      creditId: credit.id,
      programCode: credit.programCode,
      amount,
    });
    program.drawn = program.drawn.plus(amount);
    orderLeft = orderLeft.minus(amount);
  }

  const drawn = sumFen(draws.map((draw) => draw.amount));
  const usableBalance = sumFen(usable.map((credit) => credit.remaining));

  return {
    drawn,
    draws,
    programs: [...programs.values()].map((program) =>
      withRule(program, usable, orderLeft),
    ),
    expired,
    balanceAfter: fen(usableBalance.minus(drawn)),
  };
}

function byExpiryThenId(a: BalanceCredit, b: BalanceCredit): number {
  const aUntil = a.validUntil ?? '9999-12-31';
  const bUntil = b.validUntil ?? '9999-12-31';
  if (aUntil !== bUntil) return aUntil < bUntil ? -1 : 1;

  return a.id - b.id;
}

function programLimit(credit: BalanceCredit, orderAmount: Dec): ProgramDraw {
  const { minOrderAmount, maxOrderSharePct } = credit.rules;
  const base = { programCode: credit.programCode, drawn: ZERO_FEN };

  if (!orderAmount.isPositive()) {
    return { ...base, limit: ZERO_FEN, rule: 'order_amount' };
  }
  if (minOrderAmount !== null && orderAmount.lt(minOrderAmount)) {
    return { ...base, limit: ZERO_FEN, rule: 'min_order_amount' };
  }
  if (maxOrderSharePct !== null) {
    const limit = orderAmount
      .times(maxOrderSharePct)
      .dividedBy(Dec.HUNDRED)
      .truncate(2);

    return {
      ...base,
      limit: minDec(limit, orderAmount),
      rule: 'max_order_share',
    };
  }

  return { ...base, limit: fen(orderAmount), rule: 'order_amount' };
}

/**
 * The rule that stopped the program's draw: its minimum, its share, the
 * order itself, or the credit it had left.
 */
function withRule(
  program: ProgramDraw,
  usable: readonly BalanceCredit[],
  orderLeft: Dec,
): ProgramDraw {
  if (program.rule === 'min_order_amount') return program;

  const available = sumFen(
    usable
      .filter((credit) => credit.programCode === program.programCode)
      .map((credit) => credit.remaining),
  );
  if (program.drawn.eq(program.limit)) return program;
  if (program.drawn.eq(available)) return { ...program, rule: 'balance' };
  if (orderLeft.isZero()) return { ...program, rule: 'order_amount' };

  return program;
}
