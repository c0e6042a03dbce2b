// The customer's answer to an issued statement (DESIGN §5): it confirms the
// amount, or disputes it with a comment. Only the statement's own customer
// answers, once; a preview is never answered.
import { appendAudit } from '../audit/append-audit.js';
import type { DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { StatementError } from './statement-errors.js';
import { findStatement, type StatementRow } from './statement-rows.js';

export type StatementAnswer =
  { kind: 'confirm' } | { kind: 'dispute'; comment: string };

export const MAX_COMMENT_LENGTH = 2000;

export async function answerStatement(
  store: Store,
  id: number,
  answer: StatementAnswer,
  actor: ProgramActor,
  scope: DataScope,
): Promise<StatementRow> {
  const comment = answer.kind === 'dispute' ? answer.comment.trim() : null;
  if (comment === '') {
    throw new StatementError('comment_required', [
      { path: 'body.comment', message: 'empty' },
    ]);
  }

  return store.transaction(async (connection) => {
    const row = await findStatement(connection, id, scope, { lock: true });
    const { principal } = actor;
    if (
      principal.role !== 'customer' ||
      principal.customerId !== row.customerId
    ) {
      throw new StatementError('not_statement_customer');
    }
    if (row.preview) throw new StatementError('statement_preview');
    if (row.status !== 'issued')
      throw new StatementError('statement_not_issued');

    const status = answer.kind === 'confirm' ? 'confirmed' : 'disputed';
    await connection.query(
      `update statements
          set status = $2, answered_by = $3, answered_at = now(),
              dispute_comment = $4, updated_at = now()
        where id = $1`,
      [id, status, actor.audit.actor, comment],
    );
    await appendAudit(connection, actor.audit, {
      action:
        answer.kind === 'confirm' ? 'statement.confirm' : 'statement.dispute',
      entity: 'statement',
      entityId: row.statementNo,
      before: { status: row.status },
      after: { status, owedAmount: row.owedAmount },
      reason: comment,
    });

    return findStatement(connection, id, scope);
  });
}
