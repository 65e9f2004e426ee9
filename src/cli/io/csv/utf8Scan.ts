/** What one run of `scanUtf8` found in a stretch of bytes. */
export interface Utf8Scan {
  /** Valid sequences of two to four bytes. */
  valid: number;
  /** Invalid sequences, each of which a decoder replaces by one U+FFFD. */
  invalid: number;
  /** Start and end (exclusive) byte offsets of each invalid sequence, flat. */
  invalidAt: number[];
  /**
   * Where a sequence begins that the bytes end in the middle of, when the scan was told more
   * bytes follow (`final` false): the caller keeps these bytes and puts them before the next
   * chunk. `bytes.length` when the bytes end between sequences.
   */
  pendingFrom: number;
  /** Bit i set: the noncharacter U+FDD0 + i occurs (valid) in the bytes, so it cannot mark damage. */
  noncharacters: number;
}

/**
 * Counts UTF-8 sequences the way the WHATWG Encoding standard's decoder reads them (the
 * "maximal subpart" rule, as Buffer#toString and TextDecoder replace): an invalid sequence
 * never swallows the ASCII byte after it, so separators and quotes stay where they are.
 *
 * A file read in chunks is scanned chunk by chunk: with `final` false, a sequence cut by the
 * chunk's end is left pending rather than counted invalid, and the caller scans it again at
 * the head of the next chunk. A pending sequence holds at most three bytes, so the rescan
 * costs nothing and the counts are those of one scan over the whole file.
 */
export function scanUtf8(bytes: Uint8Array, final = true): Utf8Scan {
  let valid = 0;
  const invalidAt: number[] = [];
  let noncharacters = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  const length = bytes.length;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i];
    if (needed === 0) {
      if (byte < 0x80) continue;
      start = i;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
      } else invalidAt.push(i, i + 1);
      continue;
    }
    if (byte < lower || byte > upper) {
      invalidAt.push(start, i);
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--; // this byte begins whatever comes next
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      valid++;
      // U+FDD0–U+FDEF are EF B7 90 … EF B7 AF.
      if (needed === 2 && bytes[start] === 0xef && bytes[start + 1] === 0xb7 && byte >= 0x90 && byte <= 0xaf) noncharacters |= 1 << (byte - 0x90);
      needed = seen = 0;
    }
  }
  let pendingFrom = length;
  if (needed !== 0) {
    if (final) invalidAt.push(start, length);
    else pendingFrom = start;
  }
  return { valid, invalid: invalidAt.length / 2, invalidAt, pendingFrom, noncharacters };
}
