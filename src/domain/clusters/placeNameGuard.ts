import { foldLetters } from "../names/keyers/foldLetters";
import { ClusterGuard, signatureGuard } from "./clusterGuard";
import { NameLookup } from "./clusterTypes";
import { knownAsOne } from "./dictionaryLookup";

/** A place name's words: case and accents folded, apostrophes and invisible characters (controls, bidi marks) dropped, split at anything else that is not a letter or digit. */
export function placeWords(text: string): string[] {
  return foldLetters(text).replace(/['\u2019`\p{Cc}\p{Cf}]/gu, "").split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** A place name's words as one text: what two spellings of one place share (`placeWords`, joined by spaces). */
export function placeSignature(text: string): string {
  return placeWords(text).join(" ");
}

/**
 * Places one letter or one word break apart are other places, not typos: the review of every
 * location cluster on the real ACLED exports found one-letter look-alikes to be distinct places
 * in nearly every case (Hombori / Nombori, Mondoro / Dondoro, Kouande / Gouande, Luhansk /
 * Luhanske), and names written with or without a space in different regions (Tin Telout in
 * Gao, Tintelout in Tombouctou; In Taw / Intaw in Myanmar). Two place names share a cluster
 * only where their words are the same up to case, accents, apostrophes and punctuation:
 * "Bobo-Dioulasso" / "BOBO DIOULASSO", "Ségou" / "Segou"; or, with the team's places
 * (`lookupFromPlaces`), where the team's own rows make both spellings of one place.
 */
export function placeNameGuard(places?: NameLookup): ClusterGuard {
  const words = signatureGuard(
    "places",
    placeSignature,
    (a, b, x, y) => `"${a.value}" and "${b.value}" are other letters or words (${x} / ${y}): a place one letter or one word break apart is another place.`,
  );
  if (!places) return words;
  return {
    name: words.name,
    apart(a, b) {
      const reason = words.apart(a, b);
      return reason === undefined || knownAsOne(places, a, b) ? undefined : reason;
    },
  };
}
