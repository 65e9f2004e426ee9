import { designationGuard, designations } from "../../../src/domain/clusters/designationGuard";
import { valueOf } from "./valueOf";

const guard = designationGuard();
const apart = (a: string, b: string) => guard.apart(valueOf(a), valueOf(b)) !== undefined;

describe("designationGuard: digits and suffixes are identity", () => {
  test.each([
    ["AK-47", "AK-74", "NAMING-POLICY weapons §1"],
    ["M70", "M70AB2", "a suffix after the digits"],
    ["M16", "M16A1", "M16 / M16A2 ≠ M16A1"],
    ["RPG-7", "RPG-29", "another launcher"],
    ["RPG-7", "RPG-7V2", "a sub-variant is not a spelling"],
    ["Zastava M05E3", "Zastava M05E1", "one digit at the end"],
    ["PG-7VM", "PG-7M", "letters inside a designation"],
    ["RPK-74", "RPK", "one has digits, the other none"],
    ["Type 56 carbine", "Type 56", "a shared prefix is not identity (§3)"],
    ["Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2022-)", "ACLED regime periods"],
    ["Military Forces of Mali (2021-)", "Military Forces of Mali", "a period against none"],
    ["Type 56-1/-2 rifles", "Type 56-1 rifles", "a compound against one model"],
  ])("%p and %p never share a cluster (%s)", (a, b) => {
    expect(apart(a, b)).toBe(true);
    expect(apart(b, a)).toBe(true);
  });

  test.each([
    ["AK-47", "AK47", "a hyphen"],
    ["AK-47", "ak 47", "a space and case"],
    ["AK-47", "AK.47", "a full stop"],
    ["Military Forces of Mali (2021-)", "Militery Forces of Mali (2021-)", "a typo outside the period"],
    ["Koglweogo Militia", "Koglwéogo militia", "no digits at all"],
  ])("%p and %p may share one (%s)", (a, b) => {
    expect(apart(a, b)).toBe(false);
  });

  test("the reason names what differs", () => {
    expect(guard.apart(valueOf("AK-47"), valueOf("AK-74"))).toMatch(/"AK-47" and "AK-74" differ in their digits or designations \(ak47 \/ ak74\)/);
  });

  test("designations of a text", () => {
    expect(designations("Military Forces of Mali (2013-2020) Operational Coordination Mechanism")).toEqual(["20132020"]);
    expect(designations("Chinese Type 56-2 rifle")).toEqual(["type562rifle"]);
    expect(designations("Koglweogo")).toEqual([]);
  });
});

describe("designationGuard: a decimal comma is a decimal point, and the point is identity", () => {
  test.each([
    ["7.62mm", "7,62mm", "comma and point"],
    ["12,7 mm", "12.7mm", "a comma, and a space before the unit"],
    ["7,62x39mm", "7.62x39mm", "a cartridge"],
    ["5,56 mm rounds", "5.56mm rounds", "the words around it alike"],
  ])("%p and %p may share a cluster (%s)", (a, b) => {
    expect(apart(a, b)).toBe(false);
  });

  test.each([
    ["12.7mm", "127mm", "12.7 mm is a machine-gun round, 127 mm a gun: the point is identity"],
    ["12,7mm", "127mm", "nor is a comma read away"],
    ["7.62mm", "76.2mm", "the point elsewhere"],
    ["5,56mm", "5,45mm", "other digits"],
    ["Type 56-1,2", "Type 56-12", "a list's comma after a hyphen is no decimal comma"],
    ["AK-47,74", "AK-47.74", "nor after a designation"],
  ])("%p and %p never share one (%s)", (a, b) => {
    expect(apart(a, b)).toBe(true);
    expect(apart(b, a)).toBe(true);
  });

  test("designations keep the point", () => {
    expect(designations("7,62mm")).toEqual(["7.62mm"]);
    expect(designations("12.7 mm HMG")).toEqual(["12.7mm"]);
    expect(designations("Type 56-1,2")).toEqual(["type561", "2"]);
  });
});

describe("designationGuard: a plural -s is noise where case shows it is one (NAMING-POLICY weapons §5)", () => {
  test.each([
    ["AK-47", "AK-47s", "a lower-case s after the digits of a designation in capitals"],
    ["PG-7V", "PG-7Vs", "after a capital suffix letter"],
    ["M16A1", "M16A1s", "after a suffix's digit"],
    ["RPG-7 launcher", "RPG-7 launchers", "the noun glued to the digits"],
    ["Chinese Type 56-2 rifle", "Chinese Type 56-2 rifles", "likewise"],
    ["AK-47s", "ak-47s", "case only, as before"],
  ])("%p and %p may share a cluster (%s)", (a, b) => {
    expect(apart(a, b)).toBe(false);
    expect(apart(b, a)).toBe(false);
  });

  test.each([
    ["AK-47", "AK-74s", "other digits, plural or not"],
    ["PG-7V", "PG-7VLs", "a suffix letter more"],
    ["M70", "M70AB2s", "a suffix more"],
    ["PG-7V", "PG-7VS", "a capital S is a suffix, not a plural"],
    ["Beretta 92", "Beretta 92S", "the 92S is its own model"],
    ["Beretta 92", "beretta 92s", "no capital: nothing tells a plural from a suffix"],
    ["Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2022-)", "ACLED regime periods, as ever"],
  ])("%p and %p never share one (%s)", (a, b) => {
    expect(apart(a, b)).toBe(true);
    expect(apart(b, a)).toBe(true);
  });

  test("not for places: with plurals off a letter more is another name", () => {
    expect(designationGuard({ plurals: false }).apart(valueOf("Zolote-5"), valueOf("Zolote-5s"))).toBeDefined();
    expect(designations("RPG-7 launchers", { plurals: false })).toEqual(["rpg7launchers"]);
    expect(designations("RPG-7 launchers")).toEqual(["rpg7launcher"]);
  });
});
