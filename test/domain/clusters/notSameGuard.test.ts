import { notSameGuard, pairsMarkedDifferent } from "../../../src/domain/clusters/notSameGuard";
import { valueOf } from "./valueOf";

describe("notSameGuard: names a team marked \"not the same\"", () => {
  const pairs = [{ kind: "actor" as const, a: "Koglweogo Militia", b: "Koglweogo Militia (Kaya)" }];

  test.each([
    ["Koglweogo Militia", "Koglweogo Militia (Kaya)", "the pair as written"],
    ["koglweogo militia", "KOGLWEOGO MILITIA (KAYA)", "case"],
    ["Koglweogo Militia (Kaya)", "Koglwéogo Militia", "the other way round, with an accent"],
  ])("%p and %p never share a cluster (%s)", (a, b) => {
    expect(notSameGuard(pairs).apart(valueOf(a), valueOf(b))).toMatch(/marked "not the same" in the Curation dictionary/);
  });

  test("a value the dictionary maps to a name of the pair stands for it", () => {
    const lookup = (value: string) => (value === "Kaya Koglweogo" ? { canonical: "Koglweogo Militia (Kaya)", recognised: false } : undefined);
    expect(notSameGuard(pairs, lookup).apart(valueOf("Koglweogo Militia"), valueOf("Kaya Koglweogo"))).toBeDefined();
  });

  test("other values pass", () => {
    expect(notSameGuard(pairs).apart(valueOf("Koglweogo Militia"), valueOf("Koglweogo"))).toBeUndefined();
    expect(notSameGuard([]).apart(valueOf("a"), valueOf("b"))).toBeUndefined();
  });

  test("pairs come from the Curation dictionary's `different` rows of the kind asked", () => {
    const entry = (kind: "actor" | "weapon", relation: "same" | "different", canonical: string, alias: string) => ({ kind, canonical, alias, country: null, relation, note: "", row: 2 });
    const dictionary = { sheet: "Curation dictionary", entries: [entry("actor", "different", "Hamas", "Hamas (Algeria)"), entry("actor", "same", "Hamas", "Harakat al-Muqawama"), entry("weapon", "different", "PKM", "PKP")] };
    expect(pairsMarkedDifferent(dictionary, "actor")).toEqual([{ kind: "actor", a: "Hamas (Algeria)", b: "Hamas", country: null }]);
    expect(pairsMarkedDifferent(dictionary, "weapon")).toEqual([{ kind: "weapon", a: "PKP", b: "PKM", country: null }]);
    expect(pairsMarkedDifferent(undefined, "actor")).toEqual([]);
  });
});

test("a pair marked in one country holds there only", () => {
  const guard = notSameGuard([{ kind: "actor", a: "Dozo Militia", b: "Dozos", country: "Burkina Faso" }]);
  expect(guard.apart(valueOf("Dozo Militia", 1, "Burkina Faso"), valueOf("Dozos", 1, "Burkina Faso"))).toMatch(/not the same/);
  expect(guard.apart(valueOf("Dozo Militia", 1, "Mali"), valueOf("Dozos", 1, "Mali"))).toBeUndefined();
});

describe("places a team marked different (location rows), in the row's country only, as for actors", () => {
  const guard = notSameGuard([{ kind: "location", a: "Dara", b: "Dar'a", country: "Mali" }]);
  test.each([
    ["Dara", "Dar'a", "Mali", true, "the pair, in its country"],
    ["Dar'a", "Dara", "Mali", true, "the other way round"],
    ["Dara", "Dar'a", null, true, "a value with no country known: the pair still holds, as for actors"],
    ["Dara", "Dar'a", "Syria", false, "another country: the row says nothing there"],
    ["DARA", "Dar'a", "Mali", false, "names that differ only in an apostrophe are matched letter for letter: DARA is neither"],
    ["Dara", "Darah", "Mali", false, "another pair"],
  ])("%p / %p in %p kept apart: %p (%s)", (a, b, country, apart, _why) => {
    const reason = guard.apart(valueOf(a, 1, country), valueOf(b, 1, country));
    if (apart) expect(reason).toBe('"Dara" and "Dar\'a" are marked "not the same" in the Curation dictionary.');
    else expect(reason).toBeUndefined();
  });

  test("pairs of the kind asked: location rows for places, never for actors or weapons, and the reverse", () => {
    const entry = (kind: "actor" | "weapon" | "location", relation: "same" | "different", canonical: string, alias: string, country: string | null) => ({ kind, canonical, alias, country, relation, note: "", row: 2 });
    const dictionary = { sheet: "Curation dictionary", entries: [entry("location", "different", "Dar'a", "Dara", "Syria"), entry("location", "same", "Dara", "Darah", "Mali"), entry("actor", "different", "Tillaberi Militia", "Tillaberi", null)] };
    expect(pairsMarkedDifferent(dictionary, "location")).toEqual([{ kind: "location", a: "Dara", b: "Dar'a", country: "Syria" }]);
    expect(pairsMarkedDifferent(dictionary, "actor")).toEqual([{ kind: "actor", a: "Tillaberi", b: "Tillaberi Militia", country: null }]);
    expect(pairsMarkedDifferent(dictionary, "weapon")).toEqual([]);
  });
});
