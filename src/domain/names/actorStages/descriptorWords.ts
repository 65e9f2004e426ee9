import { findCountry } from "../../vocabulary/countries";
import { nationalityOf, readDescriptors } from "../descriptors";
import { answer, CONFIDENCE, isMapped, type Resolution } from "../resolution";
import type { ActorCore, ActorStage } from "./actorStage";

/** Descriptor words around a name ("les insurgés de Boko Haram", "MONUSCO peacekeepers", "Hemeti's Rapid Support Forces"). */
export const descriptorWordsStage: ActorStage = {
  name: "descriptor words",
  run: (name, core) => describedByWords(core, name.raw, name.base, name.country),
};

/**
 * Descriptor words around a name (NAMING-POLICY actors §8, see descriptors.ts): "les
 * insurgés de Boko Haram", "MONUSCO peacekeepers", "Hemeti's Rapid Support Forces", "les
 * militaires camerounais". What the words leave is read with every rule; a nationality
 * adjective among them must agree with the actor, and a place phrase with the incident's
 * country.
 */
function describedByWords(core: ActorCore, raw: string, text: string, country: string | null): Resolution | undefined {
  // The raw cell first: a leader's possessive ("Hemeti’s") is still written there.
  const countryOf = (name: string) => findCountry(name)?.name;
  const written = raw.trim();
  const read = readDescriptors(written, countryOf) ?? (text === written ? undefined : readDescriptors(text, countryOf));
  if (!read) return undefined;
  if (read.place && country && read.place !== country) return undefined;
  for (const reading of read.cores) {
    const stated = /\s/.test(reading) ? undefined : nationalityOf(reading);
    if (stated || /^congolais(?:e|es)?$/i.test(reading)) {
      if (!read.military) return undefined;
      if (!stated) return core.described(raw, core.resolveWhole(reading, "Congolese army", country, "") ?? core.resolveFresh("Congolese army", country), undefined, `"${reading}": the Congolese army`);
      const own = core.entriesOfState(stated);
      const canonical = core.armyEntryOf(stated) ?? own.find((c) => !/^Police Forces/.test(c)) ?? own[0] ?? `Military Forces of ${stated}`;
      const entry = core.entries.get(canonical);
      if (country && country !== stated && !entry?.countries.includes(country)) {
        return answer(raw, "unknown", null, core.entriesOfState(country), `"${text}" names the forces of ${stated}, but the incident is in ${country}: not guessed.`);
      }
      return answer(raw, "alias", canonical, [], `the national forces of ${stated} (descriptor words set aside)`, CONFIDENCE.alias);
    }
    const found = core.resolveFresh(reading, country);
    if (!isMapped(found.status) || !found.canonical) {
      if (found.status === "ambiguous" || found.status === "compound" || (found.status === "unknown" && !found.notInDictionary)) return { ...found, raw };
      continue;
    }
    const entry = core.entries.get(found.canonical);
    // A state force's adjective is its country ("les militaires tchadiens"); another actor's
    // may be its origin ("les rebelles hutu rwandais des FDLR"), which is no contradiction.
    const disagrees = read.nationalities.find((n) => entry && entry.type === "State forces" && !entry.countries.includes(n));
    if (disagrees) return answer(raw, "unknown", null, [found.canonical], `"${text}": the adjective names ${disagrees}, where ${found.canonical} is not known to act: not guessed.`);
    return core.around(raw, found, `the descriptor words around "${reading}" set aside`);
  }
  return undefined;
}
