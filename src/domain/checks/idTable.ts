/**
 * An exact table from IDs (strings) to a row number each: the first row of each incident ID
 * over a sheet of millions of rows. A `Map<string, number>` keeps each ID as a V8 string
 * (60–80 bytes with its entry), and the garbage collector marks them all again on every full
 * collection; this table keeps the IDs' characters and its index in a handful of typed arrays:
 *
 * - an arena of bytes: an ID whose characters are all Latin-1 (U+0000–U+00FF) a byte a
 *   character, any other ID two bytes (little-endian) a UTF-16 code unit, so that lone
 *   surrogates and astral characters are kept as they are;
 * - per entry, in the order added: where its characters start (they end where the next
 *   entry's start), its hash (31 bits, the top bit telling a two-byte entry) and its row;
 * - an open-addressing index (linear probing) of entry numbers, at most half full.
 *
 * Lookups compare the characters exactly: two IDs of the same hash are two entries. Every
 * array grows by doubling, so adding costs O(1) amortised. The table holds no string, so no
 * ID keeps a reader's chunk alive (see ownString).
 */
export class IdTable {
  private bytes: Uint8Array;
  /** Bytes of the arena in use. */
  private used = 0;
  /** Entry i's characters are the bytes [starts[i], starts[i + 1]); starts[size] is `used`. */
  private starts: Uint32Array;
  /** Entry i's hash in the low 31 bits; the top bit set where it is kept two bytes a code unit. */
  private hashes: Uint32Array;
  private rows: Uint32Array;
  private count = 0;
  /** Entry number + 1 of each slot, 0 where empty; its length a power of two. */
  private slots: Int32Array;
  private mask: number;
  private readonly seed: number;
  private readonly customHash?: (id: string) => number;

  /**
   * `capacity`: the number of IDs to make room for at first. `seed`: of the hash (a random
   * one if not given, so that which IDs collide changes from one table to the next; it is no
   * cryptographic hash). `hash`: a hash of one's own instead (tests use it to make IDs
   * collide); the table uses its low 31 bits.
   */
  constructor(options: { capacity?: number; seed?: number; hash?: (id: string) => number } = {}) {
    // What is made at first is bounded (16 million IDs); the table grows past it as any other.
    const wanted = options.capacity ?? 8;
    const capacity = Number.isFinite(wanted) ? Math.max(8, Math.min(Math.floor(wanted), 1 << 24)) : 8;
    this.seed = (options.seed ?? Math.random() * 0x100000000) >>> 0;
    this.customHash = options.hash;
    this.bytes = new Uint8Array(capacity * 8);
    this.starts = new Uint32Array(capacity + 1);
    this.hashes = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
    let slotCount = 16;
    while (slotCount < capacity * 2) slotCount *= 2;
    this.slots = new Int32Array(slotCount);
    this.mask = slotCount - 1;
  }

  /** The number of IDs in the table. */
  get size(): number {
    return this.count;
  }

  /** The bytes the table's arrays hold (outside the JavaScript heap: typed arrays' storage). */
  get byteLength(): number {
    return this.bytes.byteLength + this.starts.byteLength + this.hashes.byteLength + this.rows.byteLength + this.slots.byteLength;
  }

  /** The row of `id`, or undefined where it is not in the table. */
  get(id: string): number | undefined {
    const entry = this.find(id, this.hashOf(id));
    return entry < 0 ? undefined : this.rows[entry];
  }

  has(id: string): boolean {
    return this.find(id, this.hashOf(id)) >= 0;
  }

  /**
   * The row of `id` where it is in the table already (the table unchanged); otherwise adds
   * `id` with `row` and returns undefined. `row` is a whole number from 0 to 2³² − 1.
   */
  getOrInsert(id: string, row: number): number | undefined {
    if (!(Number.isInteger(row) && row >= 0 && row <= 0xffffffff)) throw new RangeError(`A row number from 0 to 4294967295, not ${row}.`);
    const hash = this.hashOf(id);
    const { slots, mask, hashes } = this;
    let slot = hash & mask;
    for (let entry = slots[slot] - 1; entry >= 0; entry = slots[slot] - 1) {
      if ((hashes[entry] & 0x7fffffff) === hash && this.equals(entry, id)) return this.rows[entry];
      slot = (slot + 1) & mask;
    }
    this.add(id, hash, row, slot);
    return undefined;
  }

