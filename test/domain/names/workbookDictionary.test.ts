import { checkWorkbook } from "../../../src/domain/checks/checkWorkbook";
import { CellValue } from "../../../src/domain/cells/cellValue";
import { brief, CLEAN_INCIDENT, CLEAN_WEAPON, gridOf, TODAY } from "../../support/rows";

/** A workbook with a "Curation dictionary" sheet beside its incident and weapon sheets. */
function withDictionary(dictionary: CellValue[][], incidents: Record<string, CellValue>[], weapons: Record<string, CellValue>[] = []) {
  return checkWorkbook(
    {
      sheets: [
        { name: "Incidents", values: gridOf(incidents) },
        ...(weapons.length ? [{ name: "Weapons", values: gridOf(weapons) }] : []),
        { name: "Curation dictionary", values: dictionary },
      ],
    },
    { today: TODAY },
  );
}

const HEADER = ["kind", "canonical", "alias", "country", "relation", "note"];
const at = (result: ReturnType<typeof checkWorkbook>, cell: string) => result.issues.filter((i) => `${i.sheet}!${i.column ?? ""}${i.row}` === cell);

test("a team's alias maps its own spelling, and the reason says where it comes from", () => {
  const result = withDictionary([HEADER, ["actor", "Jama'at Nusrat al-Islam wal-Muslimin", "Nusra Sahel", "", "", "our field name"]], [{ ...CLEAN_INCIDENT, actor2: "Nusra Sahel" }]);
  const [issue] = at(result, "Incidents!H2");
  expect(issue.code).toBe("non-canonical");
  expect(issue.suggestion).toBe("Jama'at Nusrat al-Islam wal-Muslimin");
  expect(issue.message).toContain("workbook dictionary");
});

test("a team's own canonical name is accepted as written (near miss: unknown without it)", () => {
  const row = { ...CLEAN_INCIDENT, actor2: "Katiba Hanifa", inter2: "Rebel group" };
  expect(at(withDictionary([HEADER], [row]), "Incidents!H2").map((i) => i.code)).toEqual(["unknown-name"]);
  expect(at(withDictionary([HEADER, ["actor", "Katiba Hanifa", "", "", "", ""]], [row]), "Incidents!H2")).toEqual([]);
});

test("an alias restricted to a country holds there only", () => {
  const dictionary = [HEADER, ["actor", "Islamic State Sahel Province", "the Sahel group", "Niger", "", ""]];
  const inNiger = withDictionary(dictionary, [{ ...CLEAN_INCIDENT, country: "Niger", actor1: "JNIM", actor2: "the Sahel group" }]);
  expect(at(inNiger, "Incidents!H2").map((i) => [i.code, i.suggestion])).toEqual([["non-canonical", "Islamic State Sahel Province"]]);
  const inMali = withDictionary(dictionary, [{ ...CLEAN_INCIDENT, country: "Mali", actor1: "JNIM", actor2: "the Sahel group" }]);
  expect(at(inMali, "Incidents!H2").map((i) => i.code)).toEqual(["unknown-name"]);
});

test('"Not the same name": a different entry removes a built-in pairing', () => {
  const row = { ...CLEAN_INCIDENT, country: "Mali", actor2: "Wagner" };
  expect(at(withDictionary([HEADER], [row]), "Incidents!H2").map((i) => i.code)).toEqual(["non-canonical"]);
  const result = withDictionary([HEADER, ["actor", "Wagner Group", "Wagner", "", "different", "in our sources Wagner is a person"]], [row]);
  expect(at(result, "Incidents!H2").map((i) => i.code)).toEqual(["unknown-name"]);
});

test('"Not the same" between two spellings that differ in accents or case rules out that spelling only, never the name itself', () => {
  const dictionary = [HEADER, ["actor", "Katiba Hanifa", "katiba hanîfa", "Mali", "different", "another katiba"], ["actor", "Katiba Hanifa", "", "Mali", "same", ""]];
  const kept = withDictionary(dictionary, [{ ...CLEAN_INCIDENT, country: "Mali", actor2: "Katiba Hanifa" }]);
  expect(at(kept, "Incidents!H2").map((i) => i.message)).toEqual([]);
  const ruled = withDictionary(dictionary, [{ ...CLEAN_INCIDENT, country: "Mali", actor2: "katiba hanîfa" }]);
  expect(at(ruled, "Incidents!H2").map((i) => i.code)).not.toContain("non-canonical");
});

