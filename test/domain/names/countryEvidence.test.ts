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
  ["Boko Haram", "Mali", "canonical", "Boko Haram", "no namesake: counted as written"],
  ["Boko Haram", "Nigeria", "canonical", "Boko Haram", "negative: where it acts"],
  ["Wagner Group", "Burkina Faso", "unknown", null, "Africa Corps, Wagner's successor there, is often still called Wagner: refused"],
  ["Wagner Group", "Mali", "canonical", "Wagner Group", "negative: where it acts"],
  ["ISWAP", "Burkina Faso", "unknown", null, "ISWAP's former Greater Sahara faction (now ISSP) was called ISWAP there: refused"],
  ["ISWAP", "Niger", "alias", "Islamic State West Africa Province", "negative: where it acts"],
], actor);

test("the canonical name where the actor is not known to act is counted at a lower confidence that says so", () => {
  const outside = actor("Boko Haram", "Mali");
  expect(outside.confidence).toBeLessThan(actor("Boko Haram", "Nigeria").confidence);
  expect(outside.reason).toContain("not known to act in Mali");
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
