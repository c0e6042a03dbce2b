import type { DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import { customerTermsOf } from './customer-terms.js';
import { ProgramError } from './program-errors.js';
import { programOf } from './program-file.js';
import { findProgramRow, listVersionRows } from './program-rows.js';
import type { ProgramView } from './program-schemas.js';
import { toProgramDetail } from './program-views.js';
import { readerSees, termsReaderOf } from './terms-reader.js';
import { currentVersionAt } from './version-in-force.js';

/**
 * One program as the caller may see it: everything for a scope of all data,
 * else the customer-facing terms of the version current on `asOf`.
 */
export async function getProgram(
  store: Store,
  code: string,
  scope: DataScope,
  asOf: string,
): Promise<ProgramView> {
  return store.transaction(async (connection) => {
    const program = await findProgramRow(connection, code);
    if (!program) throw new ProgramError('program_not_found', code);
    const versions = await listVersionRows(connection, program.id);
    if (scope.kind === 'all') return toProgramDetail(program, versions, asOf);

    const reader = await termsReaderOf(connection, scope);
    const current = currentVersionAt(versions, asOf);
    const terms = current && programOf(current.definition);
    if (!reader || !current || !terms) {
      throw new ProgramError('program_not_found', code);
    }
    if (!readerSees(reader, program.status, terms)) {
      throw new ProgramError('program_not_found', code);
    }

    return {
      view: 'terms',
      code: program.code,
      name: terms.name,
      status: program.status,
      version: current.version,
      effectiveFrom: current.effectiveFrom,
      terms: customerTermsOf(terms),
    };
  });
}
