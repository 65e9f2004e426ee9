import { findCountry } from "../../vocabulary/countries";
import { TRAILING_BRACKETS } from "../acledForm";
import { answer, CONFIDENCE } from "../resolution";
import type { ActorStage } from "./actorStage";

/**
 * "Wagner Group (Mali)": a named actor with the country in brackets, as ACLED disambiguates;
 * recognised as written (the brackets carry the branch or the place), never rewritten.
 * "Boko Haram Group (Nigeria)", "CODECO Militia (…)": a listed actor in an ACLED label's
 * clothes, not a label.
 */
export const bracketedCountryStage: ActorStage = {
  name: "country in brackets",
  run: (name, core) => {
    const bracketed = TRAILING_BRACKETS.exec(name.base);
    const bracketCountry = bracketed ? findCountry(bracketed[2]) : undefined;
    if (!bracketed || !bracketCountry) return undefined;
    const inner = core.exactCanonical(bracketed[1], bracketCountry.name);
    if (inner) return core.acledAnswer(name.raw, inner, `${bracketed[1]} in ${bracketCountry.name}, written with the country in brackets as ACLED does: ${inner}`, name.form, false);
    const labelled = /^(.+?)\s+(?:Group|Militia)$/i.exec(bracketed[1]);
    const named = labelled ? core.exactCanonical(labelled[1], bracketCountry.name) : undefined;
    if (named) return answer(name.raw, "alias", named, [], `"${labelled![1]}" is ${named}, written as an ACLED label with the country in brackets`, CONFIDENCE.variant);
    return undefined;
  },
};
