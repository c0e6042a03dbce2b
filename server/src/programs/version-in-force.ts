// DESIGN §5: a version takes effect at the start of a period, and the version
// in force at a period's start governs the whole period.
import type { ProgramVersionStatus } from '../db/program-schema.js';

export interface DatedVersion {
  version: number;
  status: ProgramVersionStatus;
  /** YYYY-MM-DD, the start of a period. */
  effectiveFrom: string;
}

function approvedInOrder<V extends DatedVersion>(versions: readonly V[]): V[] {
  return versions
    .filter((version) => version.status === 'approved')
    .sort(
      (a, b) =>
        a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version,
    );
}

/** The approved version in force on `date`, or null before the first. */
export function versionInForceAt<V extends DatedVersion>(
  versions: readonly V[],
  date: string,
): V | null {
  const started = approvedInOrder(versions).filter(
    (version) => version.effectiveFrom <= date,
  );

  return started.at(-1) ?? null;
}

/**
 * The version to show for `date`: the one in force, or, before any takes
 * effect, the first that will.
 */
export function currentVersionAt<V extends DatedVersion>(
  versions: readonly V[],
  date: string,
): V | null {
  return (
    versionInForceAt(versions, date) ?? approvedInOrder(versions)[0] ?? null
  );
}

/**
 * The approved versions an approval makes moot: those taking effect on or
 * after the newly approved one would never be in force.
 */
export function supersededBy<V extends DatedVersion>(
  versions: readonly V[],
  approved: DatedVersion,
): V[] {
  return approvedInOrder(versions).filter(
    (version) =>
      version.version !== approved.version &&
      version.effectiveFrom >= approved.effectiveFrom,
  );
}

/** The approved versions with the first day each stops governing, if any. */
export function approvedSpans<V extends DatedVersion>(
  versions: readonly V[],
): { version: V; until: string | null }[] {
  const approved = approvedInOrder(versions);

  return approved.map((version, index) => ({
    version,
    until: approved[index + 1]?.effectiveFrom ?? null,
  }));
}
