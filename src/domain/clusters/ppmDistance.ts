import { isAscii } from "../text/isAscii";

/**
 * The PPM-like distance of OpenRefine's kNN clusterer (vicino's PPMDistance over a
 * PseudoMetricDistance): d(x, y) = 10 × ((C(xy) + C(yx)) / (C(xx) + C(yy)) − 1), where C is
 * the compressed size of a text's UTF-8 bytes (the factor 10 is vicino's, so that OpenRefine's
 * default radius of 1 means sizes within a tenth). OpenRefine compresses with an arithmetic coder
 * over an order-8 PPM model; here C is the code length such a coder reaches (−log2 of each
 * byte's probability under PPM with escape method C and exclusion, in bytes), without the
 * coder's rounding to whole bytes. Equal texts are at 0; unrelated texts near 10.
 */
export function ppmDistance(order = PPM_ORDER): (a: string, b: string) => number {
  const doubled = new Map<string, number>();
  const selfSize = (text: string) => {
    let size = doubled.get(text);
    if (size === undefined) {
      if (doubled.size > 50_000) doubled.clear();
      size = ppmSize(text + text, order);
      doubled.set(text, size);
    }
    return size;
  };
  return (a, b) => {
    if (a === b) return 0;
    return 10 * ((ppmSize(a + b, order) + ppmSize(b + a, order)) / (selfSize(a) + selfSize(b)) - 1);
  };
}

/** OpenRefine's model order (vicino's `new PPMModel(8)`). */
export const PPM_ORDER = 8;

/** The size in bytes a PPM coder of the given order takes for a text's UTF-8 bytes. */
export function ppmSize(text: string, order = PPM_ORDER): number {
  const bytes = utf8(text);
  // Contexts in a trie read backwards from the byte being coded: the root is the empty
  // context, its child by the previous byte the order-1 context, and so on.
  const root = newContext();
  const path: Context[] = [];
  const excluded = new Uint8Array(256);
  const touched: number[] = [];
  let bits = 0;
  for (let i = 0; i < bytes.length; i++) {
    const symbol = bytes.charCodeAt(i);
    path.length = 0;
    let node: Context | undefined = root;
    path.push(root);
    for (let length = 1; length <= order && length <= i; length++) {
      node = node.children.get(bytes.charCodeAt(i - length));
      if (!node) break;
      path.push(node);
    }
    let coded = false;
    for (let p = path.length - 1; p >= 0 && !coded; p--) {
      const context = path[p];
      let total = 0;
      let distinct = 0;
      let count = 0;
      for (let s = 0; s < context.symbols.length; s++) {
        const seen = context.symbols[s];
        if (excluded[seen] === 1) continue;
        total += context.counts[s];
        distinct++;
        if (seen === symbol) count = context.counts[s];
      }
      if (distinct === 0) continue;
      if (count > 0) {
        bits -= Math.log2(count / (total + distinct));
        coded = true;
      } else {
        bits -= Math.log2(distinct / (total + distinct));
        for (const seen of context.symbols) {
          if (excluded[seen] === 0) touched.push(seen);
          excluded[seen] = 1;
        }
      }
    }
    // Never seen in any context: every byte not yet excluded is equally likely.
    if (!coded) bits += Math.log2(256 - touched.length);
    for (const seen of touched) excluded[seen] = 0;
    touched.length = 0;
    // Every context of this byte, up to the order, learns it (the deeper ones made as needed).
    node = root;
    for (let length = 0; ; length++) {
      const at = node.symbols.indexOf(symbol);
      if (at >= 0) node.counts[at]++;
      else {
        node.symbols.push(symbol);
        node.counts.push(1);
      }
      if (length === order || length === i) break;
      const previous = bytes.charCodeAt(i - length - 1);
      let child = node.children.get(previous);
      if (!child) node.children.set(previous, (child = newContext()));
      node = child;
    }
  }
  return bits / 8;
}

interface Context {
  children: Map<number, Context>;
  symbols: number[];
  counts: number[];
}

function newContext(): Context {
  return { children: new Map(), symbols: [], counts: [] };
}

/** A text's UTF-8 bytes, one character each (what Java's getBytes gives under UTF-8; a lone surrogate as U+FFFD). */
function utf8(text: string): string {
  if (isAscii(text)) return text;
  const bytes: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return String.fromCharCode(...bytes);
}
