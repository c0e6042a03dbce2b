// An approver resolves a disputed statement (DESIGN §5): with an adjustment,
// booked as a settlement adjustment of the statement's period in the next
// period of the program that is not closed, or with a rejection and its
// reason. Whoever issued the statement does not resolve its dispute.
import { parseMoney } from '@tierline/engine';
import { appendAudit } from '../audit/append-audit.js';
import { assertNotOwnWork } from '../auth/separation-of-duties.js';
import type { DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { bookDisputeAdjustment } from './book-dispute-adjustment.js';
import { StatementError } from './statement-errors.js';
import { findStatement, type StatementRow } from './statement-rows.js';

export type DisputeResolution =
  | { outcome: 'adjustment'; amount: string; reason?: string | null }
  | { outcome: 'rejection'; reason: string };

export async function resolveDispute(
  store: Store,
  id: number,
  resolution: DisputeResolution,
  actor: ProgramActor,
  scope: DataScope,
): Promise<StatementRow> {
  const reason = resolution.reason?.trim() || null;
  if (resolution.outcome === 'rejection' && reason === null) {
    throw new StatementError('reason_required', [
      { path: 'body.reason', message: 'empty' },
    ]);
  }
  const amount =
    resolution.outcome === 'adjustment'
      ? checkedAmount(resolution.amount)
      : null;

  return store.transaction(async (connection) => {
    const row = await findStatement(connection, id, scope, { lock: true });
    if (row.status !== 'disputed') {
      throw new StatementError('statement_not_disputed');
    }
    assertNotOwnWork(actor.principal, row.issuedByUserId);

    const adjustmentId =
      amount === null
        ? null
        : await bookDisputeAdjustment(connection, row, amount, actor.audit);
    const status = amount === null ? 'rejected' : 'adjusted';

    await connection.query(
      `update statements
          set status = $2, resolved_by = $3, resolved_at = now(),
              resolution_reason = $4, adjustment_id = $5, updated_at = now()
        where id = $1`,
      [id, status, actor.audit.actor, reason, adjustmentId],
    );
    await appendAudit(connection, actor.audit, {
      action: 'statement.resolve',
      entity: 'statement',
      entityId: row.statementNo,
      before: { status: row.status },
      after: { status, adjustmentId, adjustmentAmount: amount },
      reason,
    });

    return findStatement(connection, id, scope);
  });
}

function checkedAmount(text: string): string {
  const parsed = parseMoney(text.trim());
  if (!parsed.ok || parsed.value.isZero()) {
    throw new StatementError('adjustment_invalid', [
      {
        path: 'body.amount',
        message: parsed.ok ? 'zero' : parsed.reason,
        value: text,
      },
    ]);
  }

  return parsed.value.round(2, 'half_up').toString();
}
