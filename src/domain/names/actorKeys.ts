import { foldLetters } from "./keyers/foldLetters";
import { bigramKeyOfNormalised, ngramFingerprintKeyer } from "./keyers/ngramFingerprint";
import { cleanName } from "./nameText";
import { isAscii } from "../text/isAscii";

/**
 * The words of an actor name for matching: folded, apostrophes dropped, other punctuation
 * a separator, and the Arabic article read as al- whether written el-, or assimilated to a
 * sun letter (ash-Shabaab, ad-Din, as-Sunna).
 */
export function actorTokens(text: string): string[] {
  const clean = cleanName(text);
  const tokens = asciiWords(clean) ?? foldedWords(clean);
  return tokens.length === 0 ? tokens : readArticles(tokens);
}

/**
 * Exact words, words run together, words in any order, transliteration variants, and
 * OpenRefine's bigram fingerprint (letter pairs in any order: transposed or doubled letters
 * meet) for names of eight letters or more without digits.
 */
export function actorKeys(text: string): string[] {
  return keysOfTokens(actorTokens(text));
}

/** `actorKeys` of words already read with `actorTokens`. */
export function keysOfTokens(tokens: readonly string[]): string[] {
  const spaced = tokens.join(" ");
  const compact = tokens.join("");
  return [spaced, compact, sortedUnique(tokens), transliterationKey(tokens), bigramLayerKey(compact, spaced)];
}

/** The bigram layer's key of a name's words run together (and spaced): "" where the layer does not apply (fewer than eight letters, or digits). */
export function bigramLayerKey(compact: string, spaced: string): string {
  return bigramLayerApplies(compact) ? `#${isAscii(compact) ? bigramKeyOfNormalised(compact) : bigrams.key(spaced)}` : "";
}

/** Whether a name's words run together get a bigram key: eight letters or more, no ASCII digit (as `/\d/` reads digits). */
function bigramLayerApplies(compact: string): boolean {
  if (compact.length < 8) return false;
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return false;
  }
  return true;
}

const SUN_LETTER_ARTICLES = new Set(["ash", "as", "ad", "adh", "ar", "at", "ath", "az", "an"]);

const bigrams = ngramFingerprintKeyer(2);

function readArticles(tokens: string[]): string[] {
  let read: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const article = token === "el" || (next !== undefined && SUN_LETTER_ARTICLES.has(token) && next.startsWith(token.slice(1)));
    if (article && token !== "al") (read ??= tokens.slice())[i] = "al";
  }
  return read ?? tokens;
}

/** The words of a cleaned all-ASCII text as `foldedWords` reads others, in one pass; undefined for other texts. */
function asciiWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word = "";
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) {
      word += text.slice(from, i);
      from = -1;
    }
    // Folding deletes ^ and ` (modifier symbols) and the apostrophe is dropped: neither separates words.
    if (c === 0x27 || c === 0x5e || c === 0x60) continue;
    if (word) {
      words.push(word.toLowerCase());
      word = "";
    }
  }
  if (from >= 0) word += text.slice(from);
  if (word) words.push(word.toLowerCase());
  return words;
}

/**
 * The words of a cleaned text that is not ASCII: folded, apostrophes dropped, every run of
 * other characters than letters and digits a separator. Read in one pass where its folded
 * letters are ASCII (French and most Latin-script names): folding leaves no ^ or `,
 * lower-cases, and letters and digits of ASCII are \p{L} and \p{N}.
 */
function foldedWords(text: string): string[] {
  const folded = foldLetters(text);
  const ascii = asciiWords(folded);
  if (ascii) return ascii;
  const words = folded.replace(/'/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return words ? words.split(" ") : [];
}

/** The words in any order, each once: the sorted layer's key. */
export function sortedUnique(tokens: readonly string[]): string {
  if (tokens.length === 1) return tokens[0];
  if (tokens.length === 2) {
    const [a, b] = tokens;
    return a === b ? a : a < b ? `${a} ${b}` : `${b} ${a}`;
  }
  // Insertion sort of a copy (names have few words), each word once.
  const sorted: string[] = [];
  for (const token of tokens) {
    let at = sorted.length;
    while (at > 0 && sorted[at - 1] > token) at--;
    if (at > 0 && sorted[at - 1] === token) continue;
    sorted.splice(at, 0, token);
  }
  return sorted.join(" ");
}

/**
 * Transliteration variants read alike (NAMING-POLICY actors §8): doubled vowels and
 * "ee", "oo", "ou" (Muslimeen / Muslimin, Shabaab / Shabab, Mourabitoun / Murabitun).
 */
export function transliterationKey(tokens: readonly string[]): string {
  let key = "";
  for (let i = 0; i < tokens.length; i++) key += (i === 0 ? "" : " ") + transliteratedWord(tokens[i]);
  return key;
}

/** One word of the transliteration key. */
export function transliteratedWord(token: string): string {
  return mayTransliterate(token) ? token.replace(/ee/g, "i").replace(/oo|ou/g, "u").replace(/([aiu])\1+/g, "$1") : token;
}

/** Whether a word holds "ee", "oo", "ou" or a doubled a, i or u: the only words the transliteration key changes. */
export function mayTransliterate(token: string): boolean {
  for (let i = 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const before = token.charCodeAt(i - 1);
    if (c === before ? c === 0x65 || c === 0x6f || c === 0x61 || c === 0x69 || c === 0x75 : before === 0x6f && c === 0x75) return true;
  }
  return false;
}

