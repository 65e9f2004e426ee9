import { cleanName } from "../nameText";
import { isInitialismOf } from "../descriptors";
import { readParenthetical } from "../parentheticals";
import { answer, isMapped, type Resolution } from "../resolution";
import { unique, type ActorCore, type ActorStage } from "./actorStage";

/** A parenthesis after a name ("Front de libération du Macina (FLM)", "Al-Shabaab (al-Qaeda affiliate)"). */
export const parentheticalStage: ActorStage = {
  name: "parentheses after a name",
  run: (name, core) => parenthesised(core, name.raw, name.base, name.country),
};

/**
 * A name with a parenthesis after it (NAMING-POLICY actors §8): "Front de libération du
 * Macina (FLM)", "Islamic State (ISIS)", "Al-Shabaab (al-Qaeda affiliate)". The same actor
 * or a description is noise; a branch of an umbrella name says which branch ("Islamic
 * State (Sahel Province)"); another actor makes the cell compound; a splinter or faction is
 * not the actor. Country and regime-period parentheses are ACLED's own, read elsewhere.
 */
function parenthesised(core: ActorCore, raw: string, text: string, country: string | null): Resolution | undefined {
  const parts = readParenthetical(text);
  if (!parts) return undefined;
  const outer = core.resolveFresh(parts.outer, country);
  const written = cleanName(raw);
  if (!isMapped(outer.status) || !outer.canonical) {
    if (parts.kind === "name" && outer.status === "ambiguous") {
      const inner = core.resolveFresh(parts.inner, country);
      if (isMapped(inner.status) && inner.canonical && outer.candidates.includes(inner.canonical)) return core.around(raw, inner, `"${parts.outer}" is an umbrella name; "${parts.inner}" in parentheses says which`);
    }
    return outer.status === "ambiguous" || outer.status === "compound" || (outer.status === "unknown" && !outer.notInDictionary) ? { ...outer, raw } : undefined;
  }
  if (parts.kind === "part") {
    return answer(raw, "unknown", null, [outer.canonical], `"${written}": "(${parts.inner})" says a splinter, faction or former part of ${outer.canonical}, not ${outer.canonical} itself: not guessed.`);
  }
  if (parts.kind === "affiliation") return core.described(raw, outer, parts.affiliation.parent, `the gloss "(${parts.inner})" set aside`);
  if (parts.kind === "description") return core.around(raw, outer, `the description "(${parts.inner})" set aside`);
  const inner = core.resolveFresh(parts.inner, country);
  // "Forces armées burkinabè (FABF)": an acronym no dictionary lists, made of the outer name's initials.
  if (inner.status === "unknown" && inner.notInDictionary && isInitialismOf(parts.inner, parts.outer)) return core.around(raw, outer, `"${parts.inner}" in parentheses is the initials of "${parts.outer}"`);
  if (inner.status === "generic") return core.around(raw, outer, `the description "(${parts.inner})" set aside`);
  if (isMapped(inner.status) && inner.canonical) {
    if (inner.canonical === outer.canonical) return core.around(raw, outer, `"${parts.inner}" in parentheses names the same actor`);
    if (core.umbrellaOf(parts.outer)?.includes(inner.canonical)) return core.around(raw, inner, `"${parts.outer}" is an umbrella name; "${parts.inner}" in parentheses says which`);
    if (core.umbrellaOf(parts.inner)?.includes(outer.canonical)) return core.around(raw, outer, `"${parts.inner}" in parentheses is an umbrella name that includes it`);
    return answer(raw, "compound", null, [outer.canonical, inner.canonical], `the parenthesis names another actor: the cell names 2 actors (${outer.canonical}; ${inner.canonical}); split it, never pick one.`);
  }
  if (inner.status === "ambiguous" && inner.candidates.includes(outer.canonical)) return core.around(raw, outer, `"${parts.inner}" in parentheses can name it`);
  if (inner.status === "ambiguous" || inner.status === "compound" || (inner.status === "unknown" && !inner.notInDictionary)) {
    return answer(raw, "unknown", null, unique([outer.canonical, ...inner.candidates]), `"${written}": "${parts.outer}" is ${outer.canonical}, but the parenthesis is refused (${inner.reason}): not guessed.`);
  }
  return undefined;
}
