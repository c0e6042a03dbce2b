import type { Store } from '../db/database.js';
import { businessToday } from './business-date.js';
import { resolveEffectiveFrom } from './effective-from.js';
import { insertVersion } from './insert-version.js';
import { userIdOf, type ProgramActor } from './program-actor.js';
import { ProgramError } from './program-errors.js';
import {
  assertFileCode,
  requireProgramFile,
  type ProgramFileInput,
} from './program-file.js';
import {
  assertNotClosed,
  listVersionRows,
  lockProgram,
  openVersionOf,
} from './program-rows.js';
import type { ProgramDetail } from './program-schemas.js';
import { readProgramDetail } from './program-views.js';
import { programState, recordProgramChange } from './record-program-change.js';

/**
 * A change to a program is a new version, a draft approved like the first
 * (DESIGN §5). Once a version is approved, the change names the start of the
 * period it applies from; before, it takes effect at the start of the term.
 */
export async function createProgramVersion(
  store: Store,
  code: string,
  file: ProgramFileInput,
  actor: ProgramActor,
  requestedEffectiveFrom?: string,
): Promise<ProgramDetail> {
  const { document, program } = requireProgramFile(file);
  assertFileCode(program, code);

  return store.transaction(async (connection) => {
    const stored = await lockProgram(connection, code);
    assertNotClosed(stored);
    const versions = await listVersionRows(connection, stored.id);
    const open = openVersionOf(versions);
    if (open) {
      throw new ProgramError('program_version_open', code, [
        {
          message: `version ${open.version} is ${open.status}`,
          value: String(open.version),
        },
      ]);
    }

    const hasApproved = versions.some((row) => row.status === 'approved');
    const effectiveFrom = resolveEffectiveFrom(
      program,
      requestedEffectiveFrom,
      hasApproved,
    );
    const latest = Math.max(0, ...versions.map((row) => row.version));
    const created = await insertVersion(connection, {
      programId: stored.id,
      version: latest + 1,
      status: 'draft',
      definition: document,
      effectiveFrom,
      authorUserId: userIdOf(actor.principal),
      author: actor.audit.actor,
    });
    await connection.query(
      'update programs set updated_at = now() where id = $1',
      [stored.id],
    );

    await recordProgramChange(connection, actor.audit, {
      action: 'program.version.create',
      code,
      before: programState(stored.status),
      after: programState(stored.status, created),
    });
    return readProgramDetail(connection, code, businessToday());
  });
}
