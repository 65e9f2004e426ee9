import { readCell, ReadContext } from "../../../src/domain/cells/readCell";
import { WEAPON_FIELDS } from "../../../src/domain/schema/weaponSheet";
import { categoriesThatFit, categoryWritingClashes, categoryWrittenAs } from "../../../src/domain/vocabulary/weaponCategories";
import { check, CLEAN_INCIDENT, CLEAN_WEAPON } from "../../support/rows";

const category = WEAPON_FIELDS.find((s) => s.field === "category")!;
const context: ReadContext = { date1904: false, dayMonthOrder: null };

describe("a category that is not in the typology", () => {
  test.each([
    ["Launcher", ["under-barrel grenade launcher", "grenade launcher", "rocket launcher", "single-shot disposable rocket launcher", "recoilless rifle", "multiple rocket launcher"], "every launcher, not the grenade for launcher (ammunition)"],
    ["launchers", ["under-barrel grenade launcher", "grenade launcher", "rocket launcher", "single-shot disposable rocket launcher", "recoilless rifle", "multiple rocket launcher"], "plural"],
    ["Gun", ["sub-machine gun", "light machine gun", "general-purpose machine gun", "heavy machine gun", "recoilless rifle", "artillery"], "every gun"],
    ["Sniper", ["designated marksman/sniper rifle"], "a word of one category"],
    ["Heavy gun", ["heavy machine gun"], "two words of one category"],
    ["spaceship", [], "near miss: nothing fits"],
  ])("%p fits %p (%s)", (written, fits, _why) => {
    expect(categoriesThatFit(written)).toEqual(fits);
  });

  test.each([
    ["Launcher", undefined, "the categories that fit are under-barrel grenade launcher, grenade launcher, rocket launcher", "several fit: named, none picked"],
    ["Gun", undefined, "the categories that fit are sub-machine gun", "several fit"],
    ["Sniper", "designated marksman/sniper rifle", "did you mean designated marksman/sniper rifle?", "one fits"],
    ["grenade launcer", "grenade launcher", "did you mean grenade launcher?", "a typo: the closest"],
    ["spaceship", undefined, "the categories are pistol, revolver, sub-machine gun", "nothing close: the list"],
  ])("%p → suggestion %p", (written, suggestion, message, _why) => {
    const reading = readCell(written, category, undefined, context);
    expect(reading.problem?.code).toBe("enum");
    expect(reading.problem?.suggestion).toBe(suggestion);
    expect(reading.problem?.message).toContain(message);
  });
});

/**
 * A category written with other capitals, spaces or hyphens is read as written, with no
 * finding: the typology's names are lower-case by convention only, the case carries no
 * information, the checks and the exported CSV use the canonical name anyway, and a
 * curator who types "Rifle" on every row of a hand-made sheet wants no warning per row.
 * Plurals, abbreviations and other wordings ("Assault rifles", "SMG") still get a
 * one-click `non-canonical` fix.
 */
describe("a category differing only in case, spaces or hyphens", () => {
  test.each([
    ["Rifle", "rifle", undefined],
    ["ASSAULT RIFLE", "assault rifle", undefined],
    ["Sub machine gun", "sub-machine gun", undefined],
    ["Submachine Gun", "sub-machine gun", undefined],
    ["General purpose machine gun", "general-purpose machine gun", undefined],
    ["Assault rifles", "assault rifle", "non-canonical"],
    ["SMG", "sub-machine gun", "non-canonical"],
    ["Fusil d'assaut", "assault rifle", "non-canonical"],
  ])("%p is read as %p, notice %p", (written, value, notice) => {
    const reading = readCell(written, category, undefined, context);
    expect(reading.value).toBe(value);
    expect(reading.notice?.code).toBe(notice);
  });

  test("no two category names differ only in case, spaces or hyphens, so such a writing is never ambiguous", () => {
    expect(categoryWritingClashes()).toEqual([]);
    expect(categoryWrittenAs("RIFLE")).toBe("rifle");
    expect(categoryWrittenAs("rifles")).toBeUndefined();
  });

  test("a sheet typed with capitals gets no finding per row, and its rows are typed with the canonical name", () => {
    const weapons = ["Rifle", "ASSAULT RIFLE", "Rocket Launcher"].map((written, i) => ({ ...CLEAN_WEAPON, weapon: ["Mosin-Nagant", "AKM", "RPG-7"][i], category: written, country_of_origin: "", year_of_manufacture: "" }));
    const result = check([CLEAN_INCIDENT], weapons);
    expect(result.issues.filter((i) => i.field === "category" && i.code === "non-canonical")).toEqual([]);
    expect(result.weapons!.rows.map((r) => r.values.category)).toEqual(["rifle", "assault rifle", "rocket launcher"]);
  });
});
