import type { Store } from '../db/database.js';
import { businessToday } from './business-date.js';
import { resolveEffectiveFrom } from './effective-from.js';
import { insertVersion } from './insert-version.js';
import { userIdOf, type ProgramActor } from './program-actor.js';
import { ProgramError } from './program-errors.js';
import { requireProgramFile, type ProgramFileInput } from './program-file.js';
import type { ProgramDetail } from './program-schemas.js';
import { readProgramDetail } from './program-views.js';
import { programState, recordProgramChange } from './record-program-change.js';

/**
 * A new program from its file: the program is a draft and the file its
 * version 1, taking effect at the start of its term.
 */
export async function createProgramDraft(
  store: Store,
  file: ProgramFileInput,
  actor: ProgramActor,
): Promise<ProgramDetail> {
  const { document, program } = requireProgramFile(file);
  const effectiveFrom = resolveEffectiveFrom(program, undefined, false);

  return store.transaction(async (connection) => {
    const [created] = await connection.query<{ id: number }>(
      `insert into programs (code, name, status, created_by)
       values ($1, $2, 'draft', $3)
       on conflict (code) do nothing
       returning id`,
      [program.code, program.name, actor.audit.actor],
    );
    if (!created) throw new ProgramError('program_exists', program.code);

    const version = await insertVersion(connection, {
      programId: created.id,
      version: 1,
      status: 'draft',
      definition: document,
      effectiveFrom,
      authorUserId: userIdOf(actor.principal),
      author: actor.audit.actor,
    });
    await recordProgramChange(connection, actor.audit, {
      action: 'program.create',
      code: program.code,
      before: null,
      after: programState('draft', version),
    });

    return readProgramDetail(connection, program.code, businessToday());
  });
}
