import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ACTOR_CONTEXT_ALIASES, ACTORS } from "../../../../src/domain/names/dictionary/actors";
import { ADDED_ACTOR_CONTEXT_ALIASES, ADDED_ACTORS } from "../../../../src/domain/names/dictionary/addedActors";
import { BuiltInFiles, DATA_FILE_NAMES, DATA_FOLDER, loadBuiltInDictionaries } from "../../../../src/domain/names/dictionary/loadBuiltIn";
import { AMBIGUOUS_WEAPON_NAMES, GENERIC_WEAPON_NAMES, WEAPONS } from "../../../../src/domain/names/dictionary/weapons";

const ROOT = join(__dirname, "..", "..", "..", "..");
const KEYS = Object.keys(DATA_FILE_NAMES) as (keyof BuiltInFiles)[];

type RawFile = { about: string; entries: Record<string, unknown>[] };

/** The data files as they are on disk, read afresh for each test so that each may spoil its own copy. */
function filesOnDisk(): Record<keyof BuiltInFiles, RawFile> {
  return Object.fromEntries(KEYS.map((key) => [key, JSON.parse(readFileSync(join(ROOT, DATA_FOLDER, DATA_FILE_NAMES[key]), "utf8"))])) as Record<keyof BuiltInFiles, RawFile>;
}

/** The entry of a file that has this canonical name (or alias, or name), with its 1-based place. */
function entryOf(file: RawFile, name: string): { entry: Record<string, unknown>; place: number } {
  const index = file.entries.findIndex((entry) => entry.canonical === name || entry.alias === name || entry.name === name);
  if (index < 0) throw new Error(`no entry ${name}`);
  return { entry: file.entries[index], place: index + 1 };
}

/** The files' entries, as the loader takes them. */
const entriesOf = (files: Record<keyof BuiltInFiles, RawFile>): BuiltInFiles => Object.fromEntries(KEYS.map((key) => [key, files[key].entries])) as unknown as BuiltInFiles;

