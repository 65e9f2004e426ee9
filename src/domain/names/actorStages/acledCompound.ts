import { COMPOUND_MARK, UNIT_SEPARATOR, type AcledForm } from "../acledForm";
import { answer, isMapped, type Resolution } from "../resolution";
import { unique, type ActorCore, type ActorStage } from "./actorStage";

/** ACLED's compounds, read first: "A and/or B", and a second actor after a period ("Military Forces of Mali (2021-)/Wagner"). */
export const acledCompoundStage: ActorStage = {
  name: "ACLED's compounds",
  run: (name, core) => acledCompound(core, name.raw, name.text, name.country, name.form),
};

/**
 * ACLED's "A and/or B" (split there only: the names themselves may hold "and"), and a
 * second actor after a period ("Military Forces of Mali (2021-)/Wagner"), each part read
 * with every rule, ACLED's forms included. Checked first, so that the period does not
 * swallow the second actor as a "unit".
 */
function acledCompound(core: ActorCore, raw: string, text: string, country: string | null, form: AcledForm): Resolution | undefined {
  if (form.unit && UNIT_SEPARATOR.test(form.unit)) {
    const parts = [form.base + form.suffix.slice(0, form.suffix.length - form.unit.length), form.unit.replace(UNIT_SEPARATOR, "")];
    const found = compoundOf(core, raw, parts, country, false, "; split it, never pick one");
    if (found) return found;
  }
  if (COMPOUND_MARK.test(text)) return compoundOf(core, raw, text.split(/\s+and\/or\s+/i), country, true, ` joined by ACLED's "and/or": either may be meant; never pick one`);
  return undefined;
}

/**
 * A compound answer where every part names an actor (or, with `generics`, a generic
 * description). Two parts at least, none empty: "and/or JNIM" is no compound, and reading
 * the whole text again as its only part would never end.
 */
function compoundOf(core: ActorCore, raw: string, parts: string[], country: string | null, generics: boolean, advice: string): Resolution | undefined {
  if (parts.length < 2 || parts.some((part) => !part.trim())) return undefined;
  const named = unique(parts.map((part) => core.resolveFresh(part.trim(), country)).map((part) => (isMapped(part.status) ? part.canonical : generics && part.status === "generic" ? part.raw : null)));
  if (named.length < 2 || named.includes(null)) return undefined;
  const names = named as string[];
  return answer(raw, "compound", null, names, `the cell names ${names.length} actors (${names.join("; ")})${advice}.`);
}
