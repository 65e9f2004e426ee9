import { fold } from "../text/fold";

/**
 * Nationality adjectives as reports write them, with the country each names (canonical
 * country names; "USSR" and "Yugoslavia" for weapons' origins). Used as evidence, never
 * fuzzily matched: Nigerian and Nigerien differ by one letter and name two countries.
 */
const ADJECTIVES: Record<string, string> = {
  nigerian: "Nigeria", nigerien: "Niger", nigerienne: "Niger", malian: "Mali", malien: "Mali", burkinabe: "Burkina Faso", burkinabé: "Burkina Faso",
  chadian: "Chad", tchadien: "Chad", cameroonian: "Cameroon", camerounais: "Cameroon", somali: "Somalia", somalian: "Somalia", sudanese: "Sudan",
  "south sudanese": "South Sudan", mozambican: "Mozambique", congolese: "", ethiopian: "Ethiopia", eritrean: "Eritrea", ugandan: "Uganda",
  kenyan: "Kenya", tanzanian: "Tanzania", rwandan: "Rwanda", burundian: "Burundi", libyan: "Libya", algerian: "Algeria", tunisian: "Tunisia",
  egyptian: "Egypt", mauritanian: "Mauritania", senegalese: "Senegal", beninese: "Benin", togolese: "Togo", ghanaian: "Ghana", ivorian: "Ivory Coast",
  guinean: "Guinea", syrian: "Syria", iraqi: "Iraq", iranian: "Iran", israeli: "Israel", lebanese: "Lebanon", palestinian: "Palestine",
  yemeni: "Yemen", saudi: "Saudi Arabia", turkish: "Turkey", afghan: "Afghanistan", pakistani: "Pakistan", ukrainian: "Ukraine", russian: "Russia",
  chinese: "China", "north korean": "North Korea", serbian: "Serbia", yugoslav: "Yugoslavia", yugoslavian: "Yugoslavia", bulgarian: "Bulgaria",
  romanian: "Romania", czech: "Czech Republic", czechoslovak: "Czechoslovakia", polish: "Poland", hungarian: "Hungary", soviet: "USSR",
  american: "United States", us: "United States", "u.s.": "United States", belgian: "Belgium", german: "Germany", "west german": "West Germany",
  "east german": "East Germany", french: "France", british: "United Kingdom", italian: "Italy", spanish: "Spain",
  brazilian: "Brazil", "south african": "South Africa", indian: "India", korean: "South Korea", slovak: "Slovakia",
  croatian: "Croatia", bosnian: "Bosnia and Herzegovina", albanian: "Albania", montenegrin: "Montenegro", belarusian: "Belarus", georgian: "Georgia",
};

const BY_KEY = new Map<string, string>(Object.entries(ADJECTIVES).filter(([, country]) => country).map(([key, country]) => [fold(key), country]));

/** The country a nationality adjective names, or undefined ("Congolese" names two, so none). */
export function countryOfAdjective(word: string): string | undefined {
  return BY_KEY.get(fold(word));
}

/** Every adjective (folded), one or two words, for finding them in a cell. */
export const NATIONALITY_ADJECTIVES: readonly string[] = [...BY_KEY.keys(), "congolese"];
