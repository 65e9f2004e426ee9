import { isGenericDescription } from "../genericDescriptions";
import { stripNoise } from "../noiseWords";
import { answer, CONFIDENCE, type Resolution } from "../resolution";
import { unique, type ActorCore, type ActorStage } from "./actorStage";

/** "ISWAP/Boko Haram", "JNIM and IS Sahel": two actors in one cell (NAMING-POLICY actors §6); two names of one actor joined by a slash are that actor. */
export const compoundNameStage: ActorStage = {
  name: "compound cells",
  run: (name, core) => compound(core, name.raw, name.base, name.country),
};

const COMPOUND_SEPARATORS = /\s*(?:\/|\band\/or\b|\bet\/ou\b|&|;|,|\+|\band\b|\bet\b|\bwith\b|\bou\b|\bor\b)\s*/i;
const COMPOUND_SPLIT = new RegExp(COMPOUND_SEPARATORS.source, "gi");

function compound(core: ActorCore, raw: string, text: string, country: string | null): Resolution | undefined {
  if (!COMPOUND_SEPARATORS.test(text)) return undefined;
  const parts = text.split(COMPOUND_SPLIT).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const named: string[] = [];
  for (const part of parts) {
    const found = core.resolveWhole(part, part, country, "") ?? core.resolveWhole(part, stripNoise(part), country, "");
    if (found?.canonical) named.push(found.canonical);
    else if (isGenericDescription(part)) named.push(part);
    else return undefined;
  }
  if (unique(named).length === 1 && parts.length > 1 && text.split("/").length === parts.length && core.entries.has(named[0])) {
    // "JNIM/GSIM": two names of one actor joined by a slash are that actor, not a compound.
    return answer(raw, "alias", named[0], [], `"${parts.join('" and "')}" are two names of ${named[0]}, joined by a slash`, CONFIDENCE.alias);
  }
  if (unique(named).length < 2) return undefined;
  return answer(raw, "compound", null, unique(named), `the cell names ${unique(named).length} actors (${unique(named).join("; ")}); split it, never pick one.`);
}
