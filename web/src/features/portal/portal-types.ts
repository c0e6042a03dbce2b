// The agreements and balance API's shapes the portal reads (see
// /openapi.json); amounts are decimal strings.
export type AgreementStatus = 'draft' | 'active' | 'terminated';

export interface AgreementSummary {
  id: number;
  programCode: string;
  programName: string;
  customerCode: string;
  customerName: string;
  status: AgreementStatus;
  contractNo: string | null;
  signedOn: string | null;
  periodStart: string;
  periodEnd: string;
  document: { fileName: string; contentType: string } | null;
  acceptedAt: string | null;
  acceptedBy: string | null;
}

export type CreditState = 'usable' | 'used' | 'expired';

export interface RebateBalance {
  customerCode: string;
  customerName: string;
  asOf: string;
  available: string;
  credits: {
    id: number;
    payoutId: number;
    programCode: string;
    amount: string;
    remaining: string;
    releasedOn: string;
    validUntil: string | null;
    state: CreditState;
    minOrderAmount: string | null;
    maxOrderSharePct: string | null;
  }[];
  expiredNow: {
    creditId: number;
    programCode: string;
    amount: string;
    validUntil: string;
  }[];
}
