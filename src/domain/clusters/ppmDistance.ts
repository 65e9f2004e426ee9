import { isAscii } from "../text/isAscii";

/**
 * The PPM distance of OpenRefine's kNN clusterer (vicino's PPMDistance over its
 * PseudoMetricDistance): d(x, y) = 10 × ((C(xy) + C(yx)) / (C(xx) + C(yy)) − 1), where C(t) is
 * the number of bytes the arithmetic coder of OpenRefine's arithcode library (1.2) writes for
 * t's UTF-8 bytes under an order-8 PPM model (`new PPMModel(8)`, method C escapes with
 * exclusion), end of file included. The coder and model (arithcode, Bob Carpenter, BSD
 * licence) are reimplemented here from their published algorithm to give the same sizes byte
 * for byte, so the distances are OpenRefine's: "ab" and "abc" are at 0.909
 * (within its default radius of 1), "foo" and "bar" at 1.667, equal texts at 0.
 *
 * OpenRefine compresses four texts for every pair. Here C(xx) is computed once per text and
 * remembered, C(xy) continues from the model as it stands after x (taken once per x and
 * restored after each y), and with a `limit` the work stops as soon as a lower bound on the
 * sizes proves the distance above it (see `lowerBounds`); the value returned is then that
 * bound, above the limit, not the distance.
 */
export function ppmDistance(): (a: string, b: string, limit?: number) => number {
  const texts = new Map<string, PpmText>();
  const based = new PpmCoder();
  const fresh = new PpmCoder();
  const bounds = new LowerBounds();
  let base: PpmText | undefined;
  const textOf = (text: string) => {
    let found = texts.get(text);
    if (!found) {
      if (texts.size > 50_000) {
        texts.clear();
        base = undefined;
      }
      found = measure(text, fresh);
      texts.set(text, found);
    }
    return found;
  };
  let lastA = "";
  let lastX: PpmText | undefined;
  return (a, b, limit = Infinity) => {
    if (a === b) return 0;
    // The nearest-neighbour loop holds one text while it goes through the others.
    const x = a === lastA && lastX ? lastX : (lastX = textOf(a));
    lastA = a;
    const y = textOf(b);
    const selves = x.self + y.self;
    const exits = limit !== Infinity;
    // OpenRefine's formula, in its order of operations (the same doubles).
    const distance = (xy: number, yx: number) => 10 * ((xy + yx) / selves - 1);
    // Before any coding: each text's own prefix, and what the other's bytes must cost after it.
    if (exits) bounds.of(x, y);
    let yxAtLeast = exits ? atLeastBytes(y.prefixBits + bounds.yx[0]) : 0;
    let bound = exits ? distance(atLeastBytes(x.prefixBits + bounds.xy[0]), yxAtLeast) : 0;
    if (bound > limit) return bound;
    // C(xy): y coded on the model as x left it.
    if (base !== x) {
      based.reset();
      based.code(x.bytes);
      based.snapshot();
      base = x;
    } else based.restore();
    for (let i = 0; i < y.bytes.length; i++) {
      based.encode(y.bytes[i]);
      if (exits) {
        bound = distance(atLeastBytes(based.bitsSoFar() + bounds.xy[i + 1]), yxAtLeast);
        if (bound > limit) return bound;
      }
    }
    const xy = based.finish();
    bound = distance(xy, yxAtLeast);
    if (bound > limit) return bound;
    // C(yx): y from the start, then x.
    fresh.reset();
    fresh.code(y.bytes);
    for (let i = 0; i < x.bytes.length; i++) {
      fresh.encode(x.bytes[i]);
      if (exits) {
        bound = distance(xy, atLeastBytes(fresh.bitsSoFar() + bounds.yx[i + 1]));
        if (bound > limit) return bound;
      }
    }
    return distance(xy, fresh.finish());
  };
}

/** OpenRefine's model order (vicino's `new PPMModel(8)`). */
export const PPM_ORDER = 8;

