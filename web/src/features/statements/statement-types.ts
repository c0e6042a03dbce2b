// The statements API's shapes (see /openapi.json); amounts are decimal
// strings.
export const statementStatuses = [
  'preview',
  'issued',
  'confirmed',
  'disputed',
  'adjusted',
  'rejected',
] as const;
export type StatementStatus = (typeof statementStatuses)[number];

export interface Statement {
  id: number;
  statementNo: string;
  customerCode: string;
  customerName: string;
  programCode: string;
  programVersion: number;
  periodStart: string;
  periodEnd: string;
  preview: boolean;
  status: StatementStatus;
  owedAmount: string;
  issuedBy: string;
  issuedAt: string;
  answeredBy: string | null;
  answeredAt: string | null;
  disputeComment: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolutionReason: string | null;
  adjustment: {
    id: number;
    amount: string;
    appliedPeriodStart: string | null;
  } | null;
}

/** The statement's printable page or PDF, in the console's language. */
export function statementFileUrl(
  statement: Pick<Statement, 'id'>,
  kind: 'html' | 'pdf',
  lang: string,
): string {
  return `/api/statements/${statement.id}.${kind}?lang=${lang}`;
}
