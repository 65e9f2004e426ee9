import { registerTextMemo } from "../text/textMemos";

/**
 * A pure text function remembered for its recent arguments: one resolve asks for the same
 * normal forms of a name many times (whole name, words, keys), and a stream of distinct
 * names must not grow memory, so the memory is dropped whole once it holds `limit` answers.
 */
export function boundedMemo(compute: (text: string) => string, limit = 20_000): (text: string) => string {
  let known = new Map<string, string>();
  registerTextMemo(() => (known = new Map()));
  return (text: string): string => {
    const found = known.get(text);
    if (found !== undefined) return found;
    const value = compute(text);
    if (known.size >= limit) known = new Map();
    known.set(text, value);
    return value;
  };
}
