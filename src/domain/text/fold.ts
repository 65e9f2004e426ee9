import { registerTextMemo } from "./textMemos";

const cache = new Map<string, string>();
registerTextMemo(() => cache.clear());
const CACHE_LIMIT = 50_000;
const CACHEABLE_LENGTH = 200;

/**
 * Case-, accent- and spacing-insensitive form of a text, for comparing vocabulary values
 * and names. Memoised: a sheet repeats the same few thousand names across its rows.
 */
export function fold(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const folded = plainAscii(text) ? text.toLowerCase() : text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  if (text.length <= CACHEABLE_LENGTH) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

/**
 * Whether a text is printable ASCII with single spaces between words and none at either end:
 * NFKD, the accents and the spaces rules change nothing there, and folding is lower-casing.
 */
function plainAscii(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e || c < 0x20) return false;
    if (c === 0x20 && (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20)) return false;
  }
  return true;
}

/** Like `fold`, and drops every character that is not a letter or a digit: for header names. */
export function compactKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, "");
}
