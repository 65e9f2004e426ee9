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
  private readonly byTokenCount = new Map<number, IndexedName[]>();
  private readonly byFirstToken = new Map<string, IndexedName[]>();
  /** Token count → total letters of the words → names: a typo of two edits at most changes the total by two at most. */
  private readonly byShape = new Map<number, Map<number, IndexedName[]>>();
  /** Token count → position → word → the names with that word there (a typo of two edits leaves all but two words as they are). */
  private readonly byPositionWord: Map<string, IndexedName[]>[][] = [];
  /** Each name's words run together, and every form of it with one character deleted → the names (symmetric deletion). */
  private readonly byDeletion = new Map<string, IndexedName[]>();
  /**
   * Names of two words: the first word, and every form of it with one character deleted →
   * the names. Where both words of a two-word name differ, each is one edit away (two in
   * all at most), and words one edit apart share such a form.
   */
  private readonly twoWordsByFirstDeletion = new Map<string, IndexedName[]>();

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
    let bucket = this.byTokenCount.get(tokens.length);
    if (!bucket) this.byTokenCount.set(tokens.length, (bucket = []));
    const compact = tokens.join("");
    const letters = tokens.reduce((sum, token) => sum + token.length, 0);
    // The order a scan of byTokenCount's buckets meets the names in: bucket by bucket, in insertion order.
    const order = [...this.byTokenCount.keys()].indexOf(tokens.length) * 2 ** 32 + bucket.length;
    const named: IndexedName = { tokens, target, compact, order, position: bucket.length, letters, digits: tokens.map((token) => DIGIT.test(token)) };
    bucket.push(named);
    const positions = (this.byPositionWord[tokens.length] ??= tokens.map(() => new Map()));
    tokens.forEach((token, i) => pushTo(positions[i], token, named));
    let shapes = this.byShape.get(tokens.length);
    if (!shapes) this.byShape.set(tokens.length, (shapes = new Map()));
    pushTo(shapes, letters, named);
    for (const variant of deletionsOf(compact)) pushTo(this.byDeletion, variant, named);
    if (tokens.length === 2) for (const variant of deletionsOf(tokens[0])) pushTo(this.twoWordsByFirstDeletion, variant, named);
    if (tokens.length > 0) {
      const first = this.byFirstToken.get(tokens[0]) ?? [];
      first.push(named);
      this.byFirstToken.set(tokens[0], first);
    }
  }

  /** Every key the index holds, of every layer. */
  *heldKeys(): Iterable<string> {
    for (const layer of this.layers) if (layer) yield* layer.keys();
  }

  /**
   * The targets of the first layer whose key the text shares, with that layer's number: each
   * layer's key (computed with the index's own key function) asked only where the layers
   * before found nothing.
   */
  findByLayers(keys: { layer(layer: number): string }): { targets: IndexTarget[]; layer: number } | undefined {
    for (let layer = 0; layer < this.layers.length; layer++) {
      const map = this.layers[layer];
      if (!map) continue;
      const key = keys.layer(layer);
      const targets = key ? map.get(key) : undefined;
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
    if (tokens.length === 0 || !this.byTokenCount.has(tokens.length)) return undefined;
    // A one-word name needs six letters to be taken for a typo: shorter words are fragments ("Ansar").
    if (tokens.length === 1 && tokens[0].length < 6) return undefined;
    // Only names whose words hold two letters more or fewer in all can be two edits away.
    const letters = tokens.reduce((sum, token) => sum + token.length, 0);
    // Every word that differs costs an edit: a name of three words or more keeps one word at least where it was.
    if (tokens.length >= 3) return closestByWords(tokens, this.sharingAWordInPlace(tokens, letters), isProtected);
    if (tokens.length === 2) return closestByWords(tokens, this.twoWordsWithinTwoEdits(tokens, letters), isProtected);
    // One word of fewer than nine letters allows one typo at most (lettersAllowed of the shorter word): the names one edit away share a form with one character deleted.
    if (tokens[0].length < 9) return closestByWords(tokens, this.oneWordWithinOneEdit(tokens[0], letters), isProtected);
    const shapes = this.byShape.get(tokens.length)!;
    const bands: IndexedName[][] = [];
    for (let total = letters - 2; total <= letters + 2; total++) {
      const band = shapes.get(total);
      if (band) bands.push(band);
    }
    return closestByWords(tokens, bands.length === 1 ? bands[0] : inScanOrder(bands), isProtected);
  }

  /**
   * The names of as many words as `tokens` that have one of its words in the same place and
   * two letters more or fewer in all, in scan order: among names of three words or more,
   * every name two edits away at most.
   */
  private sharingAWordInPlace(tokens: readonly string[], letters: number): IndexedName[] {
    const positions = this.byPositionWord[tokens.length];
    const lists = tokens.map((token, i) => positions[i].get(token));
    // Each word that differs costs an edit at least: two edits leave all words but two in place.
    return tokens.length > 3 ? inPlaceAtLeast(lists, letters, tokens.length - 2) : inBand(lists, letters);
  }

  /** The one-word names one edit away at most from `word`, and more, in scan order: those sharing with it a form with one character deleted. */
  private oneWordWithinOneEdit(word: string, letters: number): IndexedName[] {
    const lists: IndexedName[][] = [];
    for (const variant of deletionsOf(word)) {
      const list = this.byDeletion.get(variant);
      if (list) lists.push(list.filter((named) => named.tokens.length === 1));
    }
    return inBand(lists, letters);
  }

  /**
   * The names of two words two edits away at most from `tokens` (two words), and more, in
   * scan order: those with one of its words in place, and those whose first word shares a
   * form with one character deleted with its first word (both words differ: one edit each).
   */
  private twoWordsWithinTwoEdits(tokens: readonly string[], letters: number): IndexedName[] {
    const lists = this.byPositionWord[2].map((words, i) => words.get(tokens[i]));
    for (const variant of deletionsOf(tokens[0])) lists.push(this.twoWordsByFirstDeletion.get(variant));
    return inBand(lists, letters);
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

  /**
   * Names one edit away from the text with its words run together ("PKP" → PK, PKM):
   * suggestions only. Two strings one edit apart (a letter changed, added, dropped, or two
   * swapped) are equal once one character at most is deleted from each: only the names that
   * share such a form with the text are compared.
   */
  near(compact: string): string[] {
    const seen = new Set<IndexedName>();
    const close: IndexedName[] = [];
    for (const variant of deletionsOf(compact)) {
      for (const named of this.byDeletion.get(variant) ?? []) {
        if (seen.has(named)) continue;
        seen.add(named);
        if (editDistance(compact, named.compact, 1) <= 1) close.push(named);
      }
    }
    close.sort((a, b) => a.order - b.order);
    const found: string[] = [];
    for (const { target } of close) if (!found.includes(target.canonical)) found.push(target.canonical);
    return found;
  }
}

/** One indexed name: its words, its words run together, and where a scan of its bucket meets it. */
interface IndexedName {
  tokens: string[];
  target: IndexTarget;
  compact: string;
  /** Rank in a scan of every bucket. */
  order: number;
  /** Rank in its bucket of names with as many words. */
  position: number;
  /** The letters of its words, in all. */
  letters: number;
  /** Which words hold a digit (no typo allowed in them). */
  digits: boolean[];
}

function pushTo<K>(map: Map<K, IndexedName[]>, key: K, named: IndexedName): void {
  const list = map.get(key);
  if (list) list.push(named);
  else map.set(key, [named]);
}

/** The names of `lists` (of names with as many words) whose words hold two letters more or fewer than `letters` in all, each once, in scan order. */
function inBand(lists: readonly (IndexedName[] | undefined)[], letters: number): IndexedName[] {
  const found: IndexedName[] = [];
  const seen = new Set<IndexedName>();
  for (const list of lists) {
    for (const named of list ?? []) {
      if (named.letters < letters - 2 || named.letters > letters + 2 || seen.has(named)) continue;
      seen.add(named);
      found.push(named);
    }
  }
  return found.sort((a, b) => a.position - b.position);
}

/** As `inBand`, only the names found in `atLeast` of the lists (a name is in a list once: its word in that place). */
function inPlaceAtLeast(lists: readonly (IndexedName[] | undefined)[], letters: number, atLeast: number): IndexedName[] {
  const counts = new Map<IndexedName, number>();
  for (const list of lists) {
    for (const named of list ?? []) {
      if (named.letters < letters - 2 || named.letters > letters + 2) continue;
      counts.set(named, (counts.get(named) ?? 0) + 1);
    }
  }
  const found: IndexedName[] = [];
  for (const [named, count] of counts) if (count >= atLeast) found.push(named);
  return found.sort((a, b) => a.position - b.position);
}

/** Lists each in scan order, merged into one in scan order. */
function inScanOrder(lists: IndexedName[][]): IndexedName[] {
  const merged: IndexedName[] = [];
  const next = lists.map(() => 0);
  for (;;) {
    let from = -1;
    for (let i = 0; i < lists.length; i++) {
      if (next[i] < lists[i].length && (from < 0 || lists[i][next[i]].position < lists[from][next[from]].position)) from = i;
    }
    if (from < 0) return merged;
    merged.push(lists[from][next[from]++]);
  }
}

/** The text and every form of it with one UTF-16 code unit deleted, each once. */
function deletionsOf(text: string): Set<string> {
  const forms = new Set<string>([text]);
  for (let i = 0; i < text.length; i++) forms.add(text.slice(0, i) + text.slice(i + 1));
  return forms;
}

/**
 * The names among `candidates` (in scan order) whose words match the query's word for word
 * within the allowed typos, two edits at most in all; those with the fewest edits.
 */
function closestByWords(tokens: string[], candidates: readonly IndexedName[], isProtected: (word: string) => boolean): { targets: IndexTarget[]; edits: number; word: string } | undefined {
  let best: IndexTarget[] = [];
  let bestEdits = Infinity;
  let bestWord = "";
  // The query's words that allow no typo whatever the other word (digits, protected words).
  const exact = tokens.map((a) => DIGIT.test(a) || isProtected(a));
  for (const { tokens: candidate, target, digits } of candidates) {
    let edits = 0;
    let word = "";
    for (let i = 0; i < tokens.length && edits < 3; i++) {
      const a = tokens[i];
      const b = candidate[i];
      if (a === b) continue;
      // Two edits at most are ever allowed in a word: a longer or shorter word is out at once.
      const gap = a.length - b.length;
      if (gap > 2 || gap < -2) {
        edits = 3;
        break;
      }
      // The typos allowed in this word (none with digits or in protected words), cheapest checks first.
      let limit = lettersAllowed(Math.min(a.length, b.length), tokens.length);
      if (limit > 0 && (exact[i] || digits[i] || isProtected(b))) limit = 0;
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
 * The letter typos the length of the shorter word allows, in a name of `words` words
 * (words with digits and protected words allow none): one in words of five letters or
 * more, or of four in a name of several words (the other words then carry the match); two
 * from nine letters.
 */
function lettersAllowed(length: number, words: number): number {
  if (length >= 9) return 2;
  if (length >= 5 || (length === 4 && words >= 2)) return 1;
  return 0;
}

const DIGIT = /\d/;
