/**
 * A 32-bit hash of a text (FNV-1a over its UTF-16 code units), never 0: for tables where a
 * collision only costs a little memory (a key counted twice keeps rows it did not need to).
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/**
 * How often each 32-bit hash was counted, up to 2 ("once", "more than once"): an open-addressing
 * table on typed arrays, 5 bytes a slot at most half full, so a few million hashes take tens of
 * megabytes instead of a Map's hundreds.
 */
export class HashCounts {
  private keys = new Uint32Array(1024);
  private counts = new Uint8Array(1024);
  private size = 0;

  /** Counts a hash once more; true when it was not counted before. */
  add(hash: number): boolean {
    if (this.size * 2 >= this.keys.length) this.grow();
    const slot = this.slotOf(this.keys, hash);
    if (this.keys[slot] === hash) {
      if (this.counts[slot] < 2) this.counts[slot]++;
      return false;
    }
    this.keys[slot] = hash;
    this.counts[slot] = 1;
    this.size++;
    return true;
  }

  /** How often the hash was counted: 0, 1 or 2 (for two or more). */
  count(hash: number): number {
    const slot = this.slotOf(this.keys, hash);
    return this.keys[slot] === hash ? this.counts[slot] : 0;
  }

  private slotOf(keys: Uint32Array, hash: number): number {
    const mask = keys.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) >>> 0 & mask;
    while (keys[slot] !== 0 && keys[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint8Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const slot = this.slotOf(this.keys, keys[i]);
      this.keys[slot] = keys[i];
      this.counts[slot] = counts[i];
    }
  }
}
