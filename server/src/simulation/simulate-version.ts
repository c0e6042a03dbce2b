// A program manager's preview (DESIGN §1): one version, drafts included,
// replayed over the stored actual sales of one of its periods, through the
// same calculation over the store that every active program takes.
import {
  allProgramPeriods,
  Dec,
  sumDec,
  type RebateResult,
  type TermPeriod,
} from '@tierline/engine';
import {
  calculateStoreFor,
  storeCustomerNames,
} from '../calculation/calculate-store.js';
import { applyEnrollment } from '../calculation/store-inputs.js';
import type { Store } from '../db/database.js';
import { findVersion } from '../programs/get-program-version.js';
import { programOf } from '../programs/program-file.js';
import { SimulationError } from './simulation-errors.js';
import type { Simulation } from './simulation-schemas.js';

const MAX_ROWS = 200;

export interface SimulationInput {
  programCode: string;
  version: number;
  /** The start of the period to replay; default the last ended one. */
  period?: string;
  asOf: string;
}

export async function simulateVersion(
  store: Store,
  input: SimulationInput,
): Promise<Simulation> {
  const { version } = await findVersion(
    store,
    input.programCode,
    input.version,
  );
  const program = programOf(version.definition);
  const period = periodToReplay(allProgramPeriods(program), input);

  // The period's own sales only: nothing dated after its end is seen.
  const calculatedAsOf = period.end < input.asOf ? period.end : input.asOf;
  const output = await calculateStoreFor(store, calculatedAsOf, (connection) =>
    applyEnrollment(connection, [program], calculatedAsOf),
  );
  const results = output.results.filter(
    (result) => result.period.start === period.start,
  );
  const names = await storeCustomerNames(store);
  const scale = program.rounding.scale;

  return {
    programCode: program.code,
    version: version.version,
    periodStart: period.start,
    periodEnd: period.end,
    calculatedAsOf,
    customers: results.length,
    total: sumOf(results, scale),
    byTier: byTier(results, scale),
    rows: [...results]
      .sort(
        (a, b) =>
          Dec.of(b.rebate).cmp(Dec.of(a.rebate)) ||
          compareCodes(a.customerCode, b.customerCode),
      )
      .slice(0, MAX_ROWS)
      .map((result) => ({
        customerCode: result.customerCode,
        customerName: names.get(result.customerCode) ?? '',
        measure: result.measure,
        tier: result.tier,
        rebate: result.rebate,
      })),
  };
}

function periodToReplay(
  periods: readonly TermPeriod[],
  input: SimulationInput,
): TermPeriod {
  if (input.period === undefined) {
    const ended = periods.filter((period) => period.end <= input.asOf).at(-1);
    if (!ended) {
      throw new SimulationError(
        'simulation_no_ended_period',
        input.programCode,
      );
    }
    return ended;
  }

  const named = periods.find((period) => period.start === input.period);
  const detail = [{ path: 'body.period', message: input.period }];
  if (!named) {
    throw new SimulationError(
      'simulation_period_unknown',
      input.programCode,
      detail,
    );
  }
  if (named.start > input.asOf) {
    throw new SimulationError(
      'simulation_period_not_started',
      input.programCode,
      detail,
    );
  }
  return named;
}

/** Σ rebate, printed at the program's rounding scale like each rebate. */
function sumOf(results: readonly RebateResult[], scale: number): string {
  return sumDec(results.map((result) => Dec.of(result.rebate)))
    .round(scale, 'half_up')
    .toString();
}

function byTier(
  results: readonly RebateResult[],
  scale: number,
): Simulation['byTier'] {
  const tiers = new Map<number, RebateResult[]>();
  for (const result of results) {
    tiers.set(result.tier, [...(tiers.get(result.tier) ?? []), result]);
  }

  return [...tiers]
    .sort(([a], [b]) => a - b)
    .map(([tier, rows]) => ({
      tier,
      customers: rows.length,
      rebate: sumOf(rows, scale),
    }));
}

/** By code point, as the engine orders customers. */
function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
