// `tierline program import FILE`: a new code becomes a draft program; for a
// known code the file becomes the user's open draft, or else a new version.
import fs from 'node:fs';
import path from 'node:path';
import type { Store } from '../../db/database.js';
import { createProgramDraft } from '../../programs/create-program-draft.js';
import { createProgramVersion } from '../../programs/create-program-version.js';
import { editProgramDraft } from '../../programs/edit-program-draft.js';
import {
  readProgramFile,
  type ProgramFileInput,
} from '../../programs/program-file.js';
import {
  findProgramRow,
  listVersionRows,
  openVersionOf,
} from '../../programs/program-rows.js';
import type { ProgramDetail } from '../../programs/program-schemas.js';
import { UserError } from '../cli-errors.js';
import { actingUser } from './acting-user.js';

export function readFileInput(file: string): ProgramFileInput {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`cannot read ${file}`);
  }

  const format = path.extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
  return { text, format };
}

export async function importProgramFile(
  store: Store,
  file: string,
  username: string,
  effectiveFrom: string | undefined,
): Promise<ProgramDetail> {
  const input = readFileInput(file);
  const read = readProgramFile(input.text, input.format);
  if (!read.ok) {
    const problems = read.problems.map(
      (problem) => `${problem.path || '(file)'}: ${problem.message}`,
    );
    throw new UserError(
      [`${file} is not a valid program file:`, ...problems].join('\n  '),
    );
  }

  const actor = await actingUser(store, username, 'programs.draft');
  const code = read.program.code;
  const open = await store.transaction(async (connection) => {
    const program = await findProgramRow(connection, code);
    if (!program) return undefined;
    return openVersionOf(await listVersionRows(connection, program.id));
  });

  if (open === undefined) return createProgramDraft(store, input, actor);
  if (open?.status === 'draft' && open.authorUserId === actor.principal.id) {
    return editProgramDraft(
      store,
      code,
      open.version,
      input,
      actor,
      effectiveFrom,
    );
  }
  return createProgramVersion(store, code, input, actor, effectiveFrom);
}
