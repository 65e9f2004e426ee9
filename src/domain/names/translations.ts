import { foldLetters } from "./keyers/foldLetters";

/**
 * Plain translations between English and French of listed actor names (NAMING-POLICY
 * actors §8): "Armée de libération oromo" is the Oromo Liberation Army, "Province de l'État
 * islamique au Sahel" the Islamic State Sahel Province, "l'armée malienne" the Malian army.
 * A name's translation key is its content words, French words put into English, in the
 * singular and in any order (French puts adjectives after the noun), function words of both
 * languages left out. Index and query use the same key; a key is looked up, never searched.
 */
const FRENCH: Record<string, string> = {
  etat: "state", islamique: "islamic", province: "province", afrique: "africa", ouest: "west", occidentale: "west", occidental: "west",
  grand: "greater", front: "front", liberation: "liberation", mouvement: "movement", armee: "army", arme: "army", militaire: "military", force: "force",
  nationale: "national", democratique: "democratic", alliee: "allied", allie: "allied", soutien: "support", appui: "support", rapide: "rapid",
  defense: "defense", patrie: "homeland", volontaire: "volunteer", groupe: "group", musulman: "muslim", unite: "unit",
  populaire: "people", peuple: "people", mobilisation: "mobilization", parti: "party", travailleur: "worker", conseil: "council", transition: "transitional", sud: "southern", mission: "mission",
  union: "union", africaine: "african", africain: "african", brigade: "brigade", maghreb: "maghreb", qaida: "qaeda", islamiste: "islamist",
  coalition: "coalition", milice: "militia", resistance: "resistance", revolutionnaire: "revolutionary", securite: "security",
  malienne: "malian", malien: "malian", nigerienne: "nigerien", nigerien: "nigerien", nigeriane: "nigerian", nigerian: "nigerian",
  burkinabe: "burkinabe", tchadienne: "chadian", tchadien: "chadian", camerounaise: "cameroonian", camerounai: "cameroonian",
  somalienne: "somali", somalien: "somali", soudanaise: "sudanese", soudanai: "sudanese", syrienne: "syrian", syrien: "syrian",
  israelienne: "israeli", israelien: "israeli", ukrainienne: "ukrainian", ukrainien: "ukrainian", russe: "russian", libyenne: "libyan",
  libyen: "libyan", mozambicaine: "mozambican", mozambicain: "mozambican", ethiopienne: "ethiopian", ethiopien: "ethiopian",
};
/** English words read as one concept, as their French is one word ("armée(s)": army, armed; "populaire": people's, popular). */
const ENGLISH: Record<string, string> = { armed: "army", popular: "people" };
const FUNCTION_WORDS = new Set(["of", "the", "for", "in", "and", "at", "de", "du", "des", "la", "le", "les", "en", "au", "aux", "et", "pour", "a", "dans", "sur"]);

const FRENCH_WORDS = new Map(Object.entries(FRENCH));
const ENGLISH_WORDS = new Map(Object.entries(ENGLISH));

/**
 * Reads the words of a cleaned name (`cleanName`) for its translation key, in order, to
 * `take`: folded, elided articles ("l'", "d'") dropped. Stops where `take` says false, and
 * says whether every word was taken.
 */
function eachWord(text: string, take: (word: string) => boolean): boolean {
  if (!readsAsAscii(text)) {
    // Folded, most texts are ASCII without ^ or ` (folding deletes them), read in one pass as foldedWords reads them.
    const folded = foldLetters(text);
    if (readsAsAscii(folded)) return eachAsciiWord(folded, take);
    for (const word of foldedWords(folded)) if (!take(word)) return false;
    return true;
  }
  return eachAsciiWord(text, take);
}

