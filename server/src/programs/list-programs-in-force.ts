// The program definitions in force, for the calculation: every active
// program with each approved version and the periods it governs, since the
// version in force at a period's start governs the whole period (DESIGN §5).
import {
  allProgramPeriods,
  type Program,
  type TermPeriod,
} from '@tierline/engine';
import type { Store } from '../db/database.js';
import { programOf } from './program-file.js';
import { approvedSpans, type DatedVersion } from './version-in-force.js';

export interface VersionInForce {
  version: number;
  effectiveFrom: string;
  program: Program;
  /** The periods this version governs that started on or before as-of. */
  periods: TermPeriod[];
}

export interface ProgramInForce {
  code: string;
  /** Oldest first; only versions governing a period started by as-of. */
  versions: VersionInForce[];
  /** The version governing the period that holds the as-of date. */
  current: VersionInForce;
}

interface InForceRow extends DatedVersion {
  code: string;
  definition: unknown;
}

export async function listProgramsInForce(
  store: Store,
  asOf: string,
): Promise<ProgramInForce[]> {
  const rows = await store.transaction((connection) =>
    connection.query<InForceRow>(
      `select p.code, v.version, v.status,
              v.effective_from::text as "effectiveFrom", v.definition
         from programs p
         join program_versions v on v.program_id = p.id
        where p.status = 'active' and v.status = 'approved'
          and v.effective_from <= $1::date
        order by p.code, v.effective_from, v.version`,
      [asOf],
    ),
  );

  const byCode = new Map<string, InForceRow[]>();
  for (const row of rows) {
    byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  }
  return [...byCode].flatMap(([code, versions]) => {
    const inForce = governingVersions(versions, asOf);
    const current = inForce.at(-1);
    return current ? [{ code, versions: inForce, current }] : [];
  });
}

/** Each approved version with the periods it governs up to as-of. */
export function governingVersions(
  versions: readonly (DatedVersion & { definition: unknown })[],
  asOf: string,
): VersionInForce[] {
  return approvedSpans(versions).flatMap(({ version, until }) => {
    const program = programOf(version.definition);
    const periods = allProgramPeriods(program).filter(
      (period) =>
        period.start >= version.effectiveFrom &&
        period.start <= asOf &&
        (until === null || period.start < until),
    );

    return periods.length === 0
      ? []
      : [
          {
            version: version.version,
            effectiveFrom: version.effectiveFrom,
            program,
            periods,
          },
        ];
  });
}
