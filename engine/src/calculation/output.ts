// What the calculation returns: one row per program, customer and period
// (DESIGN §4.4), in camelCase, each with the explanation behind its figures.
// Decimals are strings already printed the way §4.4 prints them.
import type {
  BaseKind,
  MeasureKind,
  RoundingMode,
  TierMethod,
} from '../program/program.js';
import type { PeriodState } from '../periods/periods.js';
import type { DateWindow } from '../periods/window.js';

/** In the order DESIGN §4.4 lists them; rows list theirs in this order. */
export const REASON_CODES = [
  'below_first_tier',
  'non_positive_measure',
  'no_baseline',
  'no_target',
  'missing_cost',
  'mixed_units',
  'min_categories',
  'min_growth_pct',
  'negative_base',
  'cap_per_period',
  'cap_total',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export type Period = PeriodState;

export interface NextTier {
  /** 1-based. */
  tier: number;
  from: string;
  /** `from` − measure, in the measure's unit (4 decimals for percents). */
  gap: string;
  /** Extra net sales that close the gap, up to the fen; null for quantity. */
  gapAmount: string | null;
  /** This row's rebate recomputed with the measure at `from`. */
  rebate: string;
}

export type ForecastMethod = 'seasonal' | 'run_rate';

export interface Forecast {
  method: ForecastMethod;
  /** The factor the period's own figures were scaled by (exact). */
  factor: string;
  /** 2 decimals, 4 for percentages; null when it cannot be computed. */
  measure: string | null;
  tier: number;
  rebate: string;
}

/** One share of the exact entitlement, as a statement would list it. */
export type EntitlementPart =
  | {
      kind: 'rate';
      tier: number;
      /** What the rate applies to: the base, or the band's part. */
      on: string;
      ratePct: string;
      amount: string;
    }
  | {
      kind: 'per_unit';
      tier: number;
      quantity: string;
      perUnit: string;
      amount: string;
    }
  | { kind: 'lump_sum'; tier: number; amount: string };

export interface Band {
  tier: number;
  from: string;
  /** Null for the last, open band. */
  to: string | null;
  /** The part of the measure inside this band. */
  part: string;
}

export type ConditionName =
  | 'paid_within_days'
  | 'min_categories'
  | 'min_growth_pct'
  | 'baseline'
  | 'target'
  | 'cost'
  | 'units';

export interface ConditionCheck {
  condition: ConditionName;
  /** What the program requires, e.g. "2" categories or "5" percent. */
  required: string | null;
  /** What the window shows; null when it cannot be computed. */
  actual: string | null;
  passed: boolean;
  /** The reason the row gets when the check fails. */
  reason: ReasonCode | null;
}

export interface CapStep {
  cap: 'per_period' | 'total';
  limit: string;
  /** What the cap allowed; for `total` in period mode, less earlier rebates. */
  room: string;
  before: string;
  after: string;
  applied: boolean;
}

export interface Explanation {
  measureKind: MeasureKind;
  baseKind: BaseKind;
  method: TierMethod;
  window: DateWindow;
  baselineWindow: DateWindow | null;
  /** How many sales lines counted in the window (rule 3). */
  countedLines: number;
  /** Growth and target percentages unrounded; null when not used. */
  growthPctExact: string | null;
  targetPctExact: string | null;
  conditions: ConditionCheck[];
  bands: Band[];
  parts: EntitlementPart[];
  rounding: { scale: number; mode: RoundingMode; rounded: string };
  caps: CapStep[];
  /** Cumulative mode: the capped entitlement so far, and earlier rebates. */
  cumulative: { entitlement: string; earlierRebates: string } | null;
}

export interface RebateResult {
  programCode: string;
  customerCode: string;
  period: Period;
  measure: string | null;
  base: string | null;
  netAmount: string;
  baseline: string | null;
  growthPct: string | null;
  target: string | null;
  targetPct: string | null;
  /** 1-based; 0 when no tier is reached or a condition failed. */
  tier: number;
  /** The unrounded entitlement. */
  exact: string;
  /** At the program's rounding scale; negative for a cumulative clawback. */
  rebate: string;
  reasons: ReasonCode[];
  next: NextTier | null;
  forecast: Forecast | null;
  explanation: Explanation;
}

export type WarningReason = 'currency';

export interface CalculationWarning {
  programCode: string;
  reason: WarningReason;
  lines: number;
}

export interface CalculationOutput {
  results: RebateResult[];
  warnings: CalculationWarning[];
}
