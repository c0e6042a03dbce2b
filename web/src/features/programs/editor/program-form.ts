// The editor's form mirrors the tierline/program@1 file field by field, so
// a problem the server reports at `tiers[2].from` lands on that very input.
// Percentages are edited without their `%`; it is added back in the file.
import type { CurveTier, TierCurveInput } from '../chart/tier-curve';
import { measureUnitOf } from '../chart/tier-curve';

export const programFormat = 'tierline/program@1';

export const customerKinds = ['codes', 'groups', 'regions', 'tags'] as const;
export const productKinds = ['skus', 'categories', 'brands'] as const;
export const settles = [
  'month',
  'quarter',
  'half_year',
  'year',
  'whole',
] as const;
export const accumulations = ['period', 'cumulative'] as const;
export const measures = [
  'net_amount',
  'quantity',
  'gross_margin',
  'collected_amount',
  'growth_pct',
  'target_pct',
] as const;
export const bases = [
  'net_amount',
  'quantity',
  'gross_margin',
  'collected_amount',
  'growth_amount',
  'target_excess',
] as const;
export const methods = ['retroactive', 'incremental'] as const;
export const roundingModes = ['half_up', 'half_even'] as const;
export const enrollments = ['automatic', 'agreement'] as const;
export const accrualTimings = ['current', 'forecast'] as const;
export const payoutForms = [
  'credit_note',
  'cash',
  'goods',
  'account_credit',
] as const;

type Lists<Kind extends string> = Partial<Record<Kind, string[]>>;
type CustomerLists = Lists<(typeof customerKinds)[number]>;
type ProductLists = Lists<(typeof productKinds)[number]>;

export interface TierValues {
  from?: string | null;
  rate?: string | null;
  per_unit?: string | null;
  amount?: string | null;
}

export interface ProgramFormValues {
  code?: string;
  name?: string;
  currency?: string;
  period?: {
    start?: string | null;
    end?: string | null;
    settle?: string;
    accumulate?: string;
  };
  eligibility?: {
    customers?: { include?: CustomerLists; exclude?: CustomerLists };
    products?: { include?: ProductLists; exclude?: ProductLists };
  };
  measure?: string;
  base?: string;
  method?: string;
  tiers?: TierValues[];
  conditions?: {
    paid_within_days?: number | null;
    min_categories?: number | null;
    min_growth_pct?: string | null;
  };
  cap?: { per_period?: string | null; total?: string | null };
  budget?: string | null;
  rounding?: { scale?: number | null; mode?: string };
  enrollment?: string;
  accrual?: { at?: string };
  accounting?: { expense_account?: string; liability_account?: string };
  payout?: {
    form?: string;
    balance?: {
      valid_days?: number | null;
      min_order_amount?: string | null;
      max_order_share?: string | null;
    };
  };
}

export const newProgramValues: ProgramFormValues = {
  currency: 'CNY',
  period: { settle: 'quarter', accumulate: 'period' },
  measure: 'net_amount',
  method: 'retroactive',
  tiers: [{}],
  rounding: { scale: 2, mode: 'half_up' },
  enrollment: 'automatic',
  accrual: { at: 'current' },
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;

  return true;
}

/** An object of the filled entries only; undefined when none is. */
function compact(entries: Record<string, unknown>): JsonObject | undefined {
  const kept: JsonObject = {};
  for (const [key, value] of Object.entries(entries)) {
    if (isFilled(value)) kept[key] = value as Json;
  }

  return Object.keys(kept).length > 0 ? kept : undefined;
}

const withPercent = (value: string | null | undefined) =>
  isFilled(value) ? `${String(value).trim()}%` : undefined;

const withoutPercent = (value: unknown) =>
  value === undefined || value === null
    ? undefined
    : String(value).replace(/%\s*$/, '');

const decimalText = (value: unknown) =>
  value === undefined || value === null ? undefined : String(value);

function selection(lists: Record<string, string[] | undefined> | undefined) {
  return compact({ ...lists });
}

