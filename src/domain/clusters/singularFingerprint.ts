import { fingerprintKeyer } from "../names/keyers/fingerprint";
import { Keyer } from "../names/keyers/keyer";
import { singularText } from "./pluralWords";

/**
 * OpenRefine's fingerprint of the text with its plurals made singular: "Koglweogo Militias"
 * and "Koglweogo Militia" meet on "koglweogo militia", "Dozos (Mali)" and "Dozo (Mali)" on
 * "dozo mali", "AK-47s" and "AK-47" on "ak47". A plural is what the guards read as one
 * (`isPluralWord`): a lower-case s after a word of four letters or more, or after a
 * designation or acronym in capitals ("RPGs", "PG-7Vs"); not a capital S ("PKMS", "ISIS",
 * "Beretta 92S"), not an s after bare digits ("1990s"), not -ss, -us, -is ("Congress",
 * "Cyprus", "Tunis"). The s is taken off before the fingerprint folds case, since case is
 * what tells a plural from a suffix. The key only proposes: the guards still decide what
 * may merge ("Hamas" is an actor, not a plural of the city Hama). Never for places, where a
 * letter more is another town ("Palma" / "Palmas").
 */
export const singularFingerprintKeyer: Keyer = {
  name: "singular-fingerprint",
  key(text: string): string {
    return fingerprintKeyer.key(singularText(text));
  },
};