test("a workbook alias that takes over a built-in one is reported on the dictionary sheet", () => {
  const result = withDictionary([HEADER, ["weapon", "Type 56 carbine", "Type 56", "", "", ""]], [CLEAN_INCIDENT], [{ ...CLEAN_WEAPON, weapon: "Type 56" }]);
  expect(brief(result)).toContain("Curation dictionary!2 inconsistent");
});

test("weapons: a local name for a model, and a local model", () => {
  const dictionary = [HEADER, ["weapon", "RPG-7", "lance-roquette RPG", "", "", ""], ["weapon", "Zastava M76", "", "", "", "sniper rifle"]];
  const result = withDictionary(dictionary, [CLEAN_INCIDENT], [{ ...CLEAN_WEAPON, weapon: "lance-roquette RPG" }, { ...CLEAN_WEAPON, weapon: "Zastava M76", category: "" }]);
  expect(at(result, "Weapons!B2").map((i) => [i.code, i.suggestion])).toEqual([["non-canonical", "RPG-7"]]);
  expect(at(result, "Weapons!B3")).toEqual([]);
});

test.each([
  [["vehicle", "Technical", "", "", "", ""], "Curation dictionary!A2 enum"],
  [["actor", "", "ISIS", "", "", ""], "Curation dictionary!B2 required"],
  [["actor", "Islamic State", "ISIS", "Atlantis", "", ""], "Curation dictionary!D2 enum"],
  [["actor", "Islamic State", "ISIS", "", "maybe", ""], "Curation dictionary!E2 enum"],
  [["location", "Dara", "Darah", "Atlantis", "", ""], "Curation dictionary!D2 enum"],
  [["location", "Dara", "Darah", "Mali", "maybe", ""], "Curation dictionary!E2 enum"],
  [["location", "", "Darah", "Mali", "", ""], "Curation dictionary!B2 required"],
])("a dictionary row that cannot be used is reported and skipped: %p", (row, expected) => {
  const result = withDictionary([HEADER, row as CellValue[]], [CLEAN_INCIDENT]);
  expect(brief(result)).toEqual([expected]);
});

test("the dictionary sheet is never taken for an incident or weapon sheet", () => {
  const result = checkWorkbook({ sheets: [{ name: "Curation dictionary", values: [HEADER, ["actor", "Boko Haram", "JAS", "", "", ""]] }] }, { today: TODAY });
  expect(brief(result)).toEqual(["!0 missing-sheet"]);
});

describe("location rows are places, for clustering: the check's names never read them", () => {
  const MALI = { ...CLEAN_INCIDENT, country: "Mali" };
  test.each([
    ['"different" on a built-in pairing: "Wagner" still Wagner Group', ["Wagner Group", "Wagner", "", "different"], [{ ...MALI, actor2: "Wagner" }], [], "Incidents!H2", "actor"],
    ['"same": a team alias of a built-in actor maps nothing', ["Jama'at Nusrat al-Islam wal-Muslimin", "Nusra Sahel", "", "same"], [{ ...CLEAN_INCIDENT, actor2: "Nusra Sahel" }], [], "Incidents!H2", "actor"],
    ["a place named like a local actor makes it no canonical name", ["Katiba Hanifa", "", "Mali", "same"], [{ ...MALI, actor2: "Katiba Hanifa", inter2: "Rebel group" }], [], "Incidents!H2", "actor"],
    ['"same": a team alias of a weapon maps nothing', ["RPG-7", "lance-roquette RPG", "", "same"], [CLEAN_INCIDENT], [{ ...CLEAN_WEAPON, weapon: "lance-roquette RPG" }], "Weapons!B2", "weapon"],
  ] as const)("%s", (_, [canonical, alias, country, relation], incidents, weapons, cell, kind) => {
    const found = (dictionary: CellValue[][]) => at(withDictionary(dictionary, [...incidents], [...weapons]), cell).map((issue) => [issue.code, issue.suggestion]);
    const without = found([HEADER]);
    // The same row as a name changes the finding: the case is one the names would read.
    expect(found([HEADER, [kind, canonical, alias, country, relation, ""]])).not.toEqual(without);
    expect(found([HEADER, ["location", canonical, alias, country, relation, ""]])).toEqual(without);
  });

  test("a place taking a built-in weapon's alias is no override, and good location rows are no finding", () => {
    const result = withDictionary([HEADER, ["location", "Type 56 carbine", "Type 56", "", "", ""], ["location", "Djibo", "Jibo", "Burkina Faso", "same", ""], ["location", "Dar'a", "Dara", "Syria", "different", ""]], [CLEAN_INCIDENT], [{ ...CLEAN_WEAPON, weapon: "Type 56" }]);
    expect(brief(result).filter((finding) => finding.startsWith("Curation dictionary"))).toEqual([]);
  });
});