/** The program file the form describes, fields left empty omitted. */
export function toProgramFile(values: ProgramFormValues): JsonObject {
  const { eligibility, payout } = values;
  const file = compact({
    format: programFormat,
    code: values.code?.trim(),
    name: values.name?.trim(),
    currency: values.currency?.trim(),
    period: compact({ ...values.period }),
    eligibility: compact({
      customers: compact({
        include: selection(eligibility?.customers?.include),
        exclude: selection(eligibility?.customers?.exclude),
      }),
      products: compact({
        include: selection(eligibility?.products?.include),
        exclude: selection(eligibility?.products?.exclude),
      }),
    }),
    measure: values.measure,
    base: values.base,
    method: values.method,
    tiers: (values.tiers ?? []).map(
      (tier) =>
        compact({
          from: tier.from,
          rate: withPercent(tier.rate),
          per_unit: tier.per_unit,
          amount: tier.amount,
        }) ?? {},
    ),
    conditions: compact({ ...values.conditions }),
    cap: compact({ ...values.cap }),
    budget: values.budget,
    rounding: compact({ ...values.rounding }),
    enrollment: values.enrollment,
    accrual: compact({ ...values.accrual }),
    accounting: compact({ ...values.accounting }),
    payout: compact({
      form: payout?.form,
      balance: compact({
        ...payout?.balance,
        max_order_share: withPercent(payout?.balance?.max_order_share),
      }),
    }),
  });

  return file ?? { format: programFormat };
}

function objectAt(value: unknown, key: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return {};
  const inner = (value as Record<string, unknown>)[key];

  return typeof inner === 'object' && inner !== null
    ? (inner as Record<string, unknown>)
    : {};
}

function stringsAt(value: Record<string, unknown>): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [kind, list] of Object.entries(value)) {
    if (Array.isArray(list)) lists[kind] = list.map(String);
  }
  return lists;
}

function textAt(value: Record<string, unknown>, key: string) {
  return decimalText(value[key]);
}

function numberAt(value: Record<string, unknown>, key: string) {
  const read = value[key];
  return typeof read === 'number' ? read : undefined;
}

/** The form's values for a stored program file (a version's definition). */
export function fromProgramFile(
  file: Record<string, unknown>,
): ProgramFormValues {
  const eligibility = objectAt(file, 'eligibility');
  const customers = objectAt(eligibility, 'customers');
  const products = objectAt(eligibility, 'products');
  const period = objectAt(file, 'period');
  const conditions = objectAt(file, 'conditions');
  const cap = objectAt(file, 'cap');
  const rounding = objectAt(file, 'rounding');
  const accrual = objectAt(file, 'accrual');
  const accounting = objectAt(file, 'accounting');
  const payout = objectAt(file, 'payout');
  const balance = objectAt(payout, 'balance');
  const tiers = Array.isArray(file.tiers) ? file.tiers : [];

  return {
    code: textAt(file, 'code'),
    name: textAt(file, 'name'),
    currency: textAt(file, 'currency'),
    period: {
      start: textAt(period, 'start'),
      end: textAt(period, 'end'),
      settle: textAt(period, 'settle'),
      accumulate: textAt(period, 'accumulate'),
    },
    eligibility: {
      customers: {
        include: stringsAt(objectAt(customers, 'include')),
        exclude: stringsAt(objectAt(customers, 'exclude')),
      },
      products: {
        include: stringsAt(objectAt(products, 'include')),
        exclude: stringsAt(objectAt(products, 'exclude')),
      },
    },
    measure: textAt(file, 'measure'),
    base: textAt(file, 'base'),
    method: textAt(file, 'method'),
    tiers: tiers.map((tier: unknown) => {
      const read =
        typeof tier === 'object' && tier !== null
          ? (tier as Record<string, unknown>)
          : {};
      return {
        from: textAt(read, 'from'),
        rate: withoutPercent(read.rate),
        per_unit: textAt(read, 'per_unit'),
        amount: textAt(read, 'amount'),
      };
    }),
    conditions: {
      paid_within_days: numberAt(conditions, 'paid_within_days'),
      min_categories: numberAt(conditions, 'min_categories'),
      min_growth_pct: textAt(conditions, 'min_growth_pct'),
    },
    cap: { per_period: textAt(cap, 'per_period'), total: textAt(cap, 'total') },
    budget: textAt(file, 'budget'),
    rounding: {
      scale: numberAt(rounding, 'scale'),
      mode: textAt(rounding, 'mode'),
    },
    enrollment: textAt(file, 'enrollment'),
    accrual: { at: textAt(accrual, 'at') },
    accounting: {
      expense_account: textAt(accounting, 'expense_account'),
      liability_account: textAt(accounting, 'liability_account'),
    },
    payout: {
      form: textAt(payout, 'form'),
      balance: {
        valid_days: numberAt(balance, 'valid_days'),
        min_order_amount: textAt(balance, 'min_order_amount'),
        max_order_share: withoutPercent(balance.max_order_share),
      },
    },
  };
}

