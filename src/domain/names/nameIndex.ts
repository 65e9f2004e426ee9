import { editDistance } from "../text/closest";

/** What a key of the index leads to. */
export interface IndexTarget {
  canonical: string;
  /** How the indexed name relates to the canonical one. */
  relation: "canonical" | "alias" | "variant";
  /** The name as the dictionary writes it. */
  name: string;
  /** Where the name comes from (built-in dictionary, the workbook's own). */
  source: string;
}

/** The keys of one name, from the most to the least literal; index and query use the same function. */
export type KeysOf = (text: string) => string[];

/**
 * Names under their keys, layer by layer (exact words, words run together, words in any
 * order), and by their words for a bounded fuzzy search.
 */
export class NameIndex {
  private readonly layers: Map<string, IndexTarget[]>[] = [];
  private readonly byTokenCount = new Map<number, { tokens: string[]; target: IndexTarget }[]>();
  private readonly byFirstToken = new Map<string, { tokens: string[]; target: IndexTarget }[]>();

  constructor(private readonly keysOf: KeysOf, private readonly tokensOf: (text: string) => string[]) {}

  add(target: IndexTarget): void {
    const keys = this.keysOf(target.name);
    keys.forEach((key, layer) => {
      if (!key) return;
      const map = this.layers[layer] ?? (this.layers[layer] = new Map());
      const list = map.get(key) ?? [];
      if (!list.some((t) => t.canonical === target.canonical)) list.push(target);
      map.set(key, list);
    });
    const tokens = this.tokensOf(target.name);
    const bucket = this.byTokenCount.get(tokens.length) ?? [];
    bucket.push({ tokens, target });
    this.byTokenCount.set(tokens.length, bucket);
    if (tokens.length > 0) {
      const first = this.byFirstToken.get(tokens[0]) ?? [];
      first.push({ tokens, target });
      this.byFirstToken.set(tokens[0], first);
    }
  }

  /** The targets of the first layer whose key the text shares, with that layer's number. */
  find(text: string): { targets: IndexTarget[]; layer: number } | undefined {
    return this.findByKeys(this.keysOf(text));
  }

  /** As `find`, for keys already computed with the index's own key function. */
  findByKeys(keys: string[]): { targets: IndexTarget[]; layer: number } | undefined {
    for (let layer = 0; layer < keys.length; layer++) {
      const targets = keys[layer] ? this.layers[layer]?.get(keys[layer]) : undefined;
      if (targets && targets.length > 0) return { targets, layer };
    }
    return undefined;
  }

  /**
   * Names whose words match the text's word for word, allowing a letter typo or two in long
   * words only. Words with digits, short words and protected words (nationalities,
   * countries) must match exactly: digits and suffixes are identity, and "Nigerian" is not
   * "Nigerien". Returns the matches with the fewest edits.
   */
  fuzzy(text: string, isProtected: (word: string) => boolean): { targets: IndexTarget[]; edits: number; word: string } | undefined {
    const tokens = this.tokensOf(text);
    const bucket = this.byTokenCount.get(tokens.length);
    if (!bucket || tokens.length === 0) return undefined;
    // A one-word name needs six letters to be taken for a typo: shorter words are fragments ("Ansar").
    if (tokens.length === 1 && tokens[0].length < 6) return undefined;
    let best: IndexTarget[] = [];
    let bestEdits = Infinity;
    let bestWord = "";
    for (const { tokens: candidate, target } of bucket) {
      let edits = 0;
      let word = "";
      for (let i = 0; i < tokens.length && edits < 3; i++) {
        const a = tokens[i];
        const b = candidate[i];
        if (a === b) continue;
        const limit = allowedEdits(a, b, isProtected, tokens.length);
        if (limit === 0) {
          edits = 3;
          break;
        }
        const distance = editDistance(a, b, limit);
        if (distance > limit) {
          edits = 3;
          break;
        }
        edits += distance;
        word = a;
      }
      if (edits === 0 || edits > 2) continue;
      if (edits < bestEdits) {
        best = [target];
        bestEdits = edits;
        bestWord = word;
      } else if (edits === bestEdits && !best.some((t) => t.canonical === target.canonical)) {
        best.push(target);
      }
    }
    return best.length > 0 ? { targets: best, edits: bestEdits, word: bestWord } : undefined;
  }

  /**
   * Names that begin with the same words as the text, the longest shared beginning first
   * (two words at least where the text has two): candidates to suggest, never to map.
   */
  sharingPrefix(text: string, limit = 5): string[] {
    const tokens = this.tokensOf(text);
    if (tokens.length === 0) return [];
    let best = Math.min(2, tokens.length);
    let found: string[] = [];
    for (const { tokens: candidate, target } of this.byFirstToken.get(tokens[0]) ?? []) {
      {
        let shared = 0;
        while (shared < tokens.length && shared < candidate.length && candidate[shared] === tokens[shared]) shared++;
        if (shared < best) continue;
        if (shared > best) {
          best = shared;
          found = [];
        }
        if (!found.includes(target.canonical)) found.push(target.canonical);
      }
    }
    if (found.length === 0 && tokens.length === 1) found = this.near(tokens[0]);
    return found.slice(0, limit);
  }

  /** Names one edit away from the text with its words run together ("PKP" → PK, PKM): suggestions only. */
  private near(compact: string): string[] {
    const found: string[] = [];
    for (const bucket of this.byTokenCount.values()) {
      for (const { tokens, target } of bucket) {
        if (!found.includes(target.canonical) && editDistance(compact, tokens.join(""), 1) <= 1) found.push(target.canonical);
      }
    }
    return found;
  }
}

/**
 * Letter typos allowed in one word: none in words with digits or in protected words; one
 * in words of five letters or more, or of four in a name of several words (the other words
 * then carry the match); two from nine letters.
 */
function allowedEdits(a: string, b: string, isProtected: (word: string) => boolean, words: number): number {
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  if (isProtected(a) || isProtected(b)) return 0;
  const length = Math.min(a.length, b.length);
  if (length >= 9) return 2;
  if (length >= 5 || (length === 4 && words >= 2)) return 1;
  return 0;
}