/** The message loading these files throws (fails the test when they load). */
function refusal(files: Record<keyof BuiltInFiles, RawFile>): string {
  try {
    loadBuiltInDictionaries(entriesOf(files));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the spoilt files were accepted");
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "<folder>/<file>, entry <n> "<name>", field <field>: " as the loader writes it. */
const at = (key: keyof BuiltInFiles, place: number, name: string, field: string) => new RegExp(escape(`${DATA_FOLDER}/${DATA_FILE_NAMES[key]}, entry ${place} "${name}", field ${field}: `));

describe("the built-in dictionaries' data files", () => {
  test("every file parses, says what it holds, and is in data/README.md", () => {
    const files = filesOnDisk();
    expect(() => loadBuiltInDictionaries(entriesOf(files))).not.toThrow();
    const readme = readFileSync(join(ROOT, DATA_FOLDER, "README.md"), "utf8");
    for (const key of KEYS) {
      expect([key, typeof files[key].about, files[key].about.length > 20]).toEqual([key, "string", true]);
      expect([key, readme.includes(DATA_FILE_NAMES[key])]).toEqual([key, true]);
    }
  });

  test("the exported arrays are the files' entries, letter for letter, `$comment`s aside", () => {
    const files = filesOnDisk();
    const withoutComment = (entries: unknown[]) => entries.map((entry) => (typeof entry === "object" && entry !== null ? Object.fromEntries(Object.entries(entry).filter(([key]) => key !== "$comment")) : entry));
    expect(ACTORS).toStrictEqual(withoutComment(files.actors.entries));
    expect(ACTOR_CONTEXT_ALIASES).toStrictEqual(withoutComment(files.actorContextAliases.entries));
    expect(ADDED_ACTORS).toStrictEqual(withoutComment(files.addedActors.entries));
    expect(ADDED_ACTOR_CONTEXT_ALIASES).toStrictEqual(withoutComment(files.addedActorContextAliases.entries));
    expect(WEAPONS).toStrictEqual(withoutComment(files.weapons.entries));
    expect(AMBIGUOUS_WEAPON_NAMES).toStrictEqual(withoutComment(files.ambiguousWeaponNames.entries));
    expect(GENERIC_WEAPON_NAMES).toStrictEqual(files.genericWeaponNames.entries);
    expect([ACTORS.length, ADDED_ACTORS.length, WEAPONS.length]).toEqual([68, 82, 76]);
  });

  test("the exported arrays and their entries are frozen", () => {
    for (const list of [ACTORS, ACTOR_CONTEXT_ALIASES, ADDED_ACTORS, ADDED_ACTOR_CONTEXT_ALIASES, WEAPONS, AMBIGUOUS_WEAPON_NAMES, GENERIC_WEAPON_NAMES]) expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(ACTORS[0])).toBe(true);
    expect(Object.isFrozen(ACTORS[0].aliases)).toBe(true);
    expect(Object.isFrozen(ACTOR_CONTEXT_ALIASES[0].byCountry)).toBe(true);
    expect(() => (WEAPONS[0].aliases as string[]).push("Kalash-X")).toThrow(TypeError);
  });

  describe("a copy with a wrong field is refused, with a sentence naming the file, the entry and the field", () => {
    test("an actor type that is not an ACLED type", () => {
      const files = filesOnDisk();
      const { entry, place } = entryOf(files.actors, "Boko Haram");
      entry.type = "Terrorist group";
      expect(refusal(files)).toMatch(at("actors", place, "Boko Haram", "type"));
      expect(refusal(files)).toMatch(/field type: Invalid option: expected one of "State forces"\|"Rebel group"/);
    });

    test("an empty alias", () => {
      const files = filesOnDisk();
      const { entry, place } = entryOf(files.addedActors, "Koglweogo");
      entry.aliases = ["Koglweogos", ""];
      expect(refusal(files)).toMatch(at("addedActors", place, "Koglweogo", "aliases.1"));
    });

    test("a parent that is not a weapon of the dictionary", () => {
      const files = filesOnDisk();
      const { entry, place } = entryOf(files.weapons, "AKMS");
      entry.parent = "AKX";
      expect(refusal(files)).toMatch(new RegExp(`${at("weapons", place, "AKMS", "parent").source}"AKX" is not a canonical weapon`));
    });

    test("a misspelt optional field, which the schema alone would drop unseen", () => {
      const files = filesOnDisk();
      const { entry, place } = entryOf(files.actors, "Wagner Group");
      entry.namesakes = entry.namesake;
      delete entry.namesake;
      expect(refusal(files)).toMatch(at("actors", place, "Wagner Group", "namesakes"));
    });

    test("a canonical name listed twice, across the reference's and the added actors", () => {
      const files = filesOnDisk();
      const first = entryOf(files.actors, "Boko Haram");
      const { entry, place } = entryOf(files.addedActors, "Koglweogo");
      entry.canonical = "Boko Haram";
      expect(refusal(files)).toMatch(new RegExp(`${at("addedActors", place, "Boko Haram", "canonical").source}"Boko Haram" is listed twice \\(also ${escape(`${DATA_FOLDER}/actors.json, entry ${first.place} "Boko Haram"`)}\\)`));
    });

    test("a country that is not a canonical country name", () => {
      const files = filesOnDisk();
      const { entry, place } = entryOf(files.weapons, "Type 56");
      entry.origins = ["PRC"];
      expect(refusal(files)).toMatch(new RegExp(`${at("weapons", place, "Type 56", "origins").source}"PRC" is not a canonical country name`));
    });

    test("a context alias whose candidate is not an actor", () => {
      const files = filesOnDisk();
      const { entry, place } = entryOf(files.addedActorContextAliases, "CMA");
      entry.byCountry = { Mali: "Coordination of Azawad Movements" };
      expect(refusal(files)).toMatch(new RegExp(`${at("addedActorContextAliases", place, "CMA", "byCountry.Mali").source}"Coordination of Azawad Movements" is not a canonical actor`));
    });

    test("an ambiguous name whose candidate is not a weapon, and an empty generic name", () => {
      const files = filesOnDisk();
      const { entry, place } = entryOf(files.ambiguousWeaponNames, "M16");
      entry.candidates = ["M16A2"];
      (files.genericWeaponNames.entries as unknown[]).push("");
      const message = refusal(files);
      expect(message).toMatch(new RegExp(`${at("ambiguousWeaponNames", place, "M16", "candidates").source}"M16A2" is not a canonical weapon`));
      expect(message).toMatch(new RegExp(escape(`${DATA_FOLDER}/genericWeaponNames.json, entry ${files.genericWeaponNames.entries.length} "": Too small`)));
      expect(message).toMatch(/^The built-in dictionaries are unsound \(2 problems\):\n- /);
    });

    test("a file without its entries", () => {
      const files = filesOnDisk();
      const spoilt = { about: files.weapons.about, weapons: files.weapons.entries } as unknown as RawFile;
      expect(refusal({ ...files, weapons: spoilt })).toMatch(new RegExp(escape(`${DATA_FOLDER}/weapons.json, field entries: Invalid input: expected array, received undefined`)));
    });
  });
});
