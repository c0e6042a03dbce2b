// The kernel's sums, one "slot" per program × customer × segment, laid out
// side by side in one array so that adding a line touches one or two cache
// lines. Net amount per category, needed only by `min_categories`, hangs off
// each slot as a short linked list (a customer buys few categories).

/** Field offsets inside a slot. */
export const NET_FEN = 0;
export const QUANTITY = 1;
export const MARGIN_FEN = 2;
export const LINES_WITHOUT_COST = 3;
export const COUNTED_LINES = 4;
export const LEFT_OUT_LINES = 5;
/** OR of the counted lines' scale bits (units.ts). */
export const SCALE_BITS = 6;
/** 1 + the slot's first category entry; 0 for none. */
export const CATEGORY_HEAD = 7;
/** Then one word per 30 units: bit u set when unit u's quantity counted. */
export const UNIT_WORDS = 8;

export const UNITS_PER_WORD = 30;

const INITIAL_SLOTS = 4096;
const INITIAL_ENTRIES = 1024;

export class SlotStore {
  readonly stride: number;
  data: Float64Array;
  slots = 0;

  categoryNext = new Int32Array(INITIAL_ENTRIES);
  categoryIndex = new Int32Array(INITIAL_ENTRIES);
  categoryNetFen = new Float64Array(INITIAL_ENTRIES);
  entries = 0;

  constructor(unitCount: number) {
    this.stride =
      UNIT_WORDS + Math.max(1, Math.ceil(unitCount / UNITS_PER_WORD));
    this.data = new Float64Array(INITIAL_SLOTS * this.stride);
  }

  /** Zeroed slots for one program × customer: the first slot's number. */
  allocate(count: number): number {
    const first = this.slots;
    const needed = (first + count) * this.stride;
    if (needed > this.data.length) {
      const next = new Float64Array(Math.max(needed, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.slots += count;

    return first;
  }

  addCategoryNet(slot: number, category: number, netFen: number): void {
    const head = slot * this.stride + CATEGORY_HEAD;
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
