// DESIGN §4.2 eligibility, inverted for the kernel: for each customer the
// programs whose customer scope holds it (a compact list, each entry one
// program × customer pair), and for each program a bitset of the products in
// its scope. Inverted indexes only narrow the candidates; the engine's own
// matchers decide, so the kernel cannot read a scope differently.
import type { Customer, Product } from '../calculation/input.js';
import type {
  CustomerSelector,
  ProductSelector,
  Program,
} from '../program/program.js';
import { matchesCustomer, matchesProduct } from '../scope/eligibility.js';

export interface ScopeIndex {
  /** Pairs of customer c are pairStart[c] .. pairStart[c + 1] − 1. */
  pairStart: Int32Array;
  pairProgram: Int32Array;
  pairCustomer: Int32Array;
  /** Pairs of program g, by customer index: programPairs[programStart[g]..]. */
  programStart: Int32Array;
  programPairs: Int32Array;
  /** Product p of program g: bit p of productBits[g × productWords ..]. */
  productBits: Uint32Array;
  productWords: number;
}

type Lookup = Map<string, number[]>;

function lookupOf(items: number, keysOf: (index: number) => string[]): Lookup {
  const lookup: Lookup = new Map();
  for (let index = 0; index < items; index += 1) {
    for (const key of keysOf(index)) {
      const list = lookup.get(key) ?? [];
      list.push(index);
      lookup.set(key, list);
    }
  }

  return lookup;
}

/** The indexes an include selector can match; every index without one. */
function candidates(
  count: number,
  kinds: readonly [Lookup, readonly string[]][] | null,
): Iterable<number> {
  if (kinds === null) return Array.from({ length: count }, (_, i) => i);

  const found = new Set<number>();
  for (const [lookup, values] of kinds) {
    for (const value of values) {
      for (const index of lookup.get(value) ?? []) found.add(index);
    }
  }

  return [...found].sort((a, b) => a - b);
}

function customerKinds(
  lookups: Record<keyof CustomerSelector, Lookup>,
  selector: CustomerSelector | null,
): [Lookup, readonly string[]][] | null {
  if (selector === null) return null;

  return [
    [lookups.codes, selector.codes],
    [lookups.groups, selector.groups],
    [lookups.regions, selector.regions],
    [lookups.tags, selector.tags],
  ];
}

function productKinds(
  lookups: Record<keyof ProductSelector, Lookup>,
  selector: ProductSelector | null,
): [Lookup, readonly string[]][] | null {
  if (selector === null) return null;

  return [
    [lookups.skus, selector.skus],
    [lookups.categories, selector.categories],
    [lookups.brands, selector.brands],
  ];
}

function productBitsOf(
  programs: readonly Program[],
  products: readonly Product[],
): { productBits: Uint32Array; productWords: number } {
  const lookups = {
    skus: lookupOf(products.length, (p) => [products[p]?.sku ?? '']),
    categories: lookupOf(products.length, (p) => [products[p]?.category ?? '']),
    brands: lookupOf(products.length, (p) => [products[p]?.brand ?? '']),
  };
  const productWords = Math.ceil(products.length / 32) || 1;
  const productBits = new Uint32Array(programs.length * productWords);

  programs.forEach((program, g) => {
    const scope = program.eligibility.products;
    for (const p of candidates(
      products.length,
      productKinds(lookups, scope.include),
    )) {
      const product = products[p];
      if (product === undefined || !matchesProduct(scope, product)) continue;

      const word = g * productWords + (p >>> 5);
      productBits[word] = (productBits[word] ?? 0) | (1 << (p & 31));
    }
  });

  return { productBits, productWords };
}

export function buildScopeIndex(
  programs: readonly Program[],
  customers: readonly Customer[],
  products: readonly Product[],
): ScopeIndex {
  const lookups = {
    codes: lookupOf(customers.length, (c) => [customers[c]?.code ?? '']),
    groups: lookupOf(customers.length, (c) => [customers[c]?.group ?? '']),
    regions: lookupOf(customers.length, (c) => [customers[c]?.region ?? '']),
    tags: lookupOf(customers.length, (c) => [...(customers[c]?.tags ?? [])]),
  };

  const programStart = new Int32Array(programs.length + 1);
  const members: number[][] = programs.map((program, g) => {
    const scope = program.eligibility.customers;
    const found: number[] = [];
    for (const c of candidates(
      customers.length,
      customerKinds(lookups, scope.include),
    )) {
      const customer = customers[c];
      if (customer !== undefined && matchesCustomer(scope, customer)) {
        found.push(c);
      }
    }
    programStart[g + 1] = (programStart[g] ?? 0) + found.length;

    return found;
  });

  // Customer-major pairs, so one line walks its customer's programs in a row.
  const pairStart = new Int32Array(customers.length + 1);
  for (const found of members) {
    for (const c of found) pairStart[c + 1] = (pairStart[c + 1] ?? 0) + 1;
  }
  for (let c = 0; c < customers.length; c += 1) {
    pairStart[c + 1] = (pairStart[c + 1] ?? 0) + (pairStart[c] ?? 0);
  }

  const pairCount = pairStart[customers.length] ?? 0;
  const pairProgram = new Int32Array(pairCount);
  const pairCustomer = new Int32Array(pairCount);
  const programPairs = new Int32Array(pairCount);
  const filled = pairStart.slice(0, customers.length);
  members.forEach((found, g) => {
    found.forEach((c, k) => {
      const pair = filled[c] ?? 0;
      filled[c] = pair + 1;
      pairProgram[pair] = g;
      pairCustomer[pair] = c;
      programPairs[(programStart[g] ?? 0) + k] = pair;
    });
  });

  return {
    pairStart,
    pairProgram,
    pairCustomer,
    programStart,
    programPairs,
    ...productBitsOf(programs, products),
  };
}
