import { bigramLayerKey, mayTransliterate, sortedUnique, transliteratedWord } from "./actorKeys";

/**
 * A text's keys for a look-up, layer by layer (0 to 4, as `keysOfTokens` gives them), "" for a
 * layer no held key can equal. The words-in-any-order and letter-pair keys are computed when
 * first asked.
 */
export class LookupKeys {
  private sorted: string | undefined;
  private bigram: string | undefined;

  constructor(
    private readonly tokens: readonly string[],
    private readonly spaced: string,
    private readonly compact: string,
    private readonly transliterated: string,
    private readonly wordsHeld: boolean,
    /**
     * Whether a held letter-pair key can equal the text's (eight letters or more, no digit):
     * yes, no, or (ASCII texts) where these hashes of held keys' sets of pairs hold the text's,
     * told when first asked.
     */
    private readonly bigramHeld: boolean | ReadonlySet<number>,
  ) {}

  /** Every layer's key, computed as `keysOfTokens` computes them (a look-up with every key: no vocabulary held). */
  static of(tokens: readonly string[], keys: readonly string[]): LookupKeys {
    const found = new LookupKeys(tokens, keys[0], keys[1], keys[3], true, true);
    found.sorted = keys[2];
    found.bigram = keys[4];
    return found;
  }

  /** The key of a layer: 0 exact words, 1 words run together, 2 words in any order, 3 transliterated, 4 letter pairs. */
  layer(layer: number): string {
    switch (layer) {
      case 0:
        return this.spaced;
      case 1:
        return this.compact;
      case 2:
        return (this.sorted ??= this.wordsHeld ? sortedUnique(this.tokens) : "");
      case 3:
        return this.transliterated;
      default: {
        if (this.bigram === undefined) {
          const one = this.tokens.length === 1;
          const held = typeof this.bigramHeld === "boolean" ? this.bigramHeld : this.bigramHeld.has(pairsHash(this.tokens));
          this.bigram = held ? bigramLayerKey(one ? this.tokens[0] : this.tokens.join(""), this.spaced || (one ? this.tokens[0] : this.tokens.join(" "))) : "";
        }
        return this.bigram;
      }
    }
  }
}

/** The keys of a text without words. */
const NO_KEYS = LookupKeys.of([], ["", "", "", "", ""]);

/**
 * What the keys a resolver holds are made of (every key of its index's layers and of its
 * country-dependent names), so that a look-up computes only the keys that can be found: a
 * layer whose key has a word no held key has, whose letter pairs no held bigram key has, or
 * whose words run together begin as no held key does, is left empty (an empty key is never
 * looked up). The keys computed are `keysOfTokens`'s, letter for letter: a look-up finds
 * what it found with every key computed.
 */
export class KeyVocabulary {
  private readonly words = new Set<string>();
  /** The set-of-pairs hash of every held bigram key of ASCII letters. */
  private readonly bigramHashes = new Set<number>();
  /**
   * Every beginning of one to four characters of every held key but the bigram keys: a
   * name's words run together equal a held key only where its first word's first four
   * characters (or the whole word, if shorter) are among them.
   */
  private readonly heads = new Set<string>();