/** The bytes OpenRefine's PPM coder writes for a text's UTF-8 bytes (vicino's PPMDistance.d2 of a text split anywhere). */
export function ppmSize(text: string): number {
  const coder = new PpmCoder();
  coder.code(utf8(text));
  return coder.finish();
}

/** A text as the distance reads it, with what it costs alone. */
interface PpmText {
  bytes: Uint8Array;
  /** C(tt). */
  self: number;
  /** Bits the coder has written or holds back after t alone: every C(t·u) writes at least these. */
  prefixBits: number;
  /** Its distinct bytes. */
  distinct: Uint8Array;
}

function measure(text: string, coder: PpmCoder): PpmText {
  const bytes = utf8(text);
  coder.reset();
  coder.code(bytes);
  const prefixBits = coder.bitsSoFar();
  coder.code(bytes);
  return { bytes, self: coder.finish(), prefixBits, distinct: Uint8Array.from(new Set(bytes)) };
}

/**
 * Lower bounds on the bits the coder must still write in C(xy) and C(yx), from each byte of the
 * second text on: `xy[i]` for y's bytes from i (and the end of file), `yx[i]` for x's.
 *
 * A byte whose pair (previous byte, byte) has not yet occurred in the text is no child of any
 * context, since every context ends with the previous byte and holds only what followed it in
 * a window of the text: it escapes down to the order-0 model. There its chance is at most
 * m / (m + 257 − U), where U counts the distinct bytes of x and y (the excluded bytes are among
 * them, the byte itself not), and m is 1 plus the times the byte occurred before (its order-0
 * count). The end of file is coded there too, at 1 / (257 − U) at most. The coder, whose range
 * is above 2^25 after each step, writes at least −log2(p + 2^−25) bits for a chance p, never
 * takes a bit back, and closes with two more than it holds: so C(t) ≥ (bits so far + these
 * costs) / 8. Each pair of bytes holds only where no window is stale: arithcode's ByteBuffer,
 * on reaching its end (288 bytes), keeps one stale byte in the window; longer texts count only
 * bytes that never occurred before.
 */
class LowerBounds {
  xy = new Float64Array(256);
  yx = new Float64Array(256);
  private readonly pairSeen = new Uint32Array(1 << 16);
  private readonly byteSeen = new Uint32Array(256);
  private readonly counts = new Int32Array(256);
  private generation = 0;

  of(x: PpmText, y: PpmText): void {
    const longest = Math.max(x.bytes.length, y.bytes.length) + 1;
    if (this.xy.length < longest) {
      this.xy = new Float64Array(2 * longest);
      this.yx = new Float64Array(2 * longest);
    }
    let union = x.distinct.length;
    const stamp = ++this.generation;
    const byteSeen = this.byteSeen;
    for (let i = 0; i < x.distinct.length; i++) byteSeen[x.distinct[i]] = stamp;
    for (let i = 0; i < y.distinct.length; i++) if (byteSeen[y.distinct[i]] !== stamp) union++;
    const free = Math.max(0, 257 - union);
    const pairs = x.bytes.length + y.bytes.length <= BUFFER;
    this.after(x.bytes, y.bytes, free, pairs, this.xy);
    this.after(y.bytes, x.bytes, free, pairs, this.yx);
  }

