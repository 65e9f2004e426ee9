import { lookupFromPlaces } from "../../../src/domain/clusters/placeLookup";
import { placeNameGuard, placeWords } from "../../../src/domain/clusters/placeNameGuard";
import type { LocalEntry } from "../../../src/domain/names/dictionary/workbookDictionary";
import { valueOf } from "./valueOf";

/** Places one letter or one word break apart are other places (the pairs from the review of the real ACLED exports' location clusters, with their admin areas). */
describe("placeNameGuard", () => {
  const guard = placeNameGuard();
  test.each([
    ["Hombori", "Nombori", "Douentza / Bandiagara cercles, Mali"],
    ["Mondoro", "Dondoro", "Douentza / Niafunké"],
    ["Fangasso", "Zangasso", "Tominian / Koutiala"],
    ["Kouande", "Gouande", "Kouandé / Matéri, Benin"],
    ["Luhansk", "Luhanske", "a city and a village of Donetsk oblast"],
    ["Tin Telout", "Tintelout", "Gao / Tombouctou regions: one word break"],
    ["Aguas Calientes", "Aguascalientes", "Guerrero / the state of Aguascalientes"],
    ["Kani", "Kanii", "a letter more"],
    ["Palma", "Palmas", "a plural-looking s: Palma (Mozambique), Palmas (Brazil)"],
    ["Tripoli", "Tripoli - Tripoli", "a district is not the town"],
    ["Tehran - District 12", "Tehran - District 2", "digits, here too"],
  ])("%p and %p never share a cluster (%s)", (a, b) => {
    expect(guard.apart(valueOf(a), valueOf(b))).toMatch(/another place/);
    expect(guard.apart(valueOf(b), valueOf(a))).toMatch(/another place/);
  });

  test.each([
    ["Bobo-Dioulasso", "Bobo Dioulasso", "a hyphen for a space"],
    ["BOBO DIOULASSO", "Bobo-Dioulasso", "case"],
    ["Ségou", "Segou", "accents"],
    ["Dar'a", "Dara", "an apostrophe"],
    ["Djibo ", "djibo", "spacing and case"],
    ["Djibo", "Dji\u009bbo", "an invisible control character is no word break"],
  ])("%p and %p may (%s)", (a, b) => {
    expect(guard.apart(valueOf(a), valueOf(b))).toBeUndefined();
  });

  test("a place's words", () => {
    expect(placeWords("N'Djaména - Quartier 3")).toEqual(["ndjamena", "quartier", "3"]);
  });
});

/** The team's own rows make two spellings one place: as aliases of one actor pass the short-words guard, they pass this one. */
describe("placeNameGuard with the team's places", () => {
  const row = (canonical: string, alias: string, country: string | null): LocalEntry => ({ kind: "location", canonical, alias, country, relation: "same", note: "", row: 2 });
  const guard = placeNameGuard(lookupFromPlaces({ sheet: "Curation dictionary", entries: [row("Tintelout", "Tin Telout", "Mali"), row("Hombori", "", "Mali"), row("Kani", "Kanii", null)] }));
  const pair = (a: string, b: string, country: string | null) => guard.apart(valueOf(a, 1, country), valueOf(b, 1, country));

  test.each([
    ["Tintelout", "Tin Telout", "Mali", "the team's place and its alias"],
    ["TIN TELOUT", "Tintelout", "Mali", "its alias in capitals"],
    ["Kanii", "Kani", "Niger", "a row for everywhere"],
  ])("%p and %p (%p) may share a cluster (%s)", (a, b, country) => {
    expect(pair(a, b, country)).toBeUndefined();
  });

  test.each([
    ["Tintelout", "Tin Telout", "Niger", "the row is Mali's"],
    ["Hombori", "Nombori", "Mali", "one of them the team's place, the other unknown: a letter apart is still another place"],
    ["Tin Telout", "Tintelouts", "Mali", "the team names one only"],
  ])("%p and %p (%p) never do (%s)", (a, b, country) => {
    expect(pair(a, b, country)).toMatch(/another place/);
  });
});
