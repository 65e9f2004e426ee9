import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { ACTOR_CONTEXT_ALIASES, ACTORS } from "../../../src/domain/names/dictionary/actors";
import { BUILT_IN_ACTOR_CONTEXT_ALIASES, BUILT_IN_ACTORS } from "../../../src/domain/names/dictionary/builtIn";
import { validateDictionary } from "../../../src/domain/names/dictionary/validateDictionary";
import { AMBIGUOUS_WEAPON_NAMES, WEAPONS } from "../../../src/domain/names/dictionary/weapons";

const REFERENCE = join(__dirname, "..", "..", "..", "..", "shared", "reference");
const reference = (file: string): Record<string, string>[] => parse(readFileSync(join(REFERENCE, file), "utf8"), { columns: true });
const builtIn = { actors: ACTORS, contextAliases: ACTOR_CONTEXT_ALIASES, weapons: WEAPONS, ambiguousWeapons: AMBIGUOUS_WEAPON_NAMES };

test("the built-in dictionaries are sound", () => {
  expect(validateDictionary(builtIn)).toEqual([]);
  expect(validateDictionary({ ...builtIn, actors: BUILT_IN_ACTORS, contextAliases: BUILT_IN_ACTOR_CONTEXT_ALIASES })).toEqual([]);
});

test("every canonical name of the reference is in the dictionaries, letter for letter, and nothing else", () => {
  expect(ACTORS.map((a) => a.canonical).sort()).toEqual(reference("actors.csv").map((r) => r.canonical).sort());
  expect(WEAPONS.map((w) => w.canonical).sort()).toEqual(reference("weapons.csv").map((r) => r.canonical).sort());
});

test("facts the reference leaves unconfirmed are not used for checks", () => {
  for (const row of reference("weapons.csv")) {
    const entry = WEAPONS.find((w) => w.canonical === row.canonical)!;
    const rowUnverified = /not re-verified/i.test(row.notes) && !/calibre not re-verified/i.test(row.notes);
    if (/not re-verified|UNCERTAIN|usually/i.test(row.calibre) || /calibre not re-verified/i.test(row.notes) || rowUnverified) expect([row.canonical, entry.calibre]).toEqual([row.canonical, null]);
    if (/UNCERTAIN|various/i.test(row.origin) || rowUnverified) expect([row.canonical, entry.origins]).toEqual([row.canonical, null]);
  }
});

test.each([
  ["an alias claimed by two actors", { ...builtIn, actors: [...ACTORS, { canonical: "Test Group", code: "TG", type: "Rebel group" as const, countries: ["Mali"], aliases: ["JNIM"] }] }, /"JNIM" is claimed by/],
  ["an unknown category", { ...builtIn, weapons: [...WEAPONS, { canonical: "Test gun", category: "laser", kind: "weapon" as const, calibre: null, origins: null, aliases: [] }] }, /category/],
  ["an unknown country", { ...builtIn, actors: [...ACTORS, { canonical: "Test Group", code: "TG", type: "Rebel group" as const, countries: ["Atlantis"], aliases: [] }] }, /"Atlantis" is not a canonical country/],
  ["a launcher whose round does not name it", { ...builtIn, weapons: WEAPONS.map((w) => (w.canonical === "SPG-9" ? { ...w, fires: ["PG-9", "OG-9", "PG-7V"] } : w)) }, /fires PG-7V, but PG-7V does not list it/],
  ["a context target that is not an actor", { ...builtIn, contextAliases: [...ACTOR_CONTEXT_ALIASES, { alias: "XYZ", byCountry: { Mali: "Nobody" }, elsewhere: null, withoutCountry: null, note: "test" }] }, /"Nobody" is not a canonical actor/],
])("the validator catches %s", (_what, input, message) => {
  expect(validateDictionary(input as never).join("\n")).toMatch(message);
});
