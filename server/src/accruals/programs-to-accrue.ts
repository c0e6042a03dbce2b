// The programs the refresh accrues: every active program with the approved
// version governing each period started by the as-of date (DESIGN §5: the
// version in force at a period's start governs the whole period), and the
// periods already closed.
import {
  allProgramPeriods,
  type Program,
  type TermPeriod,
} from '@tierline/engine';
import { applyEnrollment } from '../calculation/store-inputs.js';
import type { Connection } from '../db/database.js';
import type { ProgramVersionStatus } from '../db/program-schema.js';
import { governingVersions } from '../programs/list-programs-in-force.js';

export interface GovernedPeriod extends TermPeriod {
  version: number;
  program: Program;
  /** The engine's flag: the period ends after the as-of date. */
  open: boolean;
  /** Closed by an approver: its settlement is frozen. */
  closed: boolean;
}

export interface ProgramToAccrue {
  code: string;
  /** The version governing the period that holds the as-of date. */
  current: Program;
  /** Every period of the term, started or not, oldest first. */
  term: TermPeriod[];
  /** The periods started by as-of, each with the version governing it. */
  started: GovernedPeriod[];
}

interface VersionRow {
  code: string;
  version: number;
  status: ProgramVersionStatus;
  effectiveFrom: string;
  definition: unknown;
}

export async function programsToAccrue(
  connection: Connection,
  asOf: string,
): Promise<ProgramToAccrue[]> {
  const rows = await connection.query<VersionRow>(
    `select p.code, v.version, v.status,
            v.effective_from::text as "effectiveFrom", v.definition
       from programs p
       join program_versions v on v.program_id = p.id
      where p.status = 'active' and v.status = 'approved'
        and v.effective_from <= $1::date
      order by p.code, v.effective_from, v.version`,
    [asOf],
  );
  const closes = await connection.query<{ code: string; start: string }>(
    `select program_code as code, period_start::text as start
       from period_closes`,
  );
  const closed = new Set(closes.map((row) => `${row.code}\u0000${row.start}`));

  const byCode = new Map<string, VersionRow[]>();
  for (const row of rows) {
    byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  }

  const inForce = [...byCode].map(
    ([code, versions]) => [code, governingVersions(versions, asOf)] as const,
  );
  // `enrollment: agreement` programs accrue for their enrolled customers
  // only: each version comes narrowed to them (DESIGN §5).
  const programs = inForce.flatMap(([, versions]) =>
    versions.map((version) => version.program),
  );
  const narrowed = await applyEnrollment(connection, programs, asOf);
  const enrolled = new Map(
    programs.map((program, index) => [program, narrowed[index] ?? program]),
  );
  const enrolledOf = (program: Program) => enrolled.get(program) ?? program;

  return inForce.flatMap(([code, versions]) => {
    const current = versions.at(-1);
    if (current === undefined) return [];

    const started = versions.flatMap((version) =>
      version.periods.map((period) => ({
        ...period,
        version: version.version,
        program: enrolledOf(version.program),
        open: period.end > asOf,
        closed: closed.has(`${code}\u0000${period.start}`),
      })),
    );
    return [
      {
        code,
        current: enrolledOf(current.program),
        term: allProgramPeriods(current.program),
        started,
      },
    ];
  });
}
