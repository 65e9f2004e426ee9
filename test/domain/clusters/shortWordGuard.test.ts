import { lookupFromResolver } from "../../../src/domain/clusters/dictionaryLookup";
import { shortWordGuard } from "../../../src/domain/clusters/shortWordGuard";
import { builtInActorResolver, builtInWeaponResolver } from "../../../src/domain/names/dictionary/builtIn";
import { valueOf } from "./valueOf";

const guard = shortWordGuard();
const apart = (a: string, b: string) => guard.apart(valueOf(a), valueOf(b)) !== undefined;

describe("shortWordGuard: in short names one letter is another name", () => {
  test.each([
    ["PKM", "PKP", "NAMING-POLICY weapons §1"],
    ["ADF", "SDF", "§5: short acronyms"],
    ["Protesters (Iran)", "Protesters (Iraq)", "two countries"],
    ["Ganro Communal Militia (Benin)", "Gango Communal Militia (Benin)", "two villages of Benin (real ACLED strings)"],
    ["Gouka Communal Militia (Benin)", "Bouka Communal Militia (Benin)", "two villages of Benin (real ACLED strings)"],
    ["Dozo Communal Group (Mali)", "Doro Communal Group (Mali)", "Dozo hunters against the village of Doro"],
    ["ISIS", "ISIL", "to the dictionary, not to a one-letter guess"],
    ["Dozo", "Dozos", "without `plurals` (places), a letter more is another name"],
  ])("%p and %p never share a cluster (%s)", (a, b) => {
    expect(apart(a, b)).toBe(true);
    expect(apart(b, a)).toBe(true);
  });

  test.each([
    ["Labour Group (Benin)", "Labor Group (Benin)", "labour has six letters"],
    ["Mayi Mayi Militia (Buhirwha)", "Mayi Mayi Militia (Buhirwa)", "long words"],
    ["UM-RDA: Malian Union", "UMRDA: Malian Union", "the same letters run together"],
    ["Koglweogo", "Koglweogo Militia", "a word added, none changed"],
    ["ISIS", "isis", "case only"],
  ])("%p and %p may share one (%s)", (a, b) => {
    expect(apart(a, b)).toBe(false);
  });
});

describe("shortWordGuard with plurals: a plural -s is noise where case shows it is one and the dictionary knows no name in it", () => {
  const actors = lookupFromResolver(builtInActorResolver());
  const weapons = lookupFromResolver(builtInWeaponResolver());
  const actorGuard = shortWordGuard({ plurals: true, lookup: actors, oneName: true });
  const weaponGuard = shortWordGuard({ plurals: true, lookup: weapons });
  const apartIn = (g: typeof guard, a: string, b: string, country: string | null) => g.apart(valueOf(a, 1, country), valueOf(b, 1, country));

  test.each([
    [actorGuard, "Dozo", "Dozos", "Mali", "Dozo hunters, singular and plural"],
    [actorGuard, "Dozo Communal Militia (Mali)", "Dozos Communal Militia (Mali)", "Mali", "ACLED's name beside an unknown plural of it"],
    [actorGuard, "DOZOS (MALI)", "Dozos (Mali)", "Mali", "case only, as before"],
    [actorGuard, "Koglweogo Militia", "Koglweogo Militias", "Burkina Faso", "a long word: never a short-word matter"],
    [actorGuard, "Peul", "Peuls", "Mali", "an ethnic name and its plural"],
    [weaponGuard, "PKM", "PKMs", null, "a lower-case s after an acronym; the dictionary knows both as PKM"],
    [weaponGuard, "RPG", "RPGs", null, "a generic class and its plural"],
    [weaponGuard, "AK-47", "AK-47s", null, "the digits' word with its plural"],
  ])("%#: %p and %p (%p) may share a cluster (%s)", (g, a, b, country, _why) => {
    expect(apartIn(g, a, b, country)).toBeUndefined();
    expect(apartIn(g, b, a, country)).toBeUndefined();
  });

  test.each([
    [weaponGuard, "PKM", "PKMS", null, "a capital S is a suffix: the PKMS (weapons §2)"],
    [actorGuard, "ISI", "ISIS", null, "likewise: Pakistan's intelligence service is not ISIS"],
    [actorGuard, "isi", "isis", null, "a stem of three letters is no evidence"],
    [actorGuard, "Hama", "Hamas", "Syria", "the dictionary knows Hamas: a city and an actor"],
    [actorGuard, "Militia (Hama)", "Militia (Hamas)", "Syria", "likewise inside a label"],
    [actorGuard, "Dozos Communal Group (Mali)", "Doro Communal Group (Mali)", "Mali", "a plural does not make a look-alike one name"],
    [weaponGuard, "PKP", "PKMs", null, "another model, plural or not"],
  ])("%#: %p and %p (%p) never share one (%s)", (g, a, b, country, _why) => {
    expect(apartIn(g, a, b, country)).toMatch(/differ in a short word/);
    expect(apartIn(g, b, a, country)).toMatch(/differ in a short word/);
  });

  test("without `plurals`, as for places, Kani and Kanis are two villages", () => {
    expect(apartIn(shortWordGuard({ lookup: actors }), "Kani", "Kanis", "Mali")).toBeDefined();
  });
});

