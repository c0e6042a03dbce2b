import type { AuditContext } from '../audit/append-audit.js';
import type { Store } from '../db/database.js';
import { insertVersion } from './insert-version.js';
import { ProgramError } from './program-errors.js';
import { requireProgramFile } from './program-file.js';
import { programState, recordProgramChange } from './record-program-change.js';

/**
 * Stores a program as already active, its file as the approved version 1:
 * for sample data (the demo) only, never for a user's program, which goes
 * through draft, submission and someone else's approval.
 */
export async function seedActiveProgram(
  store: Store,
  document: Record<string, unknown>,
  context: AuditContext,
): Promise<void> {
  const { program } = requireProgramFile({
    text: JSON.stringify(document),
    format: 'json',
  });

  await store.transaction(async (connection) => {
    const [created] = await connection.query<{ id: number }>(
      `insert into programs (code, name, status, created_by, activated_by,
         activated_at)
       values ($1, $2, 'active', $3, $3, now())
       on conflict (code) do nothing
       returning id`,
      [program.code, program.name, context.actor],
    );
    if (!created) throw new ProgramError('program_exists', program.code);

    const version = await insertVersion(connection, {
      programId: created.id,
      version: 1,
      status: 'approved',
      definition: document,
      effectiveFrom: program.period.start,
      authorUserId: null,
      author: context.actor,
    });
    await connection.query(
      `update program_versions set approved_by = $2, approved_at = now()
        where id = $1`,
      [version.id, context.actor],
    );
    await recordProgramChange(connection, context, {
      action: 'program.seed',
      code: program.code,
      before: null,
      after: programState('active', version),
    });
  });
}
