// The claims and payouts API's shapes (see /openapi.json); amounts are
// decimal strings.

// Claims, payouts and statements carry no currency of their own: they are
// in the program's, which is CNY for every program the store holds today.
export const rebateCurrency = 'CNY';
export type ClaimStatus =
  'submitted' | 'approved' | 'partially_approved' | 'rejected';

export interface Claim {
  id: number;
  programCode: string;
  customerCode: string;
  customerName: string;
  periodStart: string;
  claimedAmount: string;
  note: string;
  status: ClaimStatus;
  approvedAmount: string | null;
  decisionReason: string | null;
  claimedBy: string;
  claimedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

export type PayoutForm = 'credit_note' | 'cash' | 'goods' | 'account_credit';

export interface Payout {
  id: number;
  programCode: string;
  customerCode: string;
  customerName: string;
  form: PayoutForm;
  amount: string;
  status: 'created' | 'released';
  claimId: number | null;
  periods: { periodStart: string; amount: string }[];
  memo: string;
  createdBy: string;
  createdAt: string;
  releasedBy: string | null;
  releasedAt: string | null;
  releasedOn: string | null;
  voucher: { year: number; no: number } | null;
}
