// Assembles a statement from what the store knows about one customer,
// program and period; the only arithmetic is what is owed, in exact decimals.
import {
  Dec,
  parseDecimal,
  type CategoryLine,
  type Program,
  type RebateResult,
} from '@tierline/engine';
import type { AuditHead } from '../audit/append-audit.js';
import { customerTermsOf } from '../programs/customer-terms.js';
import type {
  StatementAdjustment,
  StatementDocument,
} from './statement-document.js';

export interface StatementFacts {
  statementNo: string;
  issuedAt: string;
  issuedBy: string;
  asOf: string;
  customer: { code: string; name: string };
  program: Program;
  programVersion: number;
  /** Whether the period is closed: else the statement is a preview. */
  closed: boolean;
  result: RebateResult;
  adjustmentsApplied: StatementAdjustment[];
  adjustmentsLater: StatementAdjustment[];
  categories: CategoryLine[];
  auditHead: AuditHead;
}

export function buildStatementDocument(
  facts: StatementFacts,
): StatementDocument {
  const scale = facts.program.rounding.scale;
  const rebate = money(facts.result.rebate);
  const adjustments = facts.adjustmentsApplied.reduce(
    (sum, adjustment) => sum.plus(money(adjustment.amount)),
    Dec.ZERO,
  );
  const owed = rebate.plus(adjustments);

  return {
    statementNo: facts.statementNo,
    preview: !facts.closed,
    issuedAt: facts.issuedAt,
    issuedBy: facts.issuedBy,
    asOf: facts.asOf,
    customer: { ...facts.customer },
    program: {
      code: facts.program.code,
      name: facts.program.name,
      version: facts.programVersion,
      terms: customerTermsOf(facts.program),
    },
    period: {
      start: facts.result.period.start,
      end: facts.result.period.end,
      closed: facts.closed,
    },
    result: facts.result,
    adjustmentsApplied: facts.adjustmentsApplied,
    adjustmentsLater: facts.adjustmentsLater,
    // Adding amounts of at most `scale` decimals is exact: this only prints.
    amounts: {
      rebate: rebate.round(scale, 'half_up').toString(),
      adjustments: adjustments.round(scale, 'half_up').toString(),
      owed: owed.round(scale, 'half_up').toString(),
    },
    categories: facts.categories,
    auditHead: facts.auditHead,
  };
}

// Figures printed by the engine or read from numeric columns.
const MAX_DECIMALS = 20;

function money(text: string): Dec {
  const parsed = parseDecimal(text, MAX_DECIMALS);
  if (!parsed.ok) throw new RangeError(`not an amount: "${text}"`);

  return parsed.value;
}