/** What the live chart needs from the form, defaults as the file has them. */
export function curveInputOf(values: ProgramFormValues): TierCurveInput {
  const tiers: CurveTier[] = (values.tiers ?? []).map((tier) => ({
    from: tier?.from ?? '',
    ratePct: tier?.rate ?? null,
    perUnit: tier?.per_unit ?? null,
    amount: tier?.amount ?? null,
  }));

  return {
    method: values.method === 'incremental' ? 'incremental' : 'retroactive',
    unit: measureUnitOf(values.measure ?? 'net_amount'),
    tiers,
    capPerPeriod: values.cap?.per_period ?? null,
    rounding: {
      scale: values.rounding?.scale ?? 2,
      mode: values.rounding?.mode === 'half_even' ? 'half_even' : 'half_up',
    },
  };
}

export type FieldPath = (string | number)[];

/** `tiers[2].from` → ['tiers', 2, 'from']. */
export function parsePath(path: string): FieldPath {
  const parts: FieldPath = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

const selectorFields = (who: string, kinds: readonly string[]) =>
  ['include', 'exclude'].flatMap((side) =>
    kinds.map((kind) => `eligibility.${who}.${side}.${kind}`),
  );

/** Every input of the form, tier rows written with `#` for their index. */
export const formFields = new Set([
  'code',
  'name',
  'currency',
  'period.start',
  'period.end',
  'period.settle',
  'period.accumulate',
  ...selectorFields('customers', customerKinds),
  ...selectorFields('products', productKinds),
  'measure',
  'base',
  'method',
  'tiers.#.from',
  'tiers.#.rate',
  'tiers.#.per_unit',
  'tiers.#.amount',
  'conditions.paid_within_days',
  'conditions.min_categories',
  'conditions.min_growth_pct',
  'cap.per_period',
  'cap.total',
  'budget',
  'rounding.scale',
  'rounding.mode',
  'enrollment',
  'accrual.at',
  'accounting.expense_account',
  'accounting.liability_account',
  'payout.form',
  'payout.balance.valid_days',
  'payout.balance.min_order_amount',
  'payout.balance.max_order_share',
]);

const patternOf = (path: FieldPath) =>
  path.map((part) => (typeof part === 'number' ? '#' : part)).join('.');

/**
 * The input a problem at `path` belongs to: the path itself, the list a
 * list item belongs to, or a whole tier's first input; null when it is about
 * the file as a whole.
 */
export function fieldOfProblem(path: string): FieldPath | null {
  const parts = parsePath(path);
  if (parts[0] === 'tiers' && parts.length === 2) return [...parts, 'from'];

  for (let length = parts.length; length > 0; length -= 1) {
    const prefix = parts.slice(0, length);
    if (formFields.has(patternOf(prefix))) return prefix;
  }
  return null;
}
