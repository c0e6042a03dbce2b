// Tells, while a file streams past, whether two of its rows may share a
// key, so the set-based search for repeats runs only when one may exist.
// Each key leaves a 53-bit fingerprint in an open-addressing table: equal
// keys always collide, different keys almost never (about 1 in 10^4 for a
// million keys), and a false alarm costs only the search it would skip.

const EMPTY = 0;
const FIRST_SLOTS = 1 << 16;
/** 8M slots (64 MB): past that the table gives up and assumes repeats. */
const MAX_SLOTS = 1 << 23;

export class KeyFingerprints {
  private slots = new Float64Array(FIRST_SLOTS);
  private count = 0;
  private overflowed = false;
  private collided = false;

  add(key: string): void {
    if (this.overflowed) return;
    if ((this.count + 1) * 2 > this.slots.length && !this.grow()) return;

    if (this.insert(this.slots, fingerprint(key))) this.count += 1;
    else this.collided = true;
  }

  /** False only when no two keys added can be equal. */
  get mayRepeat(): boolean {
    return this.collided || this.overflowed;
  }

  /** Puts a fingerprint in; false when it was there already. */
  private insert(slots: Float64Array, print: number): boolean {
    const mask = slots.length - 1;
    for (let at = print & mask; ; at = (at + 1) & mask) {
      const found = slots[at];
      if (found === EMPTY) {
        slots[at] = print;
        return true;
      }
      if (found === print) return false;
    }
  }

  private grow(): boolean {
    if (this.slots.length >= MAX_SLOTS) {
      this.overflowed = true;
      this.slots = new Float64Array(0);
      return false;
    }
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (const print of old) {
      if (print !== EMPTY) this.insert(this.slots, print);
    }
    return true;
  }
}

/** cyrb53: a fast 53-bit string hash, never 0. */
function fingerprint(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1;
}