describe("shortWordGuard with oneName: names the dictionary maps to one actor in the incident's country are its aliases (NAMING-POLICY actors §4)", () => {
  const actors = lookupFromResolver(builtInActorResolver());
  const weapons = lookupFromResolver(builtInWeaponResolver());
  const g = shortWordGuard({ plurals: true, lookup: actors, oneName: true });
  const pair = (a: string, ca: string | null, b: string, cb: string | null) => g.apart(valueOf(a, 1, ca), valueOf(b, 1, cb));

  test.each([
    ["ISIS", "ISIL", "Mali", "both Islamic State Sahel Province there"],
    ["ISIS", "ISIL", "Nigeria", "both Islamic State West Africa Province there"],
    ["Islamic State (ISIS)", "Islamic State (ISIL)", "Mali", "ACLED-style labels of one branch"],
    ["ISIS", "ISIL", null, "no country: both Islamic State"],
  ])("%p and %p in %p may share a cluster (%s)", (a, b, country, _why) => {
    expect(pair(a, country, b, country)).toBeUndefined();
  });

  test.each([
    ["ISIS", "Niger", "ISIL", "Niger", "two branches act in Niger: the dictionary refuses both"],
    ["ISIS", "Pakistan", "ISIL", "Pakistan", "likewise in Pakistan"],
    ["Islamic State (ISIS)", "Niger", "Islamic State (ISIL)", "Niger", "likewise inside a label"],
    ["ISIS", "Mali", "ISIL", "Nigeria", "two countries, two branches"],
  ])("%p (%p) and %p (%p) never share one (%s)", (a, ca, b, cb) => {
    expect(pair(a, ca, b, cb)).toMatch(/differ in a short word/);
  });

  test("not for weapons, where the dictionary maps an unlisted sub-variant to its parent (PKMS → PKM): a cluster would write the sub-variant away", () => {
    expect(shortWordGuard({ plurals: true, lookup: weapons }).apart(valueOf("PKM"), valueOf("PKMS"))).toBeDefined();
    expect(shortWordGuard({ plurals: true, lookup: weapons, oneName: false }).apart(valueOf("DShK"), valueOf("DShKM"))).toBeDefined();
  });

  test("without a dictionary, ISIS and ISIL stay apart: one letter is no evidence", () => {
    expect(shortWordGuard({ plurals: true, oneName: true }).apart(valueOf("ISIS", 1, "Mali"), valueOf("ISIL", 1, "Mali"))).toBeDefined();
  });
});
