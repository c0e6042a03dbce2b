import type { DemoCustomer } from './customers.js';
import type { DemoProduct } from './products.js';
import type { Prng } from './prng.js';

/** The products a customer carries, drawn by their popularity. */
export interface Assortment {
  products: number[];
  cumulativeWeights: number[];
}

export function pickAssortment(
  prng: Prng,
  customer: DemoCustomer,
  products: readonly DemoProduct[],
): Assortment {
  // Bigger distributors carry more of the range.
  const wanted = Math.min(
    products.length,
    Math.round(20 + 25 * Math.min(3, customer.size)),
  );
  const picked = new Set<number>();
  while (picked.size < wanted) picked.add(prng.int(0, products.length - 1));

  const chosen = [...picked].sort((a, b) => a - b);
  let total = 0;
  const cumulativeWeights = chosen.map((index) => {
    total += products[index]?.popularity ?? 1;
    return total;
  });
  return { products: chosen, cumulativeWeights };
}

/** `count` different products of the assortment (fewer if it is small). */
export function drawProducts(
  prng: Prng,
  assortment: Assortment,
  count: number,
): number[] {
  const chosen = new Set<number>();
  const wanted = Math.min(count, assortment.products.length);
  while (chosen.size < wanted) chosen.add(drawProduct(prng, assortment));
  return [...chosen];
}

function drawProduct(prng: Prng, assortment: Assortment): number {
  const total = assortment.cumulativeWeights.at(-1) ?? 0;
  const target = prng.next() * total;
  let low = 0;
  let high = assortment.cumulativeWeights.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((assortment.cumulativeWeights[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return assortment.products[low] ?? 0;
}
