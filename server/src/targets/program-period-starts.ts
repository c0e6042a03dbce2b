// Which dates a target's period_start may take: the (clipped) start of one
// of its program's periods (DESIGN §4.1, §4.3 rule 1), as the engine
// computes them.
import {
  allProgramPeriods,
  parseProgram,
  type Program,
} from '@tierline/engine';
import type { Connection } from '../db/database.js';

export function periodStartsOf(program: Program): string[] {
  return allProgramPeriods(program).map((period) => period.start);
}

/**
 * Program code → its period starts, for every stored program: those of any
 * of its versions but rejected ones, since a version may change the periods.
 * A stored definition the engine cannot read has no periods, so targets for
 * it are refused rather than guessed.
 */
export async function loadProgramPeriodStarts(
  connection: Connection,
): Promise<Map<string, string[]>> {
  const rows = await connection.query<{ code: string; definition: unknown }>(
    `select p.code, v.definition
       from programs p join program_versions v on v.program_id = p.id
      where v.status <> 'rejected'`,
  );

  const starts = new Map<string, string[]>();
  for (const row of rows) {
    const parsed = parseProgram(JSON.stringify(row.definition));
    const known = starts.get(row.code) ?? [];
    const added = parsed.ok ? periodStartsOf(parsed.program) : [];
    starts.set(row.code, [...new Set([...known, ...added])].sort());
  }
  return starts;
}
