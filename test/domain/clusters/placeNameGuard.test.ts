import { placeNameGuard, placeWords } from "../../../src/domain/clusters/placeNameGuard";
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
