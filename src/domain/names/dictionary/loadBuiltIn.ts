import { z } from "zod";
import actorsFile from "./data/actors.json";
import actorContextAliasesFile from "./data/actorContextAliases.json";
import addedActorsFile from "./data/addedActors.json";
import addedActorContextAliasesFile from "./data/addedActorContextAliases.json";
import weaponsFile from "./data/weapons.json";
import ambiguousWeaponNamesFile from "./data/ambiguousWeaponNames.json";
import genericWeaponNamesFile from "./data/genericWeaponNames.json";
import {
  ActorDictionaryEntry,
  actorEntrySchema,
  AmbiguousWeaponName,
  ambiguousWeaponNameSchema,
  ContextAlias,
  contextAliasSchema,
  crossEntryProblems,
  GenericWeaponName,
  genericWeaponNameSchema,
  schemaProblems,
  WeaponDictionaryEntry,
  weaponEntrySchema,
} from "./dictionarySchema";
import { formatCount } from "../../text/formatCount";

/**
 * The built-in dictionaries' data files (data/*.json, described in data/README.md): each
 * file's `entries`, as read. (A file's `about` is for the reader: left out here, so the build
 * leaves it out of the pane's script.)
 */
export interface BuiltInFiles {
  actors: unknown;
  actorContextAliases: unknown;
  addedActors: unknown;
  addedActorContextAliases: unknown;
  weapons: unknown;
  ambiguousWeaponNames: unknown;
  genericWeaponNames: unknown;
}

/** The built-in dictionaries, validated and frozen. */
export interface BuiltInDictionaries {
  actors: readonly ActorDictionaryEntry[];
  actorContextAliases: readonly ContextAlias[];
  addedActors: readonly ActorDictionaryEntry[];
  addedActorContextAliases: readonly ContextAlias[];
  weapons: readonly WeaponDictionaryEntry[];
  ambiguousWeaponNames: readonly AmbiguousWeaponName[];
  genericWeaponNames: readonly GenericWeaponName[];
}

/** Where the files are, for the messages. */
export const DATA_FOLDER = "src/domain/names/dictionary/data";

/** Each file's name in DATA_FOLDER. */
export const DATA_FILE_NAMES: Record<keyof BuiltInFiles, string> = {
  actors: "actors.json",
  actorContextAliases: "actorContextAliases.json",
  addedActors: "addedActors.json",
  addedActorContextAliases: "addedActorContextAliases.json",
  weapons: "weapons.json",
  ambiguousWeaponNames: "ambiguousWeaponNames.json",
  genericWeaponNames: "genericWeaponNames.json",
};

/** A data file's entries. */
const entriesSchema = z.array(z.unknown());

/** An entry's schema for the files: no field beyond the schema's (a misspelt optional field would be dropped unseen), and a `$comment` for the reader. */
const forFile = <Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) => z.strictObject({ ...schema.shape, $comment: z.string().optional() });

const FILE_SCHEMAS = {
  actors: forFile(actorEntrySchema),
  actorContextAliases: forFile(contextAliasSchema),
  addedActors: forFile(actorEntrySchema),
  addedActorContextAliases: forFile(contextAliasSchema),
  weapons: forFile(weaponEntrySchema),
  ambiguousWeaponNames: forFile(ambiguousWeaponNameSchema),
  genericWeaponNames: genericWeaponNameSchema,
} satisfies Record<keyof BuiltInFiles, z.ZodType>;

/** An entry's name for the messages: its canonical name, alias or name, when it has one. */
function nameOf(raw: unknown): string | undefined {
  if (typeof raw === "string") return raw;
  if (raw === null || typeof raw !== "object") return undefined;
  const item = raw as Record<string, unknown>;
  const name = item.canonical ?? item.alias ?? item.name;
  return typeof name === "string" ? name : undefined;
}

/** Freezes a value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Reads the built-in dictionaries from their data files: each file's entries through their
 * zod schema, then the rules between entries (crossEntryProblems). Throws, with a sentence
 * for each problem naming the file, the entry and the field, if any file is unsound; else
 * the entries, `$comment`s left out, deeply frozen.
 */
export function loadBuiltInDictionaries(files: BuiltInFiles): BuiltInDictionaries {
  const problems: string[] = [];
  const places = new Map<object, string>();
  const read = <K extends keyof BuiltInFiles>(key: K): unknown[] => {
    const file = `${DATA_FOLDER}/${DATA_FILE_NAMES[key]}`;
    const parsedFile = entriesSchema.safeParse(files[key]);
    if (!parsedFile.success) {
      problems.push(...schemaProblems(`${file}, field entries`, parsedFile.error.issues));
      return [];
    }
    const entries: unknown[] = [];
    parsedFile.data.forEach((raw, index) => {
      const name = nameOf(raw);
      const where = `${file}, entry ${index + 1}${name === undefined ? "" : ` "${name}"`}`;
      const parsed = (FILE_SCHEMAS[key] as z.ZodType).safeParse(raw);
      if (!parsed.success) {
        problems.push(...schemaProblems(where, parsed.error.issues));
        return;
      }
      let entry = parsed.data;
      if (entry !== null && typeof entry === "object") {
        const { $comment: _comment, ...rest } = entry as { $comment?: string };
        entry = rest;
        places.set(rest, where);
      }
      entries.push(entry);
    });
    return entries;
  };
  const dictionaries: BuiltInDictionaries = {
    actors: read("actors") as ActorDictionaryEntry[],
    actorContextAliases: read("actorContextAliases") as ContextAlias[],
    addedActors: read("addedActors") as ActorDictionaryEntry[],
    addedActorContextAliases: read("addedActorContextAliases") as ContextAlias[],
    weapons: read("weapons") as WeaponDictionaryEntry[],
    ambiguousWeaponNames: read("ambiguousWeaponNames") as AmbiguousWeaponName[],
    genericWeaponNames: read("genericWeaponNames") as GenericWeaponName[],
  };
  problems.push(
    ...crossEntryProblems(
      {
        actors: [...dictionaries.actors, ...dictionaries.addedActors],
        contextAliases: [...dictionaries.actorContextAliases, ...dictionaries.addedActorContextAliases],
        weapons: dictionaries.weapons,
        ambiguousWeapons: dictionaries.ambiguousWeaponNames,
      },
      (_kind, entry) => places.get(entry) ?? "an entry",
    ),
  );
  if (problems.length > 0) throw new Error(`The built-in dictionaries are unsound (${problems.length === 1 ? "1 problem" : `${formatCount(problems.length)} problems`}):\n${problems.map((problem) => `- ${problem}.`).join("\n")}`);
  return deepFreeze(dictionaries);
}

/** The data files' entries as the build bundles them. */
export const BUILT_IN_FILES: BuiltInFiles = {
  actors: actorsFile.entries,
  actorContextAliases: actorContextAliasesFile.entries,
  addedActors: addedActorsFile.entries,
  addedActorContextAliases: addedActorContextAliasesFile.entries,
  weapons: weaponsFile.entries,
  ambiguousWeaponNames: ambiguousWeaponNamesFile.entries,
  genericWeaponNames: genericWeaponNamesFile.entries,
};

/** The built-in dictionaries, read and checked once, as this module loads. */
export const BUILT_IN_DICTIONARIES: BuiltInDictionaries = loadBuiltInDictionaries(BUILT_IN_FILES);
