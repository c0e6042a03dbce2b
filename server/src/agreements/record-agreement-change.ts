// One audit entry per change of an agreement (DESIGN §5), written in the
// transaction that makes the change, with the state before and after.
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import type { Connection } from '../db/database.js';
import type { AgreementState } from './agreement-rows.js';

export type AgreementAction =
  | 'agreement.create'
  | 'agreement.update'
  | 'agreement.document.attach'
  | 'agreement.activate'
  | 'agreement.terminate'
  | 'agreement.accept'
  | 'agreement.create_for_targets';

export interface AgreementChange {
  action: AgreementAction;
  agreementId: number | null;
  before: AgreementState | null;
  after: unknown;
  reason?: string | null;
}

export async function recordAgreementChange(
  connection: Connection,
  context: AuditContext,
  change: AgreementChange,
): Promise<void> {
  await appendAudit(connection, context, {
    action: change.action,
    entity: 'agreement',
    entityId: change.agreementId,
    before: change.before,
    after: change.after,
    reason: change.reason ?? null,
  });
}
