import { bigramLayerApplies, bigramLayerKey, isAscii, mayTransliterate, sortedUnique, transliterationKey } from "./actorKeys";

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
    const compact = tokens.join("");
    const wordsHeld = this.allHeld(tokens);
    const spaced = wordsHeld ? tokens.join(" ") : "";
    let transliterated = spaced;
    if (tokens.some(mayTransliterate)) {
      const key = transliterationKey(tokens);
      transliterated = this.allHeld(key.split(" ")) ? key : "";
    }
    let bigram = "";
    if (bigramLayerApplies(compact) && (!isAscii(compact) || this.bigramHashes.has(hashOfPairs(compact)))) bigram = bigramLayerKey(compact, spaced || tokens.join(" "));
    return [spaced, compact, wordsHeld ? sortedUnique(tokens) : "", transliterated, bigram];
  }

  private allHeld(words: readonly string[]): boolean {
    for (const word of words) if (!this.words.has(word)) return false;
    return true;
  }
}

/**
 * An order-free hash of the set of letter pairs of an ASCII text (each distinct pair
 * counted once): the same number as `hashOfBigramKey` of the text's bigram key, which lists
 * each distinct pair once.
 */
function hashOfPairs(text: string): number {
  stamp++;
  if (stamp === 0xffffffff) {
    seen.fill(0);
    stamp = 1;
  }
  let hash = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const first = text.charCodeAt(i);
    const second = text.charCodeAt(i + 1);
    const slot = (first << 7) | second;
    if (seen[slot] === stamp) continue;
    seen[slot] = stamp;
    hash = (hash + mix((first << 16) | second)) | 0;
  }
  return hash;
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

/** Pairs of ASCII code units already counted by the current `hashOfPairs` (a stamp per pair, no clearing between texts). */
const seen = new Uint32Array(128 * 128);
let stamp = 0;
