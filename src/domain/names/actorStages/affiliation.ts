import { parseAffiliation } from "../affiliations";
import type { Resolution } from "../resolution";
import type { ActorCore, ActorStage } from "./actorStage";

/** An affiliation phrase around a name ("Al-Qaeda affiliate JNIM", "IS-linked ISWAP"): the named actor, never the parent. */
export const affiliationStage: ActorStage = {
  name: "affiliation phrases",
  run: (name, core) => affiliated(core, name.raw, name.denoised || name.base, name.country),
};

/**
 * "Al-Qaeda affiliate JNIM", "IS-linked ISWAP", "JNIM, an al-Qaeda affiliate"
 * (NAMING-POLICY actors §8): the phrase names the parent; the actor is the one named beside
 * it, never the parent.
 */
function affiliated(core: ActorCore, raw: string, text: string, country: string | null): Resolution | undefined {
  const affiliation = parseAffiliation(text);
  if (!affiliation || !affiliation.name) return undefined;
  return core.described(raw, core.resolveFresh(affiliation.name, country), affiliation.parent, `the affiliation "${affiliation.phrase}" set aside`);
}