/** The words of a folded text (`foldLetters`): elided articles ("l'", "d'") dropped, apostrophes joining the letters around them. */
function foldedWords(folded: string): string[] {
  return folded.replace(/\b[ld]'/g, "").replace(/'/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a text is ASCII without ^ or `: folding deletes those before the elisions are read, so such texts take the general way. */
function readsAsAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f || c === 0x5e || c === 0x60) return false;
  }
  return true;
}

/**
 * The words `foldedWords` reads in an ASCII text without ^ or ` once folded, in one pass:
 * lower-cased, "l'" and "d'" dropped where a word begins with them, other apostrophes joining
 * the letters around them, every other character a separator.
 */
function eachAsciiWord(text: string, take: (word: string) => boolean): boolean {
  // The word being read is text.slice(from, i), lower-cased, joined to the parts before an apostrophe inside it.
  let word = "";
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
      if ((c === 0x6c || c === 0x64 || c === 0x4c || c === 0x44) && text.charCodeAt(i + 1) === 0x27 && (i === 0 || !isWordCharacter(text.charCodeAt(i - 1)))) {
        // An elided article: "l'" or "d'" where a word begins (the word read so far, if any, stops at the article).
        if (from >= 0) word += text.slice(from, i);
        from = -1;
        i++;
        continue;
      }
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) word += text.slice(from, i);
    from = -1;
    if (c === 0x27) continue;
    if (word) {
      if (!take(word.toLowerCase())) return false;
      word = "";
    }
  }
  if (from >= 0) word += text.slice(from);
  return word ? take(word.toLowerCase()) : true;
}

/** A character of \w in a regular expression without the u flag. */
function isWordCharacter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** What one word gives a translation key: its English reading (and whether it was French), nothing (a function word), or no key at all (a word no key has). */
type WordReading = { read: string; translated: boolean } | "function word" | null;

/** One word read for a translation key: function words left out, in the singular, French put into English; null where `known` does not hold the reading. */
function readWord(word: string, known: ReadonlySet<string> | undefined): WordReading {
  if (FUNCTION_WORDS.has(word)) return "function word";
  const content = word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  const put = FRENCH_WORDS.get(content);
  const read = ENGLISH_WORDS.get(put ?? content) ?? put ?? content;
  if (known && !known.has(read)) return null;
  return { read, translated: put !== undefined && put !== content };
}

/** The key of the English readings, or undefined for fewer than two. */
function keyOf(english: string[], translated: boolean): { key: string; translated: boolean } | undefined {
  if (english.length < 2) return undefined;
  if (english.length === 2) {
    const [a, b] = english;
    return { key: a === b ? a : a < b ? `${a} ${b}` : `${b} ${a}`, translated };
  }
  return { key: [...new Set(english)].sort().join(" "), translated };
}

/**
 * `translationKey(text, known)` for one resolver's many texts: each word's reading
 * remembered (names share their words), so a word is looked up once, not in four tables.
 */
export class TranslationKeys {
  private readings = new Map<string, WordReading>();

  constructor(private readonly known: ReadonlySet<string>) {}

  key(text: string): { key: string; translated: boolean } | undefined {
    return keyOfReadings(text, this.reading);
  }

  private readonly reading = (word: string): WordReading => {
    let reading = this.readings.get(word);
    if (reading === undefined) {
      if (this.readings.size >= 50_000) this.readings = new Map();
      this.readings.set(word, (reading = readWord(word, this.known)));
    }
    return reading;
  };
}

/**
 * A cleaned name's translation key (`cleanName` first: the resolver's texts are), whether a
 * French word was put into English, or undefined for a name of fewer than two content words.
 * With `known` (every word of the keys looked up), undefined also as soon as a word is not
 * among them: no key looked up can then be the name's.
 */
export function translationKey(text: string, known?: ReadonlySet<string>): { key: string; translated: boolean } | undefined {
  return keyOfReadings(text, (word) => readWord(word, known));
}

/** The key of a text's words as `reading` reads each: undefined as soon as one has no key. */
function keyOfReadings(text: string, reading: (word: string) => WordReading): { key: string; translated: boolean } | undefined {
  const english: string[] = [];
  let translated = false;
  const complete = eachWord(text, (word) => {
    const read = reading(word);
    if (read === null) return false;
    if (read !== "function word") {
      if (read.translated) translated = true;
      english.push(read.read);
    }
    return true;
  });
  return complete ? keyOf(english, translated) : undefined;
}
