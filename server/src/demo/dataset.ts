import { dayFromIso, quarterStartBefore, type Day } from './calendar.js';
import { generateCustomers, type DemoCustomer } from './customers.js';
import { createPrng } from './prng.js';
import { generateProducts, type DemoProduct } from './products.js';
import { generateSales, type DemoSaleLine } from './sales.js';

export interface DemoOptions {
  /** The PRNG seed: the same seed and date give the same data set. */
  seed: number;
  /** Today: the last day of the sales history (YYYY-MM-DD). */
  asOf: string;
  customers: number;
  products: number;
  /** Whole quarters of history before the current one. */
  historyQuarters: number;
}

export const defaultDemoSize = {
  seed: 20_260_101,
  customers: 300,
  products: 400,
  historyQuarters: 8,
} as const;

export interface DemoDataset {
  options: DemoOptions;
  startDay: Day;
  endDay: Day;
  customers: DemoCustomer[];
  products: DemoProduct[];
  /** Generates the sales lines afresh on each call, always the same ones. */
  sales(): Generator<DemoSaleLine>;
}

export function planDemo(options: DemoOptions): DemoDataset {
  const endDay = dayFromIso(options.asOf);
  const startDay = quarterStartBefore(endDay, options.historyQuarters);
  const root = createPrng(options.seed);
  // Separate streams, so a change to one part leaves the others alone.
  const customerPrng = root.fork('customers');
  const productPrng = root.fork('products');
  const salesSeed = root.fork('sales').int(0, 2 ** 32 - 1);

  const customers = generateCustomers(customerPrng, options.customers, {
    startDay,
    endDay,
  });
  const products = generateProducts(productPrng, options.products);

  return {
    options,
    startDay,
    endDay,
    customers,
    products,
    sales: () =>
      generateSales(createPrng(salesSeed), customers, products, {
        startDay,
        endDay,
      }),
  };
}
