import { foldLetters } from "../names/keyers/foldLetters";
import { countryOfAdjective } from "../vocabulary/nationalities";
import { findCountry } from "../vocabulary/countries";
import { ClusterGuard, signatureGuard } from "./clusterGuard";

/**
 * The countries a value names: by a country's name (up to three words: "Burkina Faso") or a
 * nationality adjective ("Nigerian", "Nigerien"), wherever it stands, in ACLED's brackets
 * ("Pastoralists (Niger)") or in the words ("Nigerian army").
 */
export function countriesNamed(text: string): string[] {
  const words = foldLetters(text).split(/[^\p{L}'-]+/u).filter(Boolean);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const phrase of [words.slice(i, i + 3).join(" "), words.slice(i, i + 2).join(" "), words[i]]) {
      // Names only: ISO codes ("IS", "IN", "AND") are words of other names.
      if (phrase.length < 4) continue;
      const country = findCountry(phrase)?.name ?? countryOfAdjective(phrase);
      if (country) found.add(country);
    }
  }
  return [...found].sort();
}

/**
 * A country is identity: values that name different countries, or a country against none,
 * never share a cluster, however close their letters ("Civilians (Gambia)" / "Civilians
 * (Zambia)", "Pastoralists (Niger)" / "Pastoralists (Nigeria)", "Nigerian army" / "Nigerien
 * army"). The incident's country does not decide this: ACLED's labels name foreign countries.
 */
export function countryGuard(): ClusterGuard {
  return signatureGuard(
    "countries",
    (text) => countriesNamed(text).join(", "),
    (a, b, x, y) => `"${a.value}" and "${b.value}" name different countries (${x || "none"} / ${y || "none"}): a country is identity, not a typo.`,
  );
}