  /** The IDs and their rows, in the order added. */
  *entries(): IterableIterator<[string, number]> {
    for (let entry = 0; entry < this.count; entry++) yield [this.idAt(entry), this.rows[entry]];
  }

  [Symbol.iterator](): IterableIterator<[string, number]> {
    return this.entries();
  }

  private hashOf(id: string): number {
    return this.customHash ? this.customHash(id) & 0x7fffffff : idHash(id, this.seed);
  }

  /** The entry of `id`, or -1. */
  private find(id: string, hash: number): number {
    const { slots, mask, hashes } = this;
    let slot = hash & mask;
    for (let entry = slots[slot] - 1; entry >= 0; entry = slots[slot] - 1) {
      if ((hashes[entry] & 0x7fffffff) === hash && this.equals(entry, id)) return entry;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Whether entry `entry` holds exactly the code units of `id`. */
  private equals(entry: number, id: string): boolean {
    const { bytes } = this;
    const start = this.starts[entry];
    const length = this.starts[entry + 1] - start;
    const n = id.length;
    if (this.hashes[entry] & 0x80000000) {
      // Two bytes a code unit; `id` without a unit above U+00FF differs from it at one of its units.
      if (length !== n * 2) return false;
      for (let i = 0, b = start; i < n; i++, b += 2) if ((bytes[b] | (bytes[b + 1] << 8)) !== id.charCodeAt(i)) return false;
      return true;
    }
    if (length !== n) return false;
    for (let i = 0; i < n; i++) if (bytes[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  /** Adds `id` as a new entry at the empty `slot` its probe ended on. */
  private add(id: string, hash: number, row: number, slot: number): void {
    const entry = this.count;
    if (entry + 1 >= this.starts.length) this.growEntries();
    const n = id.length;
    this.reserve(n * 2);
    const bytes = this.bytes;
    const start = this.used;
    let wide = false;
    for (let i = 0; i < n; i++) {
      const unit = id.charCodeAt(i);
      if (unit > 0xff) {
        wide = true;
        break;
      }
      bytes[start + i] = unit;
    }
    if (wide) for (let i = 0, b = start; i < n; i++, b += 2) {
      const unit = id.charCodeAt(i);
      bytes[b] = unit & 0xff;
      bytes[b + 1] = unit >>> 8;
    }
    this.used = start + (wide ? n * 2 : n);
    this.starts[entry + 1] = this.used;
    this.hashes[entry] = (wide ? hash | 0x80000000 : hash) >>> 0;
    this.rows[entry] = row;
    this.count = entry + 1;
    this.slots[slot] = entry + 1;
    // At most half full: a probe that misses passes 2.5 slots on average.
    if (this.count * 2 > this.slots.length) this.growSlots();
  }

  /** Room in the arena for `more` bytes. */
  private reserve(more: number): void {
    const needed = this.used + more;
    if (needed <= this.bytes.length) return;
    if (needed > 0xffffffff) throw new RangeError("The IDs' characters exceed the table's 4 GiB.");
    const grown = new Uint8Array(Math.min(Math.max(needed, this.bytes.length * 2), 0xffffffff));
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }

  private growEntries(): void {
    const capacity = this.hashes.length * 2;
    const starts = new Uint32Array(capacity + 1);
    starts.set(this.starts);
    const hashes = new Uint32Array(capacity);
    hashes.set(this.hashes);
    const rows = new Uint32Array(capacity);
    rows.set(this.rows);
    this.starts = starts;
    this.hashes = hashes;
    this.rows = rows;
  }

  /** Doubles the index and places every entry again by its stored hash (no character is read). */
  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    const hashes = this.hashes;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = hashes[entry] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }

  private idAt(entry: number): string {
    const { bytes } = this;
    const start = this.starts[entry];
    const end = this.starts[entry + 1];
    const wide = (this.hashes[entry] & 0x80000000) !== 0;
    const units: number[] = [];
    let text = "";
    for (let b = start; b < end; b += wide ? 2 : 1) {
      units.push(wide ? bytes[b] | (bytes[b + 1] << 8) : bytes[b]);
      if (units.length === 4096) {
        text += String.fromCharCode(...units);
        units.length = 0;
      }
    }
    return text + String.fromCharCode(...units);
  }
}

/** The table's hash of `id` from `seed`: FNV-1a over its UTF-16 code units, then murmur3's finaliser for the low bits; 31 bits. */
export function idHash(id: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= id.length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x7fffffff;
}
