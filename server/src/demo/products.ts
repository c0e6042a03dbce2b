import { catalog, type CategorySpec } from './catalog.js';
import { shuffled, type Prng } from './prng.js';

export interface DemoProduct {
  sku: string;
  name: string;
  category: string;
  brand: string;
  unit: string;
  listPriceFen: number;
  /** "13" or "9". */
  vatRatePct: string;
  /** Gross margin on net sales, in basis points (1000–3500). */
  marginBp: number;
  /** How much customers buy of it relative to other products. */
  popularity: number;
}

/** About `count` products, spread evenly over the eight categories. */
export function generateProducts(prng: Prng, count: number): DemoProduct[] {
  const perCategory = Math.max(1, Math.round(count / catalog.length));
  return catalog.flatMap((spec) => categoryProducts(prng, spec, perCategory));
}

function categoryProducts(
  prng: Prng,
  spec: CategorySpec,
  count: number,
): DemoProduct[] {
  const combinations = spec.items.flatMap((item) =>
    spec.packs.map((pack) => ({ item, pack })),
  );
  const chosen = shuffled(prng, combinations).slice(0, count);

  return chosen.map(({ item, pack }, index) => {
    const lowVat =
      spec.lowVatItems === 'all' || spec.lowVatItems.includes(item);
    return {
      sku: `${spec.skuPrefix}${String(index + 1).padStart(3, '0')}`,
      name: `${spec.brand}${item} ${pack.spec}`,
      category: spec.category,
      brand: spec.brand,
      unit: pack.unit,
      listPriceFen: listPrice(prng, spec),
      vatRatePct: lowVat ? '9' : '13',
      marginBp: prng.int(1000, 3500),
      popularity: Math.exp(0.9 * prng.normal()),
    };
  });
}

function listPrice(prng: Prng, spec: CategorySpec): number {
  // Price points end in .00, .50 or .90, as price lists do.
  const yuan = prng.int(spec.priceFen.min / 100, spec.priceFen.max / 100);
  return yuan * 100 + prng.pick([0, 0, 50, 90]);
}
