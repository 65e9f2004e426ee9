import { actorTokens, keysOfTokens } from "../names/actorKeys";
import { fingerprintKeyer, separatorFingerprintKeyer } from "../names/keyers/fingerprint";
import { Keyer } from "../names/keyers/keyer";
import { ngramFingerprintKeyer } from "../names/keyers/ngramFingerprint";

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
]);

/**
 * The keys the key method uses by default: a value joins every value it shares one of them
 * with. OpenRefine's fingerprint (case, accents, punctuation, word order), the transliteration
 * key and the words run together; the safeguards then keep digits and suffixes apart.
 */
export const DEFAULT_KEYERS = ["fingerprint", "transliteration", "compact"] as const;

/** The keyers of the given names; an unknown name is an error the caller's arguments made. */
export function keyersNamed(names: readonly string[]): Keyer[] {
  return names.map((name) => {
    const keyer = CLUSTER_KEYERS.get(name);
    if (!keyer) throw new Error(`unknown keyer "${name}"; known: ${[...CLUSTER_KEYERS.keys()].join(", ")}`);
    return keyer;
  });
}
