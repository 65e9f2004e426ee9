import { lookupFromResolver } from "../../../src/domain/clusters/dictionaryLookup";
import { knownDifferentGuard } from "../../../src/domain/clusters/knownDifferentGuard";
import { builtInActorResolver, builtInWeaponResolver } from "../../../src/domain/names/dictionary/builtIn";
import { valueOf } from "./valueOf";

describe("knownDifferentGuard: two names the dictionary knows as different actors or weapons", () => {
  const actors = knownDifferentGuard(lookupFromResolver(builtInActorResolver()));
  const weapons = knownDifferentGuard(lookupFromResolver(builtInWeaponResolver()));

  test.each([
    ["MNLA", "FLA", "Mali", "§3: predecessors and successors do not map"],
    ["Ansar Dine", "JNIM", "Mali", "a founding group is not the coalition it joined"],
    ["ISWAP", "Boko Haram", "Nigeria", "a splinter is not its parent"],
  ])("%p and %p (%p) never share a cluster (%s)", (a, b, country) => {
    expect(actors.apart(valueOf(a, 1, country), valueOf(b, 1, country))).toMatch(/The dictionary knows/);
  });

  test("the country decides: ISIS and ISGS in Mali are one actor; ISIS in Nigeria and ISGS are two", () => {
    expect(actors.apart(valueOf("ISIS", 1, "Mali"), valueOf("ISGS", 1, "Mali"))).toBeUndefined();
    expect(actors.apart(valueOf("ISIS", 1, "Nigeria"), valueOf("ISGS", 1, "Nigeria"))).toMatch(/Islamic State West Africa Province.*Islamic State Sahel Province/);
  });

  test("weapons: AKM and AK-47 are two entries", () => {
    expect(weapons.apart(valueOf("AKM"), valueOf("AK-47"))).toMatch(/The dictionary knows/);
    expect(weapons.apart(valueOf("RPG-7 launchers"), valueOf("RPG7"))).toBeUndefined();
  });

  test("an unknown name passes: only two known, different names are kept apart", () => {
    expect(actors.apart(valueOf("Gouka Communal Militia (Benin)", 1, "Benin"), valueOf("JNIM", 1, "Benin"))).toBeUndefined();
  });
});
