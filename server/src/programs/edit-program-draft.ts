import { actorName } from '../auth/principal.js';
import type { Store } from '../db/database.js';
import { businessToday } from './business-date.js';
import { resolveEffectiveFrom } from './effective-from.js';
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
  versionColumns,
  versionNumbered,
  type VersionRow,
} from './program-rows.js';
import type { ProgramDetail } from './program-schemas.js';
import { readProgramDetail } from './program-views.js';
import { programState, recordProgramChange } from './record-program-change.js';

/**
 * Replaces a draft's file. Only a draft changes, and only by its author:
 * a submitted or approved version is never edited in place.
 */
export async function editProgramDraft(
  store: Store,
  code: string,
  versionNumber: number,
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
    const draft = versionNumbered(stored, versions, versionNumber);
    if (draft.status !== 'draft') {
      throw new ProgramError('program_version_not_editable', code);
    }
    if (!isAuthor(draft, actor)) {
      throw new ProgramError('not_version_author', code);
    }

    const hasApproved = versions.some((row) => row.status === 'approved');
    const effectiveFrom = resolveEffectiveFrom(
      program,
      hasApproved ? (requestedEffectiveFrom ?? draft.effectiveFrom) : undefined,
      hasApproved,
    );
    const [edited] = await connection.query<VersionRow>(
      `update program_versions
          set definition = $2::jsonb, effective_from = $3, updated_at = now()
        where id = $1
        returning ${versionColumns}`,
      [draft.id, JSON.stringify(document), effectiveFrom],
    );
    if (!hasApproved) {
      await connection.query(
        'update programs set name = $2, updated_at = now() where id = $1',
        [stored.id, program.name],
      );
    }

    await recordProgramChange(connection, actor.audit, {
      action: 'program.version.edit',
      code,
      before: programState(stored.status, draft),
      after: programState(stored.status, edited ?? draft),
    });
    return readProgramDetail(connection, code, businessToday());
  });
}

function isAuthor(version: VersionRow, actor: ProgramActor): boolean {
  const userId = userIdOf(actor.principal);
  if (userId !== null) return version.authorUserId === userId;

  return (
    version.authorUserId === null &&
    version.author === actorName(actor.principal)
  );
}
