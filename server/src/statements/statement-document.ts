// What a statement (返利对账单) says, frozen when it is issued: one customer,
// one settlement period of one program. The HTML view and the PDF render
// exactly this, so both always show the same figures; a statement is kept
// as issued even when later facts change the period's figures.
import type { CategoryLine, RebateResult } from '@tierline/engine';
import type { AuditHead } from '../audit/append-audit.js';
import type { CustomerTerms } from '../programs/customer-terms.js';

/** A correction of a closed period (DESIGN §5), as the statement lists it. */
export interface StatementAdjustment {
  /** The closed period it corrects. */
  correctsPeriodStart: string;
  /** The period it is owed in; null when owed on its own. */
  appliedPeriodStart: string | null;
  /** Positive: more is owed; negative: less. */
  amount: string;
  source: 'facts' | 'dispute' | 'program';
  createdAt: string;
}

export interface StatementDocument {
  statementNo: string;
  /** An open period's figures: marked 预览 and never confirmable. */
  preview: boolean;
  issuedAt: string;
  issuedBy: string;
  /** The last day whose facts the figures count. */
  asOf: string;
  customer: { code: string; name: string };
  program: {
    code: string;
    name: string;
    version: number;
    /** What a customer may read of the program: never the scope lists. */
    terms: CustomerTerms;
  };
  period: { start: string; end: string; closed: boolean };
  /** The engine's row: the settled one for a closed period. */
  result: RebateResult;
  /** Corrections of earlier closed periods that are owed in this period. */
  adjustmentsApplied: StatementAdjustment[];
  /** Corrections of this period booked later, owed in later periods. */
  adjustmentsLater: StatementAdjustment[];
  amounts: {
    /** The period's own rebate (settled, or computed for a preview). */
    rebate: string;
    /** Σ adjustmentsApplied. */
    adjustments: string;
    /** rebate + adjustments: what the statement asks the customer to agree. */
    owed: string;
  };
  categories: CategoryLine[];
  auditHead: AuditHead;
}
