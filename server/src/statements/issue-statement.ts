// Issues a statement (DESIGN §5): for a closed period, the settlement as the
// customer is asked to confirm it; for an open one, a preview that is marked
// as such and never confirmed. The document is frozen in the same
// transaction that records it in the audit log.
import { appendAudit, readAuditHead } from '../audit/append-audit.js';
import type { Store } from '../db/database.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { userIdOf } from '../programs/program-actor.js';
import { buildStatementDocument } from './build-statement-document.js';
import {
  loadStatementFacts,
  type StatementKey,
} from './load-statement-facts.js';
import { StatementError } from './statement-errors.js';
import { findStatement, type StatementRow } from './statement-rows.js';
import { allData } from '../auth/scope.js';

export async function issueStatement(
  store: Store,
  key: StatementKey,
  actor: ProgramActor,
): Promise<StatementRow> {
  return store.transaction(async (connection) => {
    const facts = await loadStatementFacts(connection, key);
    const preview = !facts.closed;

    if (!preview) {
      const [standing] = await connection.query<{ id: number }>(
        `select id from statements
          where program_code = $1 and customer_id = $2
            and period_start = $3::date and not preview`,
        [key.programCode, facts.customerId, key.periodStart],
      );
      if (standing) throw new StatementError('statement_exists');
    }

    const [next] = await connection.query<{ id: string }>(
      "select nextval(pg_get_serial_sequence('statements', 'id'))::text as id",
    );
    if (!next) throw new Error('the statements sequence returned nothing');
    const id = Number.parseInt(next.id, 10);
    const statementNo = statementNumber(preview, key.periodStart, id);
    const issuedAt = new Date();

    const document = buildStatementDocument({
      ...facts,
      statementNo,
      issuedAt: issuedAt.toISOString(),
      issuedBy: actor.audit.actor,
      auditHead: await readAuditHead(connection),
    });

    await connection.query(
      `insert into statements (id, statement_no, customer_id, program_code,
         program_version, period_start, period_end, preview, status,
         owed_amount, document, issued_by, issued_by_user_id, issued_at)
       values ($1, $2, $3, $4, $5, $6::date, $7::date, $8, $9, $10,
         $11::jsonb, $12, $13, $14)`,
      [
        id,
        statementNo,
        facts.customerId,
        key.programCode,
        facts.programVersion,
        document.period.start,
        document.period.end,
        preview,
        preview ? 'preview' : 'issued',
        document.amounts.owed,
        JSON.stringify(document),
        actor.audit.actor,
        userIdOf(actor.principal),
        issuedAt.toISOString(),
      ],
    );
    await appendAudit(
      connection,
      actor.audit,
      {
        action: preview ? 'statement.preview' : 'statement.issue',
        entity: 'statement',
        entityId: statementNo,
        after: {
          status: preview ? 'preview' : 'issued',
          customerCode: key.customerCode,
          programCode: key.programCode,
          periodStart: key.periodStart,
          owedAmount: document.amounts.owed,
        },
      },
      issuedAt,
    );

    return findStatement(connection, id, allData);
  });
}

/** RS-20270101-000042; a preview is PV-… so no one mistakes it. */
function statementNumber(preview: boolean, periodStart: string, id: number) {
  const prefix = preview ? 'PV' : 'RS';

  return `${prefix}-${periodStart.replaceAll('-', '')}-${String(id).padStart(6, '0')}`;
}