  /** into[i]: the least bits `then`'s bytes from i and the end of file cost after `first`. */
  private after(first: Uint8Array, then: Uint8Array, free: number, pairs: boolean, into: Float64Array): void {
    const stamp = ++this.generation;
    const { pairSeen, byteSeen, counts } = this;
    for (let i = 0; i < first.length; i++) {
      const byte = first[i];
      if (i > 0) pairSeen[(first[i - 1] << 8) | byte] = stamp;
      if (byteSeen[byte] !== stamp) {
        byteSeen[byte] = stamp;
        counts[byte] = 0;
      }
      counts[byte]++;
    }
    into[then.length] = eofCost(free);
    for (let i = 0; i < then.length; i++) {
      const byte = then[i];
      const previous = i > 0 ? then[i - 1] : first.length > 0 ? first[first.length - 1] : -1;
      if (byteSeen[byte] !== stamp) {
        byteSeen[byte] = stamp;
        counts[byte] = 0;
      }
      const key = (previous << 8) | byte;
      const fresh = previous < 0 || pairSeen[key] !== stamp;
      into[i] = (pairs ? fresh : counts[byte] === 0) ? order0Cost(counts[byte] + 1, free) : 0;
      if (previous >= 0) pairSeen[key] = stamp;
      counts[byte]++;
    }
    for (let i = then.length - 1; i >= 0; i--) into[i] += into[i + 1];
  }
}

/** −log2(m / (m + free) + 2^−25) for m up to 255 (and 0 above, a safe bound), by free slots 0 to 257. */
const ORDER0_COSTS = new Float64Array(258 * 256);
for (let free = 0; free <= 257; free++) {
  for (let m = 1; m < 256; m++) ORDER0_COSTS[free * 256 + m] = Math.max(0, -Math.log2(m / (m + free) + 2 ** -25));
}

function order0Cost(m: number, free: number): number {
  return m < 256 ? ORDER0_COSTS[free * 256 + m] : 0;
}

function eofCost(free: number): number {
  return free <= 1 ? 0 : Math.max(0, -Math.log2(1 / free + 2 ** -25));
}

/** The fewest whole bytes a coding that must write at least `bits` bits ends in (with a hair's margin for rounding). */
function atLeastBytes(bits: number): number {
  return Math.max(0, Math.ceil((bits - 1e-9) / 8));
}

// The coder's precision, as arithcode's ArithCoder: 27-bit integers.
const TOP = 2 ** 27 - 1;
const FIRST_QUARTER = Math.floor(TOP / 4) + 1;
const HALF = 2 * FIRST_QUARTER;
const THIRD_QUARTER = 3 * FIRST_QUARTER;
/** Counts above this halve (PPMNode and the order-0 model). */
const MAX_COUNT = 8 * 1024;
/** A child whose halved count falls below this is dropped (PPMNode.MIN_COUNT). */
const MIN_COUNT = 128;
/** The context window: the order plus the byte predicted, in a buffer of 32 windows (arithcode's ByteBuffer). */
const WINDOW = PPM_ORDER + 1;
const BUFFER = 32 * WINDOW;

// The model lives in one Int32Array so that every write can be undone: the order-1 context
// nodes by byte, the order-0 counts (256 is end of file), then nodes of five fields each.
const CONTEXTS = 0;
const ORDER0 = 256;
const EOF = 256;
const NODES = 520;
const BYTE = 0;
const COUNT = 1;
const OUTCOMES = 2;
const FIRST = 3;
const NEXT = 4;

/**
 * arithcode's PPMModel and ArithEncoder, counting the bits it writes. Nodes are a trie of the
 * last nine bytes read forward from the oldest, each node's children in a list kept most recently
 * seen first (the order counts are summed in, which decides how the coder rounds). `snapshot`
 * and `restore` bring the model back to a state without coding its text again.
 */
class PpmCoder {
  private mem = new Int32Array(1 << 14);
  private top = NODES;
  private logAddress = new Int32Array(1 << 12);
  private logValue = new Int32Array(1 << 12);
  private logLength = 0;
  /** Writes below this address are logged (0: none). */
  private logBelow = 0;
  private readonly buffer = new Uint8Array(BUFFER);
  private bufferOffset = 0;
  private bufferLength = 0;
  private contextLength = 0;
  private context = 0;
  private readonly excluded = new Uint8Array(256);
  private readonly excludedList = new Int32Array(256);
  private excludedCount = 0;
  /** Bytes whose order-0 count is above 1, to sum those counts without reading all 256. */
  private readonly raised = new Uint8Array(256);
  private readonly raisedList = new Int32Array(256);
  private raisedCount = 0;
  private low = 0;
  private high = TOP;
  private follow = 0;
  private bits = 0;
  private lowCount = 0;
  private highCount = 0;
  private totalCount = 0;
  private readonly saved = { top: 0, buffer: new Uint8Array(BUFFER), bufferOffset: 0, bufferLength: 0, contextLength: 0, context: 0, raisedCount: 0, low: 0, high: 0, follow: 0, bits: 0 };

