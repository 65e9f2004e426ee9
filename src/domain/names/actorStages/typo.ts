import { answer, CONFIDENCE } from "../resolution";
import { isStateForceForm } from "../acledForm";
import { unique, type ActorStage } from "./actorStage";

/**
 * A letter typo or two in a listed name (NAMING-POLICY actors §8), the whole name first:
 * descriptor words taken off may be part of it ("Rapid Suport Forces"). Refused where
 * several names are as close, where the name's meaning depends on the country, and where the
 * actor is not known to act in the incident's country (two doubts at once).
 */
export const typoStage: ActorStage = {
  name: "typos",
  run: (name, core) => {
    const { raw, base, denoised, form, country } = name;
    const isProtected = (word: string) => core.protectedWords.has(word);
    const fuzzy = core.index.fuzzy(base, isProtected) ?? (denoised && denoised !== base ? core.index.fuzzy(denoised, isProtected) : undefined);
    if (!fuzzy) return undefined;
    const canonicals = unique(fuzzy.targets.map((t) => t.canonical));
    if (canonicals.length > 1) return answer(raw, "ambiguous", null, canonicals, `"${base}" is one or two letters away from several names.`);
    const target = fuzzy.targets[0];
    if (core.contextKeys(target.name).some((key) => core.contextByKey.has(key))) {
      return answer(raw, "unknown", null, canonicals, `"${base}" looks like a misspelt "${target.name}", a name whose meaning depends on the country: not guessed.`);
    }
    // "MINUSCA" is one letter from MINUSMA, but in the Central African Republic: refused.
    const targetEntry = core.entries.get(target.canonical);
    if (country && targetEntry && targetEntry.countries.length > 0 && !targetEntry.countries.includes(country)) {
      return answer(raw, "unknown", null, canonicals, `"${base}" looks like "${target.name}" misspelt, but ${target.canonical} is not known to act in ${country}: not guessed.`);
    }
    const found = answer(raw, "fuzzy", target.canonical, [], `typo in "${fuzzy.word}": ${target.relation === "canonical" ? "" : `alias "${target.name}" of `}${target.canonical}${name.periodNote}`, CONFIDENCE.fuzzy - 0.1 * (fuzzy.edits - 1));
    // A typo inside one of ACLED's own forms is fixed to that form, period and unit kept.
    if (core.acledForms.has(target.name) || (form.suffix && isStateForceForm(target.name))) found.fix = target.name;
    return core.keepingForm(found, form, country);
  },
};