  /** `keys`: every key the resolver's maps hold, of any layer. */
  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      if (key.startsWith("#")) {
        const hash = hashOfBigramKey(key);
        if (hash !== undefined) this.bigramHashes.add(hash);
      } else {
        for (const word of key.split(" ")) this.words.add(word);
        for (let length = 1; length <= Math.min(HEAD, key.length); length++) this.heads.add(key.slice(0, length));
      }
    }
  }

  /**
   * `keysOfTokens(tokens)`, with "" for each layer whose key no held key can equal; the
   * layers that cost most (words in any order, letter pairs) computed only when asked, as a
   * look-up asks them only where the layers before found nothing.
   */
  keysWorthLookingUp(tokens: readonly string[]): LookupKeys {
    if (tokens.length === 0) return NO_KEYS;
    // One pass over the letters: what the layers' conditions need (see actorKeys.ts).
    readLetters(tokens);
    const one = tokens.length === 1;
    const first = tokens[0];
    const compact = this.heads.has(first.length > HEAD ? first.slice(0, HEAD) : first) ? (one ? first : tokens.join("")) : "";
    const wordsHeld = this.allHeld(tokens);
    const spaced = !wordsHeld ? "" : one ? first : tokens.join(" ");
    const transliterated = read.transliterates ? this.heldTransliteration(tokens) : spaced;
    const bigramHeld = read.letters < 8 || read.digit ? false : !read.ascii || this.bigramHashes;
    return new LookupKeys(tokens, spaced, compact, transliterated, wordsHeld, bigramHeld);
  }

  private allHeld(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) if (!this.words.has(words[i])) return false;
    return true;
  }

  /** `transliterationKey(tokens)` where every word of it is held, else "" (told word by word, the key built only then). */
  private heldTransliteration(tokens: readonly string[]): string {
    // The words it leaves as they are first: no regular expression runs where one of them is not held.
    for (let i = 0; i < tokens.length; i++) if (!mayTransliterate(tokens[i]) && !this.words.has(tokens[i])) return "";
    const words: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = transliteratedWord(tokens[i]);
      if (!this.words.has(word)) return "";
      words.push(word);
    }
    return words.join(" ");
  }
}

/**
 * What one pass over a name's words run together tells (into `read`): its length, whether it
 * holds an ASCII digit or a character outside ASCII, and whether a word holds what the
 * transliteration key changes ("ee", "oo", "ou", a doubled a, i or u: `mayTransliterate`).
 */
function readLetters(tokens: readonly string[]): void {
  let letters = 0;
  let digit = false;
  let ascii = true;
  let transliterates = false;
  for (const token of tokens) {
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      if (c > 0x7f) ascii = false;
      else if (c >= 0x30 && c <= 0x39) digit = true;
      if (i > 0 && !transliterates) {
        const before = token.charCodeAt(i - 1);
        if (c === before ? c === 0x65 || c === 0x6f || c === 0x61 || c === 0x69 || c === 0x75 : before === 0x6f && c === 0x75) transliterates = true;
      }
    }
    letters += token.length;
  }
  read.letters = letters;
  read.digit = digit;
  read.ascii = ascii;
  read.transliterates = transliterates;
}

/**
 * An order-free hash of the set of letter pairs of ASCII words run together (each distinct
 * pair once): the number `hashOfBigramKey` gives their bigram key.
 */
function pairsHash(tokens: readonly string[]): number {
  stamp++;
  if (stamp === 0xffffffff) {
    seen.fill(0);
    stamp = 1;
  }
  let hash = 0;
  let previous = -1;
  for (const token of tokens) {
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      if (previous >= 0) {
        const slot = (previous << 7) | c;
        if (seen[slot] !== stamp) {
          seen[slot] = stamp;
          hash = (hash + mix((previous << 16) | c)) | 0;
        }
      }
      previous = c;
    }
  }
  return hash;
}

/** How many first characters of the words run together are told apart by `heads`. */
const HEAD = 4;

/** What the last `readLetters` told (one object, written over at each call: nothing allocated per look-up). */
const read = { letters: 0, digit: false, ascii: true, transliterates: false };

/** The same hash of a held bigram key ("#" and its pairs, two code units each), or undefined where a pair is not ASCII. */
function hashOfBigramKey(key: string): number | undefined {
  let hash = 0;
  for (let i = 1; i + 1 < key.length; i += 2) {
    const first = key.charCodeAt(i);
    const second = key.charCodeAt(i + 1);
    if (first > 0x7f || second > 0x7f) return undefined;
    hash = (hash + mix((first << 16) | second)) | 0;
  }
  return hash;
}

/** MurmurHash3's 32-bit finaliser: every bit of a pair spread over the hash. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Pairs of ASCII code units already counted by the current `pairsHash` (a stamp per pair, no clearing between texts). */
const seen = new Uint32Array(128 * 128);
let stamp = 0;
