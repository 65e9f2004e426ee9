import { bigramLayerKey, sortedUnique, transliterationKey } from "./actorKeys";

/**
 * What the keys a resolver holds are made of (every key of its index's layers and of its
 * country-dependent names), so that a look-up computes only the keys that can be found: a
 * layer whose key has a word no held key has, or whose letter pairs no held bigram key has,
 * is left empty (an empty key is never looked up). The keys computed are `keysOfTokens`'s,
 * letter for letter: a look-up finds what it found with every key computed.
 */
export class KeyVocabulary {
  private readonly words = new Set<string>();
  /** The set-of-pairs hash of every held bigram key of ASCII letters. */
  private readonly bigramHashes = new Set<number>();

  /** `keys`: every key the resolver's maps hold, of any layer. */
  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      if (key.startsWith("#")) {
        const hash = hashOfBigramKey(key);
        if (hash !== undefined) this.bigramHashes.add(hash);
      } else {
        for (const word of key.split(" ")) this.words.add(word);
      }
    }
  }

  /** `keysOfTokens(tokens)`, with "" for each layer but the words run together whose key no held key can equal. */
  keysWorthLookingUp(tokens: readonly string[]): string[] {
    // One pass over the letters: what the layers' conditions need (see actorKeys.ts).
    const read = readLetters(tokens);
    const compact = tokens.join("");
    const wordsHeld = this.allHeld(tokens);
    const spaced = wordsHeld ? tokens.join(" ") : "";
    let transliterated = spaced;
    if (read.transliterates) {
      const key = transliterationKey(tokens);
      transliterated = this.allHeld(key.split(" ")) ? key : "";
    }
    let bigram = "";
    if (read.letters >= 8 && !read.digit && (!read.ascii || this.bigramHashes.has(read.pairsHash))) bigram = bigramLayerKey(compact, spaced || tokens.join(" "));
    return [spaced, compact, wordsHeld ? sortedUnique(tokens) : "", transliterated, bigram];
  }

  private allHeld(words: readonly string[]): boolean {
    for (const word of words) if (!this.words.has(word)) return false;
    return true;
  }
}

/**
 * What one pass over a name's words run together tells: its length, whether it holds an
 * ASCII digit or a character outside ASCII, whether a word holds what the transliteration
 * key changes ("ee", "oo", "ou", a doubled a, i or u: `mayTransliterate`), and an
 * order-free hash of the set of its letter pairs (each distinct pair once: the number
 * `hashOfBigramKey` gives its bigram key; meaningful for ASCII only).
 */
function readLetters(tokens: readonly string[]): { letters: number; digit: boolean; ascii: boolean; transliterates: boolean; pairsHash: number } {
  stamp++;
  if (stamp === 0xffffffff) {
    seen.fill(0);
    stamp = 1;
  }
  let letters = 0;
  let digit = false;
  let ascii = true;
  let transliterates = false;
  let hash = 0;
  let previous = -1;
  for (const token of tokens) {
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      if (c > 0x7f) ascii = false;
      else if (c >= 0x30 && c <= 0x39) digit = true;
      if (i > 0 && !transliterates) {
        const before = token.charCodeAt(i - 1);
        if (c === before ? c === 0x65 || c === 0x6f || c === 0x61 || c === 0x69 || c === 0x75 : before === 0x6f && c === 0x75) transliterates = true;
      }
      if (previous >= 0 && ascii) {
        const slot = (previous << 7) | c;
        if (seen[slot] !== stamp) {
          seen[slot] = stamp;
          hash = (hash + mix((previous << 16) | c)) | 0;
        }
      }
      previous = c;
    }
    letters += token.length;
  }
  return { letters, digit, ascii, transliterates, pairsHash: hash };
}

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

/** Pairs of ASCII code units already counted by the current `readLetters` (a stamp per pair, no clearing between texts). */
const seen = new Uint32Array(128 * 128);
let stamp = 0;
