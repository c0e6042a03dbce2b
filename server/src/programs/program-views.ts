// Stored rows as the API shows them.
import type { Connection } from '../db/database.js';
import { isDocument } from './program-file.js';
import { ProgramError } from './program-errors.js';
import {
  findProgramRow,
  isoTime,
  listVersionRows,
  type ProgramRow,
  type VersionRow,
} from './program-rows.js';
import type {
  ProgramDetail,
  ProgramVersionDetail,
  ProgramVersionView,
} from './program-schemas.js';
import { versionInForceAt } from './version-in-force.js';

export function toProgramVersion(row: VersionRow): ProgramVersionView {
  return {
    version: row.version,
    status: row.status,
    effectiveFrom: row.effectiveFrom,
    author: row.author,
    submittedBy: row.submittedBy,
    submittedAt: isoTime(row.submittedAt),
    approvedBy: row.approvedBy,
    approvedAt: isoTime(row.approvedAt),
    rejectedBy: row.rejectedBy,
    rejectedAt: isoTime(row.rejectedAt),
    rejectionReason: row.rejectionReason,
    createdAt: isoTime(row.createdAt),
    updatedAt: isoTime(row.updatedAt),
  };
}

export function toProgramVersionDetail(
  program: ProgramRow,
  row: VersionRow,
): ProgramVersionDetail {
  return {
    ...toProgramVersion(row),
    code: program.code,
    definition: isDocument(row.definition) ? row.definition : {},
  };
}

/** Only an active or closed program has a version in force. */
export function versionInForceNumber(
  program: ProgramRow,
  versions: readonly VersionRow[],
  asOf: string,
): number | null {
  if (program.status !== 'active' && program.status !== 'closed') return null;

  return versionInForceAt(versions, asOf)?.version ?? null;
}

export function toProgramDetail(
  program: ProgramRow,
  versions: readonly VersionRow[],
  asOf: string,
): ProgramDetail {
  return {
    view: 'full',
    code: program.code,
    name: program.name,
    status: program.status,
    versionInForce: versionInForceNumber(program, versions, asOf),
    createdBy: program.createdBy,
    createdAt: isoTime(program.createdAt),
    activatedBy: program.activatedBy,
    activatedAt: isoTime(program.activatedAt),
    closedBy: program.closedBy,
    closedAt: isoTime(program.closedAt),
    updatedAt: isoTime(program.updatedAt),
    versions: versions.map(toProgramVersion),
  };
}

/** The program as it stands inside the caller's transaction. */
export async function readProgramDetail(
  connection: Connection,
  code: string,
  asOf: string,
): Promise<ProgramDetail> {
  const program = await findProgramRow(connection, code);
  if (!program) throw new ProgramError('program_not_found', code);
  const versions = await listVersionRows(connection, program.id);

  return toProgramDetail(program, versions, asOf);
}
