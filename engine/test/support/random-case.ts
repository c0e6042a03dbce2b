// Random calculation inputs for the differential tests: a few customers and
// products, one to three random programs, sales that exercise rule 3 and 4
// (returns, allowances, zero lines, other currencies, missing costs, mixed
// units, payments before and after the as-of date, 29 February, empty
// periods) and per-customer targets, some missing or not positive.
import fc from 'fast-check';
import {
  allProgramPeriods,
  parseProgram,
  toDayNumber,
  type CalculationInput,
  type Customer,
  type Product,
  type Program,
  type SalesLine,
  type Target,
} from '../../src/index.js';
import {
  EPOCH,
  POOLS,
  dayText,
  decimalText,
  programDocument,
} from './random-program.js';

export interface RandomCaseOptions {
  /** Put before every code, so that many cases can share one store. */
  prefix: string;
  /** Add lines of unknown customers and products (a store refuses them). */
  unknownCodes: boolean;
  /** Share one calendar with other cases (one as-of date for a store). */
  days?: CaseDays;
}

/** Day numbers from EPOCH: programs start near `anchor`. */
export interface CaseDays {
  anchor: number;
  asOf: number;
}

export interface RandomCase {
  /** The program files as written, in the order of `input.programs`. */
  documents: Record<string, unknown>[];
  input: CalculationInput;
}

/** Calendar days where rules 1, 2 and 4 have edges. */
const EDGE_DAYS = [
  '2027-02-28',
  '2027-03-01',
  '2027-12-31',
  '2028-02-28',
  '2028-02-29',
  '2028-03-01',
  '2028-06-30',
  '2028-12-31',
  '2029-02-28',
].map((date) => toDayNumber(date) - toDayNumber(EPOCH));

function parsed(document: Record<string, unknown>): Program {
  const result = parseProgram(JSON.stringify(document));
  if (!result.ok) {
    throw new Error(
      `the generator wrote an invalid program: ${JSON.stringify(result.problems)}`,
    );
  }

  return result.program;
}

/** Mostly from a year before the programs start to just after as-of. */
function day(g: fc.GeneratorValue, anchorDay: number, asOfDay: number): number {
  return g(() =>
    fc.oneof(
      {
        arbitrary: fc.integer({
          min: Math.min(anchorDay, asOfDay) - 430,
          max: asOfDay + 30,
        }),
        weight: 6,
      },
      { arbitrary: fc.constantFrom(...EDGE_DAYS), weight: 1 },
      {
        arbitrary: fc.integer({ min: asOfDay - 45, max: asOfDay + 10 }),
        weight: 2,
      },
    ),
  );
}

function customers(g: fc.GeneratorValue, prefix: string): Customer[] {
  const count = g(fc.integer, { min: 1, max: 4 });

  return Array.from({ length: count }, (_, index) => ({
    code: `${prefix}C${String(index + 1)}`,
    name: `客户 ${String(index + 1)}`,
    group: g(fc.constantFrom, ...POOLS.groups),
    region: g(fc.constantFrom, ...POOLS.regions),
    tags: g(() => fc.subarray([...POOLS.tags])),
    salesRep: '',
  }));
}

function products(g: fc.GeneratorValue, prefix: string): Product[] {
  const count = g(fc.integer, { min: 1, max: 4 });

  return Array.from({ length: count }, (_, index) => ({
    sku: `${prefix}P${String(index + 1)}`,
    name: `产品 ${String(index + 1)}`,
    category: g(fc.constantFrom, ...POOLS.categories),
    brand: g(fc.constantFrom, ...POOLS.brands),
    unit: g(fc.constantFrom, ...POOLS.units),
    listPrice: null,
    vatRate: '13%',
  }));
}

/** Net amount and quantity of one line, with signs that an import accepts. */
function amounts(g: fc.GeneratorValue): { net: string; quantity: string } {
  const kind = g(
    fc.constantFrom,
    'sale',
    'sale',
    'sale',
    'return',
    'allowance',
    'zero',
  );
  const netScale = g(fc.integer, { min: 0, max: 2 });
  const quantityScale = g(fc.integer, { min: 0, max: 4 });
  const netUnits = g(() =>
    fc.oneof(
      fc.integer({ min: 1, max: 10 ** (6 + netScale) }),
      fc.integer({ min: 1, max: 10 ** (3 + netScale) }),
    ),
  );
  const quantityUnits = g(fc.integer, {
    min: 0,
    max: 10 ** (2 + quantityScale),
  });

  switch (kind) {
    case 'return':
      return {
        net: decimalText(-netUnits, netScale),
        quantity: decimalText(-quantityUnits, quantityScale),
      };
    case 'allowance':
      return { net: decimalText(-netUnits, netScale), quantity: '0' };
    case 'zero':
      return {
        net: decimalText(0, netScale),
        quantity: decimalText(quantityUnits, quantityScale),
      };
    default:
      return {
        net: decimalText(netUnits, netScale),
        quantity: decimalText(quantityUnits, quantityScale),
      };
  }
}

