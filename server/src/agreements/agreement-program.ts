// What an agreement needs of its program: its status, its term (the default
// period an agreement covers) and the customer-facing terms.
import type { Program } from '@tierline/engine';
import type { Connection } from '../db/database.js';
import type { ProgramStatus } from '../db/program-schema.js';
import { businessToday } from '../programs/business-date.js';
import { programOf } from '../programs/program-file.js';
import { findProgramRow, listVersionRows } from '../programs/program-rows.js';
import { currentVersionAt } from '../programs/version-in-force.js';
import { AgreementError } from './agreement-errors.js';

export interface AgreementProgram {
  code: string;
  status: ProgramStatus;
  /** The newest version's term, rejected versions aside. */
  term: { start: string; end: string };
  /** The approved version current today, if one is approved. */
  current: Program | null;
}

export async function agreementProgramOf(
  connection: Connection,
  code: string,
  forUpdate = false,
): Promise<AgreementProgram> {
  const program = await findProgramRow(connection, code, forUpdate);
  if (!program) throw new AgreementError('program_not_found');

  const versions = await listVersionRows(connection, program.id);
  const newest = versions
    .filter((version) => version.status !== 'rejected')
    .at(-1);
  const current = currentVersionAt(versions, businessToday());
  if (!newest) throw new AgreementError('program_not_found');
  const { period } = programOf(newest.definition);

  return {
    code: program.code,
    status: program.status,
    term: { start: period.start, end: period.end },
    current: current ? programOf(current.definition) : null,
  };
}
