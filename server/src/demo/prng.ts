// A small seeded generator (mulberry32) so the demo data set is the same on
// every machine and every run: tests compare its output byte for byte.

export interface Prng {
  /** A uniform float in [0, 1). */
  next(): number;
  /** A uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with the given (non-negative) weights. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A standard normal draw (Box–Muller). */
  normal(): number;
  /** A new generator whose stream is independent of this one's. */
  fork(label: string): Prng;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };

  const prng: Prng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick(items) {
      return itemAt(items, Math.floor(next() * items.length));
    },
    weighted(items, weights) {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let remaining = next() * total;
      for (let index = 0; index < items.length; index++) {
        remaining -= weights[index] ?? 0;
        if (remaining < 0) return itemAt(items, index);
      }
      return itemAt(items, items.length - 1);
    },
    normal() {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    fork: (label) =>
      createPrng(hashLabel(label) ^ Math.floor(next() * 2 ** 32)),
  };
  return prng;
}

/** Shuffles a copy of `items` (Fisher–Yates). */
export function shuffled<T>(prng: Prng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = prng.int(0, index);
    const item = itemAt(copy, index);
    copy[index] = itemAt(copy, other);
    copy[other] = item;
  }
  return copy;
}

function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}

/** FNV-1a, to turn a fork's label into seed bits. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < label.length; index++) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
