// The kernel's sums: one run of slots per program × customer (one slot per
// window segment, each as wide as the program's slot layout), side by side
// in one array. Net amount per category, read only by `min_categories`,
// hangs off a slot as a short linked list: a customer buys few categories.

const INITIAL_ENTRIES = 1024;
const MIN_CAPACITY = 4096;

export class SlotStore {
  data: Float64Array;
  /** Numbers handed out so far. */
  used = 0;

  categoryNext = new Int32Array(INITIAL_ENTRIES);
  categoryIndex = new Int32Array(INITIAL_ENTRIES);
  categoryNetFen = new Float64Array(INITIAL_ENTRIES);
  entries = 0;

  /** `expected`: a good guess avoids copying the array as it grows. */
  constructor(expected: number) {
    this.data = new Float64Array(Math.max(MIN_CAPACITY, expected));
  }

  /** `count` zeroed numbers; returns the first one's index. */
  allocate(count: number): number {
    const first = this.used;
    const needed = first + count;
    if (needed > this.data.length) {
      const next = new Float64Array(Math.max(needed, this.data.length * 2));
      next.set(this.data.subarray(0, first));
      this.data = next;
    }
    this.used = needed;

    return first;
  }

  /** `head`: the index of the slot's category-list head. */
  addCategoryNet(head: number, category: number, netFen: number): void {
    let entry = (this.data[head] ?? 0) - 1;
    while (entry >= 0) {
      if (this.categoryIndex[entry] === category) {
        this.categoryNetFen[entry] = (this.categoryNetFen[entry] ?? 0) + netFen;
        return;
      }
      entry = this.categoryNext[entry] ?? -1;
    }

    if (this.entries === this.categoryNext.length) this.growEntries();
    const added = this.entries;
    this.entries += 1;
    this.categoryIndex[added] = category;
    this.categoryNetFen[added] = netFen;
    this.categoryNext[added] = (this.data[head] ?? 0) - 1;
    this.data[head] = added + 1;
  }

  private growEntries(): void {
    const size = this.categoryNext.length * 2;
    const next = new Int32Array(size);
    next.set(this.categoryNext);
    this.categoryNext = next;
    const index = new Int32Array(size);
    index.set(this.categoryIndex);
    this.categoryIndex = index;
    const net = new Float64Array(size);
    net.set(this.categoryNetFen);
    this.categoryNetFen = net;
  }
}
