import { actorTokens, keysOfTokens } from "../../../src/domain/names/actorKeys";
import { foldLetters } from "../../../src/domain/names/keyers/foldLetters";
import { bigramKeyOfNormalised, ngramFingerprintKeyer } from "../../../src/domain/names/keyers/ngramFingerprint";
import { cleanName } from "../../../src/domain/names/nameText";

/**
 * The words and keys of actor names as first written, by regular expressions and sets only:
 * the reference the one-pass readings (ASCII texts, and texts whose folded letters are
 * ASCII) and the small sorts must agree with.
 */
function wordsByRules(text: string): string[] {
  const folded = foldLetters(cleanName(text)).replace(/'/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const words = folded ? folded.split(" ") : [];
  const sun = new Set(["ash", "as", "ad", "adh", "ar", "at", "ath", "az", "an"]);
  return words.map((word, i) => (word === "el" || (i + 1 < words.length && sun.has(word) && words[i + 1].startsWith(word.slice(1))) ? "al" : word));
}

function keysByRules(words: string[]): string[] {
  const spaced = words.join(" ");
  const compact = words.join("");
  const transliterated = words.map((w) => w.replace(/ee/g, "i").replace(/oo|ou/g, "u").replace(/([aiu])\1+/g, "$1")).join(" ");
  const bigram = compact.length >= 8 && !/\d/.test(compact) ? `#${/^[\x00-\x7f]*$/.test(compact) ? bigramKeyOfNormalised(compact) : ngramFingerprintKeyer(2).key(spaced)}` : "";
  return [spaced, compact, [...new Set(words)].sort().join(" "), transliterated, bigram];
}

let state = 17;
const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) >>> 12;
const pieces = ["Al", "el", "ash", "Shabaab", "é", "É", "œ", "ß", "Ł", "ʼ", "М", "ع", "'", "’", "-", " ", ".", "^", "`", "_", "9", "Forces", "armées", "ou", "ee", "aa", "b", "Zz", "de", "l'"];
const texts = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + (next() % 8) }, () => pieces[next() % pieces.length]).join(next() % 3 === 0 ? "" : " "));

test(`actorTokens reads the words the regular expressions read (${texts.length.toLocaleString("en")} generated texts, accents and other scripts among them)`, () => {
  expect(texts.filter((text) => JSON.stringify(actorTokens(text)) !== JSON.stringify(wordsByRules(text)))).toEqual([]);
  // The point of it: texts whose folded letters are ASCII and texts that stay outside ASCII are both read.
  expect(texts.filter((text) => /[^\x00-\x7f]/.test(text) && /^[\x00-\x7f]*$/.test(foldLetters(text))).length).toBeGreaterThan(1000);
  expect(texts.filter((text) => /[^\x00-\x7f]/.test(foldLetters(text))).length).toBeGreaterThan(1000);
});

test("keysOfTokens gives the keys the regular expressions and a set give, words repeated and in any order", () => {
  const wrong = texts.filter((text) => {
    const words = actorTokens(text);
    return JSON.stringify(keysOfTokens(words)) !== JSON.stringify(keysByRules(words));
  });
  expect(wrong).toEqual([]);
});
