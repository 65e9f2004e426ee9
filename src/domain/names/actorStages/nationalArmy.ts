import { findCountry } from "../../vocabulary/countries";
import { countryOfAdjective } from "../../vocabulary/nationalities";
import { answer, CONFIDENCE, type Resolution } from "../resolution";
import type { ActorCore, ActorStage } from "./actorStage";

/** "Malian soldiers", "armée du Mali": the country's state forces, where the country agrees with the row's. */
export const nationalArmyStage: ActorStage = {
  name: "national armies",
  run: (name, core) => { const army = nationalArmy(core, name.raw, name.denoised || name.base, name.country); return army && core.keepingForm(army, name.form, name.country); },
};

const NATIONAL_ARMY = /^(.+?)\s+(?:army|armed forces|military|soldiers|troops|forces|defen[cs]e forces|security forces|armée|forces armées)$/i;
const ARMY_OF = /^(?:armée|forces armées|armed forces)\s+(?:du|de la|de l'|des|of(?: the)?)\s+(.+)$/i;

/** "Malian soldiers", "armée du Mali": the country's state forces, when the country agrees with the row's. */
function nationalArmy(core: ActorCore, raw: string, text: string, country: string | null): Resolution | undefined {
  const phrase = NATIONAL_ARMY.exec(text);
  const of = ARMY_OF.exec(text);
  const stated = phrase ? countryOfAdjective(phrase[1]) ?? findCountry(phrase[1])?.name : of ? findCountry(of[1])?.name : undefined;
  if (!stated) return undefined;
  const own = core.entriesOfState(stated);
  const canonical = core.armyEntryOf(stated) ?? own.find((c) => !/^Police Forces/.test(c)) ?? own[0] ?? `Military Forces of ${stated}`;
  // Another country's army is refused, unless it is known to act there ("Israeli soldiers" in Syria).
  if (country && country !== stated && !core.entries.get(canonical)?.countries.includes(country)) {
    return answer(raw, "unknown", null, core.entriesOfState(country), `"${text}" names the forces of ${stated}, but the incident is in ${country}: not guessed.`);
  }
  // An army phrase names the military, not the police ("Russian forces").
  return answer(raw, "alias", canonical, [], `the national army of ${stated}`, CONFIDENCE.alias);
}
