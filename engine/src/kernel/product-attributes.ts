// The product facts rule 4 needs per line, as indexes: the category (for
// `min_categories`) and the unit (for `mixed_units`).
import type { Product } from '../calculation/input.js';
import { unitPlace } from './slot-layout.js';

export interface ProductAttributes {
  category: Int32Array;
  categoryNames: readonly string[];
  /** Which word of a slot, and which bit in it, a product's unit sets. */
  unitWord: Int32Array;
  unitBit: Int32Array;
  unitNames: readonly string[];
  unitCount: number;
}

function indexer(): { names: string[]; indexOf(name: string): number } {
  const names: string[] = [];
  const indexes = new Map<string, number>();

  return {
    names,
    indexOf(name) {
      let index = indexes.get(name);
      if (index === undefined) {
        index = names.length;
        names.push(name);
        indexes.set(name, index);
      }

      return index;
    },
  };
}

export function productAttributes(
  products: readonly Product[],
): ProductAttributes {
  const categories = indexer();
  const units = indexer();
  const category = new Int32Array(products.length);
  const unitWord = new Int32Array(products.length);
  const unitBit = new Int32Array(products.length);

  products.forEach((product, p) => {
    category[p] = categories.indexOf(product.category);
    const place = unitPlace(units.indexOf(product.unit));
    unitWord[p] = place.word;
    unitBit[p] = place.bit;
  });

  return {
    category,
    categoryNames: categories.names,
    unitWord,
    unitBit,
    unitNames: units.names,
    unitCount: units.names.length,
  };
}
