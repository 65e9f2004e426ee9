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
