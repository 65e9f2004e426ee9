import { random } from "../../support/generateWorkbook";
import { TranslationKeys, translationKey } from "../../../src/domain/names/translations";
import { foldLetters } from "../../../src/domain/names/keyers/foldLetters";
import { actor, nameTable } from "./nameCases";

/** Plain translations between English and French of listed names (NAMING-POLICY actors §8). */
nameTable("actors §8: English and French translations of listed names", [
  ["Armée de libération oromo", "Ethiopia", "alias", "Oromo Liberation Army", "French of an English name"],
  ["Province de l'État islamique au Sahel", "Mali", "alias", "Islamic State Sahel Province", "French word order"],
  ["Province de l'Afrique de l'Ouest de l'État islamique", "Nigeria", "alias", "Islamic State West Africa Province", "French word order, elided articles"],
  ["Front populaire de libération du Tigray", "Ethiopia", "alias", "Tigray People's Liberation Front", "people's / populaire"],
  ["armée malienne", "Mali", "alias", "Military Forces of Mali", "a national army in French"],
  ["Forces armées russes", "Ukraine", "alias", "Military Forces of Russia", "armed forces in French"],
  ["armée nigériane", "Niger", "unknown", null, "negative: the Nigerian army in Niger is refused (§4)"],
  ["armée malienne", "Burkina Faso", "unknown", null, "negative: a state force translated outside its country is refused"],
  ["Front de libération", "Mali", "unknown", null, "negative: words shared by many names name none"],
], actor);

test.each([
  ["Oromo Liberation Army", "army liberation oromo", false],
  ["Armée de libération oromo", "army liberation oromo", true],
  ["Forces armées maliennes", "army force malian", true],
  ["JNIM", undefined, undefined],
])("translationKey(%p)", (text, key, translated) => {
  expect(translationKey(text)).toEqual(key === undefined ? undefined : { key, translated });
});

/** The translation key as first written, by regular expressions only: the reference the one-pass reading of ASCII texts must agree with. */
function keyByRules(text: string): { key: string; translated: boolean } | undefined {
  const french: Record<string, string> = { armee: "army", malienne: "malian", liberation: "liberation", front: "front", populaire: "people" };
  const functionWords = new Set(["of", "the", "for", "in", "and", "at", "de", "du", "des", "la", "le", "les", "en", "au", "aux", "et", "pour", "a", "dans", "sur"]);
  const folded = text.toLowerCase().replace(/[\^`]/g, "").replace(/\b[ld]'/g, "").replace(/'/g, "");
  const content = (folded.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !functionWords.has(w)).map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
  if (content.length < 2) return undefined;
  let translated = false;
  const english = content.map((w) => {
    const put = Object.hasOwn(french, w) ? french[w] : undefined;
    if (put !== undefined && put !== w) translated = true;
    const english: Record<string, string> = { armed: "army", popular: "people" };
    return (Object.hasOwn(english, put ?? w) ? english[put ?? w] : undefined) ?? put ?? w;
  });
  return { key: [...new Set(english)].sort().join(" "), translated };
}

test("the one-pass reading of ASCII texts gives the regular expressions' key, elisions, apostrophes and separators included", () => {
  let state = 11;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) >>> 12;
  const pieces = ["l'", "L'", "d'", "D'", "'", "^", "`", "_", "-", " ", ".", "armee", "malienne", "Liberation", "front", "de", "la", "x", "ls", "dd", "9", "populaires", "constructor", "toString"];
  const texts = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + (next() % 7) }, () => pieces[next() % pieces.length]).join(""));
  expect(texts.filter((text) => JSON.stringify(translationKey(text)) !== JSON.stringify(keyByRules(text)))).toEqual([]);
});

test("texts with accents and other scripts give the key of their folded words, read by regular expressions", () => {
  let state = 23;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) >>> 12;
  const pieces = ["l'", "L'", "d'", "’", "'", "^", "-", " ", "armée", "Armée", "maliennes", "Libération", "œ", "ß", "М", "populaires", "front", "de"];
  const texts = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + (next() % 7) }, () => pieces[next() % pieces.length]).join(""));
  const byRules = (text: string) => {
    const words = (foldLetters(text).replace(/\b[ld]'/g, "").replace(/'/g, "").match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
    return keyByRules(words);
  };
  expect(texts.filter((text) => JSON.stringify(translationKey(text)) !== JSON.stringify(byRules(text)))).toEqual([]);
});

test("a word that names a property of every object is no French word (\"constructor\", \"toString\")", () => {
  expect(translationKey("constructor malienne")).toEqual({ key: "constructor malian", translated: true });
  expect(translationKey("toString constructor")).toEqual({ key: "constructor toString".toLowerCase(), translated: false });
});

test("with the words known, a key is the same where all its words are known and none where one is not", () => {
  let state = 5;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) >>> 12;
  const pieces = ["l'", "d'", " ", "-", "armee", "malienne", "Liberation", "front", "de", "populaires", "rebels", "constructor", "État", "islamique"];
  const known = new Set(["army", "malian", "liberation", "people", "state", "islamic"]);
  const texts = Array.from({ length: 5_000 }, () => Array.from({ length: 1 + (next() % 6) }, () => pieces[next() % pieces.length]).join(" "));
  const wrong = texts.filter((text) => {
    const full = translationKey(text);
    const expected = full && full.key.split(" ").every((word) => known.has(word)) ? full : undefined;
    return JSON.stringify(translationKey(text, known)) !== JSON.stringify(expected);
  });
  expect(wrong).toEqual([]);
  expect(texts.filter((text) => translationKey(text, known) !== undefined).length).toBeGreaterThan(100);
});

test("a resolver's translation keys (each word's reading remembered) are translationKey's, asked once or twice", () => {
  const draw = random(23);
  const pieces = ["l'", "d'", " ", "-", "armee", "Armées", "malienne", "maliennes", "Liberation", "front", "de", "populaires", "popular", "armed", "rebels", "constructor", "État", "islamique", "Islamic", "States", "the", "of", "Boko"];
  const known = new Set(["army", "malian", "liberation", "people", "state", "islamic", "front"]);
  const keys = new TranslationKeys(known);
  const texts = Array.from({ length: 5_000 }, () => Array.from({ length: 1 + Math.floor(draw() * 6) }, () => pieces[Math.floor(draw() * pieces.length)]).join(" "));
  const wrong = [...texts, ...texts].filter((text) => JSON.stringify(keys.key(text)) !== JSON.stringify(translationKey(text, known)));
  expect(wrong).toEqual([]);
  expect(texts.filter((text) => keys.key(text) !== undefined).length).toBeGreaterThan(100);
});