  constructor() {
    this.reset();
  }

  reset(): void {
    this.mem.fill(0, CONTEXTS, ORDER0);
    this.mem.fill(1, ORDER0, EOF + ORDER0 + 1);
    this.top = NODES;
    this.logBelow = 0;
    this.logLength = 0;
    this.bufferOffset = 0;
    this.bufferLength = 0;
    this.contextLength = 0;
    this.context = 0;
    this.clearExcluded();
    for (let i = 0; i < this.raisedCount; i++) this.raised[this.raisedList[i]] = 0;
    this.raisedCount = 0;
    this.low = 0;
    this.high = TOP;
    this.follow = 0;
    this.bits = 0;
  }

  /** Remember the state here; `restore` comes back to it (once each coding after). */
  snapshot(): void {
    const saved = this.saved;
    saved.top = this.top;
    saved.buffer.set(this.buffer);
    saved.bufferOffset = this.bufferOffset;
    saved.bufferLength = this.bufferLength;
    saved.contextLength = this.contextLength;
    saved.context = this.context;
    saved.raisedCount = this.raisedCount;
    saved.low = this.low;
    saved.high = this.high;
    saved.follow = this.follow;
    saved.bits = this.bits;
    this.logBelow = this.top;
    this.logLength = 0;
  }

  restore(): void {
    const { mem, logAddress, logValue, saved } = this;
    for (let i = this.logLength - 1; i >= 0; i--) mem[logAddress[i]] = logValue[i];
    this.logLength = 0;
    this.top = saved.top;
    this.buffer.set(saved.buffer);
    this.bufferOffset = saved.bufferOffset;
    this.bufferLength = saved.bufferLength;
    this.contextLength = saved.contextLength;
    this.context = saved.context;
    this.clearExcluded();
    for (let i = saved.raisedCount; i < this.raisedCount; i++) this.raised[this.raisedList[i]] = 0;
    this.raisedCount = saved.raisedCount;
    this.low = saved.low;
    this.high = saved.high;
    this.follow = saved.follow;
    this.bits = saved.bits;
  }

