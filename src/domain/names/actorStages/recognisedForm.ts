import { findCountry } from "../../vocabulary/countries";
import { CODED_NAME, COMPOUND_MARK, splitTrailingUnit, STATE_FORCE_FORM, type AcledForm } from "../acledForm";
import { answer, CONFIDENCE, type Resolution } from "../resolution";
import { unique, type ActorCore, type ActorStage } from "./actorStage";

/** ACLED's own forms of a listed actor: its actor strings, the state-force pattern with period and unit, "CODE: Full name". */
export const recognisedFormStage: ActorStage = {
  name: "ACLED's own forms",
  run: (name, core) => recognisedForm(core, name.raw, name.form, name.country),
};

/**
 * A name in ACLED's own form (NAMING-POLICY actors §2): a state-force name "Military
 * Forces of Mali (2021-)" with its period and unit, one of ACLED's actor strings listed in
 * the dictionary ("JNIM: Group for Support of Islam and Muslims", "Al Shabaab"), or ACLED's
 * "CODE: Full name" pattern whose parts name a listed actor. It counts as its actor and no
 * fix rewrites it. A unit that is itself a listed actor is that actor: "Military Forces of
 * Sudan (2019-) Rapid Support Forces" is the Rapid Support Forces.
 */
function recognisedForm(core: ActorCore, raw: string, form: AcledForm, country: string | null): Resolution | undefined {
  // A form ACLED writes with one regime period only ("Military Forces of Syria (2000-)": the
  // Assad-era forces, the Syrian Arab Army) names the entry that lists it with that period.
  const periodic = form.period ? core.acledForms.get(`${form.base} ${form.period}`) : undefined;
  if (periodic) {
    const unit = form.unit ? core.unitActor(form.unit, country, periodic) : undefined;
    const isState = STATE_FORCE_FORM.test(form.base);
    return core.acledAnswer(raw, unit ?? periodic, unit ? `ACLED's name for the ${form.unit} of ${periodic}: the unit is ${unit}` : `ACLED's name for ${periodic} in the regime period ${form.period}${form.unit ? ` (unit: ${form.unit})` : ""}`, form, isState);
  }
  const listed = core.acledForms.get(form.base);
  // "Al Shabaab" is ACLED's name for the Somali group, but the same words in Mozambique
  // name the Islamic State there: a country-dependent name follows its country.
  const context = listed ? core.contextKeys(form.base).map((key) => core.contextByKey.get(key)).find(Boolean) : undefined;
  const inContext = !context ? listed : country ? (country in context.byCountry ? context.byCountry[country] : context.elsewhere) : core.countryUnknown ? undefined : listed;
  if (listed && inContext === listed) return core.acledAnswer(raw, listed, `ACLED's name for ${listed}`, form, false);
  const state = STATE_FORCE_FORM.exec(form.base);
  if (state) {
    const stateCountry = findCountry(state[3]);
    if (!stateCountry || stateCountry.former || stateCountry.name !== state[3]) return undefined;
    const canonical = core.stateForceOf(state[1] as "Military" | "Police", form.base);
    const unit = form.unit ? core.unitActor(form.unit, country, canonical) : undefined;
    if (unit) return core.acledAnswer(raw, unit, `ACLED's name for the ${form.unit} of the state forces of ${stateCountry.name}: the unit is ${unit}, not the state forces`, form, true);
    const misspelt = form.unit ? core.misspeltUnit(form.unit, canonical) : undefined;
    if (misspelt && form.unit) {
      const found = answer(raw, "fuzzy", misspelt.canonical, [], `the unit "${form.unit}" looks like "${misspelt.name}" misspelt: ${misspelt.canonical}, not the state forces of ${stateCountry.name}`, CONFIDENCE.fuzzy);
      found.fix = form.base + form.suffix.replace(form.unit, misspelt.name);
      found.period = form.period ?? undefined;
      found.unit = misspelt.name;
      found.stateForm = true;
      return found;
    }
    return core.acledAnswer(raw, canonical, `ACLED's name for the ${state[1] === "Police" ? "police" : "state"} forces of ${stateCountry.name}${form.period ? ", with its regime period" : ""}${form.unit ? ` and unit (${form.unit})` : ""}`, form, true);
  }
  // "CODE: Full name": the full name must name the actor (a code alone is shared: "JaS:
  // Levant Front" is not Boko Haram's JAS), the code must not name another, and ACLED's
  // "A and/or B" compounds are two actors, never one.
  const coded = COMPOUND_MARK.test(form.base) ? null : CODED_NAME.exec(form.base);
  if (coded) {
    const [, code, fullName] = coded;
    const inner = splitTrailingUnit(fullName);
    const byName = core.exactCanonical(inner.base, country) ?? (inner.unit === null ? undefined : core.exactCanonical(fullName, country));
    const byCode = core.exactCanonical(code, country);
    const canonical = byName;
    // A code the dictionary does not know is ACLED's own ("JWS: Syrian National Army"); one
    // that names another actor, or that the row's country refuses ("IS" in Niger), is not.
    const codeRefused = !byCode && core.contextKeys(code).some((key) => core.contextByKey.has(key));
    // A code that is not a name but another entry's code ("AMB: Ansar Dine") names that entry.
    const codeHolders = byCode ? undefined : core.codes.get(core.exactKey(code));
    const codeOf = byName && codeHolders && !codeHolders.has(byName) ? [...codeHolders][0] : byCode;
    if (byName && ((codeOf && byName !== codeOf) || codeRefused)) {
      return answer(raw, "unknown", null, unique([byName, ...(codeOf ? [codeOf] : [])]), `"${code}" is not a code of ${byName}${codeOf ? ` (it names ${codeOf})` : ""}: in ACLED's "code: name" form both must name one actor; not guessed.`);
    }
    if (canonical) {
      return core.acledAnswer(raw, canonical, `ACLED's "code: name" form of ${canonical}${inner.unit ? ` (${inner.unit})` : ""}`, { ...form, unit: form.unit ?? inner.unit }, false);
    }
  }
  return undefined;
}
