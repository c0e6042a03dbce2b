// The normalized program model: what `parseProgram` returns once a
// `tierline/program@1` file is valid and its defaults are applied
// (DESIGN §4.2). Decimals stay strings here; the calculation parses them
// with the money module.

export type Settle = 'month' | 'quarter' | 'half_year' | 'year' | 'whole';
export type Accumulate = 'period' | 'cumulative';

export type MeasureKind =
  | 'net_amount'
  | 'quantity'
  | 'gross_margin'
  | 'collected_amount'
  | 'growth_pct'
  | 'target_pct';

export type BaseKind =
  | 'net_amount'
  | 'quantity'
  | 'gross_margin'
  | 'collected_amount'
  | 'growth_amount'
  | 'target_excess';

export type TierMethod = 'retroactive' | 'incremental';
export type RoundingMode = 'half_up' | 'half_even';
export type Enrollment = 'automatic' | 'agreement';
export type AccrualAt = 'current' | 'forecast';
export type PayoutForm = 'credit_note' | 'cash' | 'goods' | 'account_credit';

export interface ProgramTier {
  /** Threshold in the measure's unit: money, quantity or percent. */
  from: string;
  /** The `rate` without its `%` sign ("3.5" for "3.5%"), or null. */
  ratePct: string | null;
  perUnit: string | null;
  /** The lump sum paid when the tier is reached, or null. */
  amount: string | null;
}

/** Kinds not listed in the file are empty lists: they match nothing. */
export interface CustomerSelector {
  codes: readonly string[];
  groups: readonly string[];
  regions: readonly string[];
  tags: readonly string[];
}

export interface ProductSelector {
  skus: readonly string[];
  categories: readonly string[];
  brands: readonly string[];
}

/** `include: null` means everyone; `exclude: null` means no one. */
export interface Scope<Selector> {
  include: Selector | null;
  exclude: Selector | null;
}

export interface Eligibility {
  customers: Scope<CustomerSelector>;
  products: Scope<ProductSelector>;
}

export interface ProgramTerm {
  start: string;
  end: string;
  settle: Settle;
  accumulate: Accumulate;
}

export interface Conditions {
  paidWithinDays: number | null;
  minCategories: number | null;
  /** A percentage written without `%` ("5" means 5 %). */
  minGrowthPct: string | null;
}

export interface Cap {
  perPeriod: string | null;
  total: string | null;
}

export interface Rounding {
  scale: number;
  mode: RoundingMode;
}

export interface Accounting {
  expenseAccount: string | null;
  liabilityAccount: string | null;
}

export interface PayoutBalance {
  validDays: number | null;
  minOrderAmount: string | null;
  maxOrderSharePct: string | null;
}

export interface Payout {
  form: PayoutForm;
  balance: PayoutBalance | null;
}

export interface Program {
  format: 'tierline/program@1';
  code: string;
  name: string;
  currency: string;
  period: ProgramTerm;
  eligibility: Eligibility;
  measure: MeasureKind;
  base: BaseKind;
  method: TierMethod;
  tiers: readonly ProgramTier[];
  conditions: Conditions;
  cap: Cap;
  budget: string | null;
  rounding: Rounding;
  enrollment: Enrollment;
  accrual: { at: AccrualAt };
  accounting: Accounting | null;
  payout: Payout | null;
}

export interface ProgramProblem {
  /** Where in the file, counted from 0: `tiers[2].from`; "" for the file. */
  path: string;
  message: string;
}

export type ParseProgramResult =
  { ok: true; program: Program } | { ok: false; problems: ProgramProblem[] };
