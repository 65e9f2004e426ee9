import { builtInActorResolver } from "../../../src/domain/names/dictionary/builtIn";
import { actor, nameTable } from "./nameCases";

/** The country as evidence (NAMING-POLICY actors §9, issue 13 item 3). */
describe("a context name's candidates are the ones active in the incident's country", () => {
  test.each([
    ["ISIS", "Niger", ["Islamic State Sahel Province", "Islamic State West Africa Province"]],
    ["Islamic State", "Niger", ["Islamic State Sahel Province", "Islamic State West Africa Province"]],
    ["ISIS", "Pakistan", ["Islamic State Khorasan Province"]],
  ])("%p in %p lists %p", (raw, country, candidates) => {
    const resolution = actor(raw, country);
    expect(resolution.status).toBe("ambiguous");
    expect(resolution.candidates).toEqual(candidates);
  });

  test("negative: with no country, every candidate is listed", () => {
    expect(actor("IS", null).candidates.length).toBeGreaterThan(2);
  });
});

nameTable("actors §9: a named actor where it is not known to act", [
  ["Hamas", "Algeria", "unknown", null, "a namesake could be meant: refused"],
  ["Hamas (Harakat al-Muqawama al-Islamiya)", "Algeria", "unknown", null, "the same through a parenthesis"],
  ["Wagner Group", "Burkina Faso", "canonical", "Wagner Group", "no namesake: counted as written"],
  ["Wagner Group", "Mali", "canonical", "Wagner Group", "negative: where it acts"],
], actor);

test("the canonical name where the actor is not known to act is counted at a lower confidence that says so", () => {
  const outside = actor("Wagner Group", "Burkina Faso");
  expect(outside.confidence).toBeLessThan(actor("Wagner Group", "Mali").confidence);
  expect(outside.reason).toContain("not known to act in Burkina Faso");
});

test("a weapon row without its incident: country-dependent names are refused, not read as having no country", () => {
  const resolver = builtInActorResolver();
  expect(resolver.resolve("ISIS", null).canonical).toBe("Islamic State");
  for (const raw of ["ISIS", "Islamic State", "Al Shabaab", "Islamic State (ISIS)"]) {
    const resolution = resolver.resolveWithoutCountry(raw);
    expect([raw, resolution.canonical, resolution.status]).toEqual([raw, null, "ambiguous"]);
  }
  expect(resolver.resolveWithoutCountry("JNIM").canonical).toBe("Jama'at Nusrat al-Islam wal-Muslimin");
});
