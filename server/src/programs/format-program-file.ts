// Writes a stored program document back as a `tierline/program@1` file, its
// keys in the order of DESIGN §4.2: the store (jsonb) keeps no key order.
import { stringify as stringifyYaml } from 'yaml';
import type { ProgramDocument, ProgramFileFormat } from './program-file.js';

interface KeyOrder {
  keys: readonly string[];
  children?: Readonly<Record<string, KeyOrder>>;
  /** The order inside each item of a list. */
  items?: KeyOrder;
}

const customerKinds: KeyOrder = {
  keys: ['codes', 'groups', 'regions', 'tags'],
};
const productKinds: KeyOrder = { keys: ['skus', 'categories', 'brands'] };

const fileOrder: KeyOrder = {
  keys: [
    'format',
    'code',
    'name',
    'currency',
    'period',
    'eligibility',
    'measure',
    'base',
    'method',
    'tiers',
    'conditions',
    'cap',
    'budget',
    'rounding',
    'enrollment',
    'accrual',
    'accounting',
    'payout',
  ],
  children: {
    period: { keys: ['start', 'end', 'settle', 'accumulate'] },
    eligibility: {
      keys: ['customers', 'products'],
      children: {
        customers: {
          keys: ['include', 'exclude'],
          children: { include: customerKinds, exclude: customerKinds },
        },
        products: {
          keys: ['include', 'exclude'],
          children: { include: productKinds, exclude: productKinds },
        },
      },
    },
    tiers: {
      keys: [],
      items: { keys: ['from', 'rate', 'per_unit', 'amount'] },
    },
    conditions: {
      keys: ['paid_within_days', 'min_categories', 'min_growth_pct'],
    },
    cap: { keys: ['per_period', 'total'] },
    rounding: { keys: ['scale', 'mode'] },
    accrual: { keys: ['at'] },
    accounting: { keys: ['expense_account', 'liability_account'] },
    payout: {
      keys: ['form', 'balance'],
      children: {
        balance: {
          keys: ['valid_days', 'min_order_amount', 'max_order_share'],
        },
      },
    },
  },
};

function ordered(value: unknown, order: KeyOrder | undefined): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => ordered(item, order?.items));
  }
  if (typeof value !== 'object' || value === null) return value;

  const entries = Object.entries(value);
  const rank = (key: string) => {
    const index = order?.keys.indexOf(key) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const sorted = [...entries].sort(([a], [b]) => rank(a) - rank(b));

  return Object.fromEntries(
    sorted.map(([key, item]) => [key, ordered(item, order?.children?.[key])]),
  );
}

/** The program file's text, YAML 1.2 or JSON, ending with a newline. */
export function formatProgramFile(
  document: ProgramDocument,
  format: ProgramFileFormat,
): string {
  const sorted = ordered(document, fileOrder);
  if (format === 'json') return `${JSON.stringify(sorted, null, 2)}\n`;

  return stringifyYaml(sorted, { version: '1.2', lineWidth: 0 });
}

export const programFileMediaTypes: Record<ProgramFileFormat, string> = {
  yaml: 'application/yaml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};
