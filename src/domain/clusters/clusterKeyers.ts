import { actorTokens, keysOfTokens } from "../names/actorKeys";
import { fingerprintKeyer, separatorFingerprintKeyer } from "../names/keyers/fingerprint";
import { Keyer } from "../names/keyers/keyer";
import { ngramFingerprintKeyer } from "../names/keyers/ngramFingerprint";
import { ValueKind } from "./clusterTypes";
import { singularFingerprintKeyer } from "./singularFingerprint";

/**
 * The project's transliteration key, in any word order: the actor words (folded, apostrophes
 * dropped, al-/el-/ash- read alike), doubled vowels and ee/oo/ou read alike (Muslimeen /
 * Muslimin, Shabaab / Shabab), sorted and deduplicated as the fingerprint sorts its words.
 */
export const transliterationKeyer: Keyer = {
  name: "transliteration",
  key(text: string): string {
    const words = keysOfTokens(actorTokens(text))[3];
    return words.includes(" ") ? [...new Set(words.split(" "))].sort().join(" ") : words;
  },
};

/** The actor words run together: "UM-RDA" and "UMRDA", "Al Shabaab" and "Alshabaab" meet. */
export const compactKeyer: Keyer = {
  name: "compact",
  key(text: string): string {
    return actorTokens(text).join("");
  },
};

/** Every keyer by name, as OpenRefine's KeyerFactory registers them: one line each. */
export const CLUSTER_KEYERS: ReadonlyMap<string, Keyer> = new Map<string, Keyer>([
  ["fingerprint", fingerprintKeyer],
  ["ngram-fingerprint", ngramFingerprintKeyer(2)],
  ["ngram-fingerprint-1", ngramFingerprintKeyer(1)],
  ["separator-fingerprint", separatorFingerprintKeyer],
  ["transliteration", transliterationKeyer],
  ["compact", compactKeyer],
  ["singular-fingerprint", singularFingerprintKeyer],
]);

/**
 * The keys the key method uses by default (for actors and places): a value joins every value
 * it shares one of them with. OpenRefine's fingerprint (case, accents, punctuation, word
 * order), the transliteration key and the words run together; the safeguards then keep
 * digits and suffixes apart.
 */
export const DEFAULT_KEYERS = ["fingerprint", "transliteration", "compact"] as const;

/**
 * Weapons add the fingerprint of singular words: a plural around a model is noise
 * (NAMING-POLICY weapons §5: "RPG-7 launchers", "AK-47s"), and the digits guard keeps the
 * suffixes apart (PKMS, 92S). Not a default for actors: on the real ACLED files it finds no
 * cluster by country and one wrong one without the country ("Rider Union" of South Korea,
 * "Riders Union" of Italy); a curator asks for it by name ("Dozos", "Koglweogo Militias").
 * Never for places, where a letter more is another place ("Palma" in Mozambique, "Palmas" in
 * Brazil).
 */
export const DEFAULT_WEAPON_KEYERS = [...DEFAULT_KEYERS, "singular-fingerprint"] as const;

/** The keys the key method uses by default for a kind of value. */
export function defaultKeyersFor(kind: ValueKind): readonly string[] {
  return kind === "weapon" ? DEFAULT_WEAPON_KEYERS : DEFAULT_KEYERS;
}

/** The keyers of the given names; an unknown name is an error the caller's arguments made. */
export function keyersNamed(names: readonly string[]): Keyer[] {
  return names.map((name) => {
    const keyer = CLUSTER_KEYERS.get(name);
    if (!keyer) throw new Error(`unknown keyer "${name}"; known: ${[...CLUSTER_KEYERS.keys()].join(", ")}`);
    return keyer;
  });
}
