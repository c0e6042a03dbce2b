import { isoTime } from '../../programs/program-rows.js';
import type {
  ProgramDetail,
  ProgramSummary,
} from '../../programs/program-schemas.js';
import { ProgramError } from '../../programs/program-errors.js';
import { AuthError } from '../../auth/auth-errors.js';
import { UserError } from '../cli-errors.js';

/** "EAST-2027 (active): v1 approved from 2027-01-01; v2 draft from ..." */
export function describeProgram(program: ProgramDetail): string {
  const versions = program.versions
    .map(
      (version) =>
        `v${version.version} ${version.status} from ${version.effectiveFrom}`,
    )
    .join('; ');

  return `${program.code} (${program.status}): ${versions}`;
}

export function programTable(items: readonly ProgramSummary[]) {
  return items.map((item) => ({
    code: item.code,
    name: item.name,
    status: item.status,
    inForce: item.versionInForce ?? '',
    latest: item.latestVersion,
    updated: isoTime(item.updatedAt).slice(0, 10),
  }));
}

/** A refusal of the program rules, as a message with its problems. */
export function asUserError(error: unknown): unknown {
  if (error instanceof ProgramError) {
    const details = error.details.map((detail) =>
      detail.path ? `${detail.path}: ${detail.message}` : detail.message,
    );
    return new UserError(
      [`${error.code}: ${error.message}`, ...details].join('\n  '),
    );
  }
  if (error instanceof AuthError) {
    return new UserError(`${error.code}: ${error.message}`);
  }
  return error;
}
