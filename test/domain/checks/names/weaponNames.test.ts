import { checkWorkbook } from "../../../../src/domain/checks/checkWorkbook";
import { planFixes } from "../../../../src/domain/fixes/fixPlan";
import { check, CLEAN_INCIDENT, CLEAN_WEAPON, gridOf, TODAY } from "../../../support/rows";

/** The holder cells of the weapon sheet: the country comes from the incident row, or there is none to use. */
const weapon = (change: Record<string, unknown>) => ({ ...CLEAN_WEAPON, ...change }) as typeof CLEAN_WEAPON;
const weaponsAlone = (rows: Record<string, unknown>[]) => checkWorkbook({ sheets: [{ name: "Weapons", values: gridOf(rows as (typeof CLEAN_WEAPON)[]) }] }, { today: TODAY });
const holderIssues = (result: ReturnType<typeof check>) => result.issues.filter((i) => i.sheet === "Weapons" && i.field === "holder");

describe("a weapon row without its incident has no country: country-dependent holders are refused (issue 13 item 4)", () => {
  test.each([
    ["ISIS", "the umbrella name has a no-country reading (Islamic State), which is not this row's"],
    ["Islamic State", "the same, written out"],
    ["Al Shabaab", "ACLED's Somali string names the Islamic State in Mozambique"],
  ])("%p in a weapon sheet checked alone (%s)", (holder) => {
    const result = weaponsAlone([weapon({ holder })]);
    expect(holderIssues(result).map((i) => [i.code, i.suggestion])).toEqual([["ambiguous-name", undefined]]);
    expect(holderIssues(result)[0].message).toContain("country is not known");
    expect(planFixes(result).filter((c) => c.field === "holder")).toEqual([]);
  });

  test("a weapon row whose incident id does not resolve is read without a country too", () => {
    const result = check([CLEAN_INCIDENT], [weapon({ incident_id: "BFA9999", holder: "ISIS" })]);
    expect(holderIssues(result).map((i) => i.code)).toEqual(["ambiguous-name"]);
    expect(planFixes(result).filter((c) => c.sheet === "Weapons" && c.field === "holder")).toEqual([]);
  });

  test("negative: with its incident, the incident's country decides (ISIS in Burkina Faso is the Sahel Province)", () => {
    const result = check([CLEAN_INCIDENT], [weapon({ holder: "ISIS" })]);
    const fixes = planFixes(result).filter((c) => c.sheet === "Weapons" && c.field === "holder");
    expect(fixes.map((c) => c.new)).toEqual(["Islamic State Sahel Province"]);
  });

  test("negative: a holder whose meaning does not depend on the country is still mapped without its incident", () => {
    const result = weaponsAlone([weapon({ holder: "JNIM" })]);
    expect(planFixes(result).filter((c) => c.field === "holder").map((c) => c.new)).toEqual(["Jama'at Nusrat al-Islam wal-Muslimin"]);
  });
});

test("the holder-mismatch message prints the incident's names as written, not lowercased (issue 13)", () => {
  const result = check([{ ...CLEAN_INCIDENT, actor2: "Koglweogo Brigade of Kaya", inter2: "Identity militia", interaction: 24 }], [weapon({ holder: "Wagner Group" })]);
  const mismatch = result.issues.find((i) => i.code === "weapon-mismatch" && i.field === "holder")!;
  expect(mismatch.message).toBe("The holder Wagner Group is not one of the incident's actors (Islamic State Sahel Province; Koglweogo Brigade of Kaya).");
});
