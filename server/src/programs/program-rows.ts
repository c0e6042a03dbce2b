// The stored program and its versions, as the use cases' raw SQL reads them.
import type { Connection } from '../db/database.js';
import type {
  ProgramStatus,
  ProgramVersionStatus,
} from '../db/program-schema.js';
import { ProgramError } from './program-errors.js';

type Timestamp = Date | string;

export interface ProgramRow {
  id: number;
  code: string;
  name: string;
  status: ProgramStatus;
  createdBy: string;
  activatedBy: string | null;
  activatedAt: Timestamp | null;
  closedBy: string | null;
  closedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface VersionRow {
  id: number;
  programId: number;
  version: number;
  status: ProgramVersionStatus;
  definition: unknown;
  effectiveFrom: string;
  authorUserId: number | null;
  author: string;
  submittedByUserId: number | null;
  submittedBy: string | null;
  submittedAt: Timestamp | null;
  approvedBy: string | null;
  approvedAt: Timestamp | null;
  rejectedBy: string | null;
  rejectedAt: Timestamp | null;
  rejectionReason: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export const programColumns = `id, code, name, status,
  created_by as "createdBy", activated_by as "activatedBy",
  activated_at as "activatedAt", closed_by as "closedBy",
  closed_at as "closedAt", created_at as "createdAt",
  updated_at as "updatedAt"`;

export const versionColumns = `id, program_id as "programId", version, status,
  definition, effective_from::text as "effectiveFrom",
  author_user_id as "authorUserId", author,
  submitted_by_user_id as "submittedByUserId", submitted_by as "submittedBy",
  submitted_at as "submittedAt", approved_by as "approvedBy",
  approved_at as "approvedAt", rejected_by as "rejectedBy",
  rejected_at as "rejectedAt", rejection_reason as "rejectionReason",
  created_at as "createdAt", updated_at as "updatedAt"`;

export function isoTime(value: Timestamp): string;
export function isoTime(value: Timestamp | null): string | null;
export function isoTime(value: Timestamp | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

export async function findProgramRow(
  connection: Connection,
  code: string,
  forUpdate = false,
): Promise<ProgramRow | null> {
  const [row] = await connection.query<ProgramRow>(
    `select ${programColumns} from programs where code = $1
     ${forUpdate ? 'for update' : ''}`,
    [code],
  );

  return row ?? null;
}

/**
 * The program, locked until the transaction ends: its changes happen one at
 * a time, so two approvals of one version cannot both succeed.
 */
export async function lockProgram(
  connection: Connection,
  code: string,
): Promise<ProgramRow> {
  const row = await findProgramRow(connection, code, true);
  if (!row) throw new ProgramError('program_not_found', code);

  return row;
}

export function listVersionRows(
  connection: Connection,
  programId: number,
): Promise<VersionRow[]> {
  return connection.query<VersionRow>(
    `select ${versionColumns} from program_versions
      where program_id = $1 order by version`,
    [programId],
  );
}

export function versionNumbered(
  program: ProgramRow,
  versions: readonly VersionRow[],
  number: number,
): VersionRow {
  const found = versions.find((version) => version.version === number);
  if (!found) throw new ProgramError('program_version_not_found', program.code);

  return found;
}

/** The draft or submitted version: a program has at most one. */
export function openVersionOf(
  versions: readonly VersionRow[],
): VersionRow | null {
  return (
    versions.find(
      (version) => version.status === 'draft' || version.status === 'submitted',
    ) ?? null
  );
}

export function assertNotClosed(program: ProgramRow): void {
  if (program.status === 'closed') {
    throw new ProgramError('program_closed', program.code);
  }
}

/** The numbered version, or without a number the open one. */
export function chosenVersion(
  program: ProgramRow,
  versions: readonly VersionRow[],
  number: number | undefined,
): VersionRow {
  if (number !== undefined) return versionNumbered(program, versions, number);

  const open = openVersionOf(versions);
  if (!open) {
    throw new ProgramError('program_version_not_found', program.code, [
      { message: 'the program has no draft or submitted version' },
    ]);
  }
  return open;
}

export async function setProgramStatus(
  connection: Connection,
  program: ProgramRow,
  status: ProgramRow['status'],
): Promise<void> {
  await connection.query(
    'update programs set status = $2, updated_at = now() where id = $1',
    [program.id, status],
  );
}
