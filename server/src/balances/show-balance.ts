import { Dec, isExpired, sumDec } from '@tierline/engine';
import { scopeIncludesCustomer, type DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { ProgramActor } from '../programs/program-actor.js';
import {
  findCustomerByCode,
  lockCustomerMoney,
} from '../payouts/open-amount.js';
import { checkedDate } from '../payouts/amounts.js';
import { PayoutError } from '../payouts/payout-errors.js';
import { customerCredits } from './customer-credits.js';
import { expiryJson, releaseExpired } from './release-expired.js';

export interface BalanceView {
  customerCode: string;
  customerName: string;
  asOf: string;
  /** What orders can still draw on `asOf`. */
  available: string;
  credits: {
    id: number;
    payoutId: number;
    programCode: string;
    amount: string;
    remaining: string;
    releasedOn: string;
    validUntil: string | null;
    state: 'usable' | 'used' | 'expired';
    minOrderAmount: string | null;
    maxOrderSharePct: string | null;
  }[];
  /** Credit found past its validity by this look and released now. */
  expiredNow: {
    creditId: number;
    programCode: string;
    amount: string;
    validUntil: string;
  }[];
}

/**
 * A customer's rebate balance on a day. Looking releases credit past its
 * validity first (a voucher, once per credit), so the balance shown is the
 * balance booked.
 */
export async function showBalance(
  store: Store,
  customerCode: string,
  asOf: string,
  actor: ProgramActor,
  scope: DataScope,
): Promise<BalanceView> {
  checkedDate(asOf, 'asOf');

  return store.transaction(async (connection) => {
    const customer = await findCustomerByCode(connection, customerCode);
    if (!customer || !scopeIncludesCustomer(scope, customer)) {
      throw new PayoutError('customer_not_found');
    }
    await lockCustomerMoney(connection, customer.id);

    const expiredNow = await releaseExpired(
      connection,
      customer.id,
      asOf,
      actor.audit,
    );
    const credits = await customerCredits(connection, customer.id);
    const usable = credits.filter(
      (credit) => credit.remaining.isPositive() && !isExpired(credit, asOf),
    );

    return {
      customerCode: customer.code,
      customerName: customer.name,
      asOf,
      available: sumDec([
        Dec.of('0.00'),
        ...usable.map((credit) => credit.remaining),
      ]).toString(),
      credits: credits.map((credit) => ({
        id: credit.id,
        payoutId: credit.payoutId,
        programCode: credit.programCode,
        amount: credit.amount.toString(),
        remaining: credit.remaining.toString(),
        releasedOn: credit.releasedOn,
        validUntil: credit.validUntil,
        state: isExpired(credit, asOf)
          ? 'expired'
          : credit.remaining.isPositive()
            ? 'usable'
            : 'used',
        minOrderAmount: credit.rules.minOrderAmount?.toString() ?? null,
        maxOrderSharePct:
          credit.rules.maxOrderSharePct?.toPlainString() ?? null,
      })),
      expiredNow: expiredNow.map(expiryJson),
    };
  });
}