  code(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) this.encode(bytes[i]);
  }

  /** Bits written and held back so far: the final size is at least this (and the two closing bits). */
  bitsSoFar(): number {
    return this.bits + this.follow;
  }

  /** ArithCodeOutputStream.write: escapes down to a context that knows the byte, then the byte. */
  encode(byte: number): void {
    // Room for the nodes one byte can add (a root and a chain of eight), so that no array moves while the trie is walked.
    if (this.top + 5 * (WINDOW + 1) > this.mem.length) {
      const grown = new Int32Array(this.mem.length * 2);
      grown.set(this.mem);
      this.mem = grown;
    }
    while (this.context !== 0 && !this.hasChild(this.context, byte)) this.escape();
    if (this.context !== 0) this.nodeInterval(this.context, byte);
    else this.order0Interval(byte);
    this.increment(byte);
    this.encodeInterval();
  }

  /** ArithCodeOutputStream.close: end of file (escaped down to order 0), then the coder's last bits; the size in bytes. */
  finish(): number {
    while (this.context !== 0) this.escape();
    this.order0Interval(EOF);
    this.encodeInterval();
    // ArithEncoder.close: one bit more held back, then written with those held; BitOutput fills the last byte with zeros.
    const bits = this.bits + this.follow + 2;
    return Math.ceil(bits / 8);
  }

  private write(address: number, value: number): void {
    if (address < this.logBelow) {
      if (this.logLength === this.logAddress.length) {
        const address2 = new Int32Array(this.logLength * 2);
        address2.set(this.logAddress);
        this.logAddress = address2;
        const value2 = new Int32Array(this.logLength * 2);
        value2.set(this.logValue);
        this.logValue = value2;
      }
      this.logAddress[this.logLength] = address;
      this.logValue[this.logLength++] = this.mem[address];
    }
    this.mem[address] = value;
  }

  private newNode(byte: number, next: number): number {
    const node = this.top;
    this.top += 5;
    const mem = this.mem;
    mem[node + BYTE] = byte;
    mem[node + COUNT] = 1;
    mem[node + OUTCOMES] = 0;
    mem[node + FIRST] = 0;
    mem[node + NEXT] = next;
    return node;
  }

  private clearExcluded(): void {
    for (let i = 0; i < this.excludedCount; i++) this.excluded[this.excludedList[i]] = 0;
    this.excludedCount = 0;
  }

  private exclude(byte: number): void {
    if (this.excluded[byte] === 1) return;
    this.excluded[byte] = 1;
    this.excludedList[this.excludedCount++] = byte;
  }

  private hasChild(node: number, byte: number): boolean {
    const mem = this.mem;
    for (let child = mem[node + FIRST]; child !== 0; child = mem[child + NEXT]) if (mem[child + BYTE] === byte) return true;
    return false;
  }

  /** PPMNode.interval: the counts of the children not excluded, in list order, the escape count last. */
  private nodeInterval(node: number, byte: number): void {
    const { mem, excluded } = this;
    let low = 0;
    let child = mem[node + FIRST];
    for (; child !== 0; child = mem[child + NEXT]) {
      const seen = mem[child + BYTE];
      if (excluded[seen] === 1) continue;
      if (seen === byte) break;
      low += mem[child + COUNT];
    }
    const high = low + mem[child + COUNT];
    let total = high + mem[node + OUTCOMES];
    for (child = mem[child + NEXT]; child !== 0; child = mem[child + NEXT]) if (excluded[mem[child + BYTE]] === 0) total += mem[child + COUNT];
    this.lowCount = low;
    this.highCount = high;
    this.totalCount = total;
  }

  /** PPMModel.intervalEscape: code the escape, exclude the context's children, back off to a shorter context. */
  private escape(): void {
    const { mem, excluded } = this;
    const node = this.context;
    let total = mem[node + OUTCOMES];
    for (let child = mem[node + FIRST]; child !== 0; child = mem[child + NEXT]) if (excluded[mem[child + BYTE]] === 0) total += mem[child + COUNT];
    this.lowCount = total - mem[node + OUTCOMES];
    this.highCount = total;
    this.totalCount = total;
    for (let child = mem[node + FIRST]; child !== 0; child = mem[child + NEXT]) this.exclude(mem[child + BYTE]);
    this.contextLength--;
    this.longToShort();
    this.encodeInterval();
  }

  /** ExcludingAdaptiveUnigramModel.interval: every byte counts 1 until coded here, end of file last; the byte's count goes up. */
  private order0Interval(symbol: number): void {
    const { mem, excluded, raised, raisedList } = this;
    // Counts of the bytes not excluded below the symbol, and in all: 1 each, plus what the raised ones gained.
    let below = symbol;
    let all = 256;
    for (let i = 0; i < this.excludedCount; i++) {
      all--;
      if (this.excludedList[i] < symbol) below--;
    }
    for (let i = 0; i < this.raisedCount; i++) {
      const byte = raisedList[i];
      if (excluded[byte] === 1) continue;
      const extra = mem[ORDER0 + byte] - 1;
      all += extra;
      if (byte < symbol) below += extra;
    }
    const count = mem[ORDER0 + symbol];
    this.lowCount = below;
    this.highCount = below + count;
    this.totalCount = all + mem[ORDER0 + EOF];
    if (symbol !== EOF && raised[symbol] === 0) {
      raised[symbol] = 1;
      raisedList[this.raisedCount++] = symbol;
    }
    this.write(ORDER0 + symbol, count + 1);
    if (count + 1 > MAX_COUNT) for (let i = 0; i <= EOF; i++) this.write(ORDER0 + i, (mem[ORDER0 + i] + 1) >> 1);
  }

  /** ArithEncoder.encode: narrow the range, then shift out the bits it has settled (or hold them back, straddling the half). */
  private encodeInterval(): void {
    const range = this.high - this.low + 1;
    let high = this.low + Math.floor((range * this.highCount) / this.totalCount) - 1;
    let low = this.low + Math.floor((range * this.lowCount) / this.totalCount);
    for (;;) {
      if (high < HALF) {
        this.bits += 1 + this.follow;
        this.follow = 0;
      } else if (low >= HALF) {
        this.bits += 1 + this.follow;
        this.follow = 0;
        low -= HALF;
        high -= HALF;
      } else if (low >= FIRST_QUARTER && high < THIRD_QUARTER) {
        this.follow++;
        low -= FIRST_QUARTER;
        high -= FIRST_QUARTER;
      } else break;
      low *= 2;
      high = high * 2 + 1;
    }
    this.low = low;
    this.high = high;
  }

  /** PPMModel.increment: the byte joins the window, every prefix of the window gains a count, then the next context is found. */
  private increment(byte: number): void {
    const buffer = this.buffer;
    // ByteBuffer.buffer, as written: on reaching the buffer's end the window is moved down one short, and keeps one stale byte.
    if (this.bufferOffset + this.bufferLength > BUFFER - 1) {
      for (let i = 0; i < this.bufferLength - 1; i++) buffer[i] = buffer[this.bufferOffset + i + 1];
      this.bufferOffset = 0;
    }
    buffer[this.bufferOffset + this.bufferLength] = byte;
    if (this.bufferLength < WINDOW) this.bufferLength++;
    else this.bufferOffset++;
    const first = buffer[this.bufferOffset];
    let root = this.mem[CONTEXTS + first];
    if (root === 0) {
      root = this.newNode(first, 0);
      this.write(CONTEXTS + first, root);
    }
    if (this.bufferLength > 1) this.nodeIncrement(root, this.bufferOffset + 1, this.bufferLength - 1);
    this.contextLength = Math.min(PPM_ORDER, this.bufferLength);
    this.binarySearch();
    this.clearExcluded();
  }

  /** PPMNode.increment: down the window's bytes, new nodes as needed, each found child moved to the front of its list. */
  private nodeIncrement(node: number, offset: number, length: number): void {
    const mem = this.mem;
    const byte = this.buffer[offset];
    const first = mem[node + FIRST];
    if (first === 0) {
      this.write(node + OUTCOMES, mem[node + OUTCOMES] + 1);
      const child = this.newNode(byte, 0);
      this.write(node + FIRST, child);
      if (length > 1) this.complete(child, offset + 1, length - 1);
      return;
    }
    let previous = 0;
    for (let child = first; ; child = mem[child + NEXT]) {
      if (mem[child + BYTE] === byte) {
        if (length > 1) this.nodeIncrement(child, offset + 1, length - 1);
        if (previous !== 0) {
          this.write(previous + NEXT, mem[child + NEXT]);
          this.write(child + NEXT, mem[node + FIRST]);
          this.write(node + FIRST, child);
        }
        const count = mem[child + COUNT] + 1;
        this.write(child + COUNT, count);
        if (count > MAX_COUNT) this.rescale(node);
        return;
      }
      if (mem[child + NEXT] === 0) {
        this.write(node + OUTCOMES, mem[node + OUTCOMES] + 1);
        const added = this.newNode(byte, mem[node + FIRST]);
        this.write(node + FIRST, added);
        if (length > 1) this.complete(added, offset + 1, length - 1);
        return;
      }
      previous = child;
    }
  }

  /** PPMNode.complete: a chain of new nodes for the rest of the context window (the bytes still to be modelled). */
  private complete(node: number, offset: number, length: number): void {
    while (length > 0) {
      this.write(node + OUTCOMES, this.mem[node + OUTCOMES] + 1);
      const child = this.newNode(this.buffer[offset], 0);
      this.write(node + FIRST, child);
      node = child;
      offset++;
      length--;
    }
  }

  /** PPMNode.rescale: halve the escape count (rounding up) and every child's count, dropping those below MIN_COUNT. */
  private rescale(node: number): void {
    this.write(node + OUTCOMES, (this.mem[node + OUTCOMES] + 1) >> 1);
    let kept = 0;
    let last = 0;
    for (let child = this.mem[node + FIRST]; child !== 0; child = this.mem[child + NEXT]) {
      const count = this.mem[child + COUNT] >> 1;
      this.write(child + COUNT, count);
      if (count < MIN_COUNT) continue;
      if (last === 0) kept = child;
      else this.write(last + NEXT, child);
      last = child;
    }
    if (last !== 0) this.write(last + NEXT, 0);
    this.write(node + FIRST, kept);
  }

  /** The node of the context of the last `length` bytes, or 0. */
  private lookupNode(length: number): number {
    const mem = this.mem;
    const end = this.bufferOffset + this.bufferLength;
    let node = mem[CONTEXTS + this.buffer[end - length]];
    for (let at = end - length + 1; node !== 0 && at < end; at++) {
      const byte = this.buffer[at];
      let child = mem[node + FIRST];
      while (child !== 0 && mem[child + BYTE] !== byte) child = mem[child + NEXT];
      node = child;
    }
    return node;
  }

  private childless(node: number): boolean {
    const mem = this.mem;
    for (let child = mem[node + FIRST]; child !== 0; child = mem[child + NEXT]) if (this.excluded[mem[child + BYTE]] === 0) return false;
    return true;
  }

  /** PPMNode.isDeterministic: one child, exclusions not read (as arithcode does, "10-12% faster"). */
  private deterministic(node: number): boolean {
    return this.mem[this.mem[node + FIRST] + NEXT] === 0;
  }

  /** PPMModel.getContextNodeBinarySearch: the context to code the next byte in, searched by length between 1 and the order. */
  private binarySearch(): void {
    let low = 1;
    let high = this.contextLength;
    this.contextLength = 0;
    this.context = 0;
    let deterministic = false;
    while (high >= low) {
      const length = (high + low) >> 1;
      const node = this.lookupNode(length);
      if (node === 0 || this.childless(node)) {
        if (length < high) high = length;
        else high--;
      } else if (this.deterministic(node)) {
        this.contextLength = length;
        this.context = node;
        deterministic = true;
        if (length < high) high = length;
        else high--;
      } else if (!deterministic) {
        this.contextLength = length;
        this.context = node;
        if (length > low) low = length;
        else low++;
      } else if (length > low) low = length;
      else low++;
    }
  }

  /** PPMModel.getContextNodeLongToShort: after an escape, the longest shorter context with a child not excluded, backed off to the shortest deterministic one. */
  private longToShort(): void {
    while (this.contextLength >= 1) {
      let node = this.lookupNode(this.contextLength);
      if (node === 0 || this.childless(node)) {
        this.contextLength--;
        continue;
      }
      while (this.contextLength > 1 && this.deterministic(node)) {
        const shorter = this.lookupNode(this.contextLength - 1);
        if (shorter === 0 || this.mem[shorter + FIRST] === 0 || !this.deterministic(shorter)) break;
        node = shorter;
        this.contextLength--;
      }
      this.context = node;
      return;
    }
    this.context = 0;
  }
}

/** A text's bytes as Java's getBytes writes them in UTF-8: a lone surrogate as "?". */
function utf8(text: string): Uint8Array {
  if (isAscii(text)) {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }
  return ENCODER.encode(text.replace(LONE_SURROGATE, "?"));
}

const ENCODER = new TextEncoder();
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
