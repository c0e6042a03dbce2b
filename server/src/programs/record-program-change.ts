// One audit entry per state change of a program or a version (DESIGN §5),
// written in the transaction that makes the change.
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import { recordProgramWork } from '../accruals/pending-work.js';
import type { Connection } from '../db/database.js';
import type {
  ProgramStatus,
  ProgramVersionStatus,
} from '../db/program-schema.js';

export type ProgramAction =
  | 'program.create'
  | 'program.version.create'
  | 'program.version.edit'
  | 'program.version.submit'
  | 'program.version.approve'
  | 'program.version.reject'
  | 'program.activate'
  | 'program.close'
  | 'program.seed';

/** The statuses an entry records before and after the change. */
export interface ProgramState {
  programStatus: ProgramStatus;
  version: number | null;
  versionStatus: ProgramVersionStatus | null;
  effectiveFrom: string | null;
}

export function programState(
  programStatus: ProgramStatus,
  version?: {
    version: number;
    status: ProgramVersionStatus;
    effectiveFrom: string;
  },
): ProgramState {
  return {
    programStatus,
    version: version?.version ?? null,
    versionStatus: version?.status ?? null,
    effectiveFrom: version?.effectiveFrom ?? null,
  };
}

export interface ProgramChange {
  action: ProgramAction;
  code: string;
  before: ProgramState | null;
  /** `superseded`: the versions an approval made moot. */
  after: ProgramState & { superseded?: number[] };
  reason?: string | null;
}

/** The changes after which the program's accruals are stale. */
const accrualChanges: ReadonlySet<ProgramAction> = new Set([
  'program.version.approve',
  'program.activate',
  'program.close',
  'program.seed',
]);

export async function recordProgramChange(
  connection: Connection,
  context: AuditContext,
  change: ProgramChange,
): Promise<void> {
  if (accrualChanges.has(change.action)) {
    await recordProgramWork(connection, change.code, change.action);
  }
  await appendAudit(connection, context, {
    action: change.action,
    entity: 'program',
    entityId: change.code,
    before: change.before,
    after: change.after,
    reason: change.reason ?? null,
  });
}