function salesLines(
  g: fc.GeneratorValue,
  prefix: string,
  codes: { customers: readonly string[]; skus: readonly string[] },
  unknownCodes: boolean,
  days: { anchor: number; asOf: number },
): SalesLine[] {
  const count = g(() =>
    fc.oneof(
      { arbitrary: fc.integer({ min: 3, max: 30 }), weight: 19 },
      { arbitrary: fc.constant(0), weight: 1 },
    ),
  );
  const customerCode = (): string =>
    g(() =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...codes.customers), weight: 19 },
        { arbitrary: fc.constant(`${prefix}CX`), weight: unknownCodes ? 1 : 0 },
      ),
    );
  const sku = (): string =>
    g(() =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...codes.skus), weight: 19 },
        { arbitrary: fc.constant(`${prefix}PX`), weight: unknownCodes ? 1 : 0 },
      ),
    );

  return Array.from({ length: count }, (_, index) => {
    const invoiceDay = day(g, days.anchor, days.asOf);
    const paid = g(fc.integer, { min: 1, max: 10 }) <= 7;
    const cost = g(fc.integer, { min: 1, max: 10 }) <= 8;
    const { net, quantity } = amounts(g);

    return {
      invoiceNo: `${prefix}INV${String(index + 1)}`,
      lineNo: g(fc.integer, { min: 1, max: 3 }),
      invoiceDate: dayText(invoiceDay),
      customerCode: customerCode(),
      sku: sku(),
      quantity,
      netAmount: net,
      costAmount: cost
        ? decimalText(
            g(fc.integer, { min: -1_000, max: 5_000_000 }),
            g(fc.integer, { min: 0, max: 2 }),
          )
        : null,
      currency: g(fc.constantFrom, '', 'CNY', 'CNY', 'CNY', 'USD'),
      paidDate: paid
        ? dayText(invoiceDay + g(fc.integer, { min: -3, max: 120 }))
        : null,
    };
  });
}

function targets(
  g: fc.GeneratorValue,
  programs: readonly Program[],
  customerCodes: readonly string[],
): Target[] {
  const found: Target[] = [];
  for (const program of programs) {
    for (const customerCode of customerCodes) {
      for (const period of allProgramPeriods(program).slice(0, 30)) {
        if (!g(fc.boolean)) continue;
        found.push({
          program: program.code,
          customerCode,
          periodStart: period.start,
          target: decimalText(
            g(fc.integer, { min: -10_000, max: 5_000_000 }),
            2,
          ),
        });
      }
    }
  }

  return found;
}

/** Mostly a few periods into the programs' terms. */
export const caseDays: fc.Arbitrary<CaseDays> = fc
  .oneof(fc.integer({ min: 0, max: 800 }), fc.constantFrom(...EDGE_DAYS))
  .chain((anchor) =>
    fc
      .oneof(
        {
          arbitrary: fc.integer({ min: anchor + 61, max: anchor + 800 }),
          weight: 30,
        },
        // Now and then before the programs start: no period has started.
        {
          arbitrary: fc.integer({ min: anchor - 70, max: anchor + 70 }),
          weight: 2,
        },
        { arbitrary: fc.constantFrom(...EDGE_DAYS), weight: 1 },
      )
      .map((asOf) => ({ anchor, asOf })),
  );

export function randomCase(
  options: RandomCaseOptions,
): fc.Arbitrary<RandomCase> {
  return fc.gen().map((g) => {
    const { prefix } = options;
    const days = options.days ?? g(() => caseDays);
    const customerList = customers(g, prefix);
    const productList = products(g, prefix);
    const codes = {
      customers: customerList.map((customer) => customer.code),
      skus: productList.map((product) => product.sku),
    };
    const programCount = g(fc.integer, { min: 1, max: 3 });
    const documents = Array.from({ length: programCount }, (_, index) =>
      g(() =>
        programDocument(`${prefix}PG${String(index + 1)}`, codes, days.anchor),
      ),
    );
    const programs = documents.map(parsed);

    return {
      documents,
      input: {
        programs,
        customers: customerList,
        products: productList,
        sales: salesLines(g, prefix, codes, options.unknownCodes, days),
        targets: targets(g, programs, codes.customers),
        asOf: dayText(days.asOf),
      },
    };
  });
}
