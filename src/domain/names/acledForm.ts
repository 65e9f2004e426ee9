import { findCountry } from "../vocabulary/countries";
import { answer, Resolution } from "./resolution";

/**
 * ACLED's own ways of writing an actor (NAMING-POLICY actors §2): a name with its regime
 * period and unit ("Military Forces of Sudan (2019-) Rapid Support Forces"), the state-force
 * pattern of any country, "CODE: Full name", and "A and/or B" for a compound actor.
 */

/** A regime period, "(2019-)" or "(2013-2020)", and whatever follows it (the unit). */
export const REGIME_PERIOD = /\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)(.*)$/;

/** An actor name split as ACLED writes it: the name, then "(2019-)" and a unit. */
export interface AcledForm {
  base: string;
  /** The period and unit exactly as written, with the space before them ("" where none). */
  suffix: string;
  period: string | null;
  unit: string | null;
}

/** Splits "Military Forces of Sudan (2019-) Rapid Support Forces" into name, period and unit. */
export function splitAcledForm(text: string): AcledForm {
  const period = REGIME_PERIOD.exec(text);
  if (!period) return { base: text, suffix: "", period: null, unit: null };
  const unit = period[1].trim();
  const suffix = text.slice(period.index);
  return { base: text.slice(0, period.index).trim(), suffix, period: suffix.slice(0, suffix.length - period[1].length).trim(), unit: unit || null };
}

/** The years an ACLED regime period covers ("(2013-2020)", "(2021-)": to undefined), or undefined where there is none. */
export function periodYears(period: string | null | undefined): { from: number; to: number | undefined } | undefined {
  const match = period ? /\((\d{4})\s*-\s*(\d{4})?\s*\)/.exec(period) : null;
  return match ? { from: Number(match[1]), to: match[2] ? Number(match[2]) : undefined } : undefined;
}

/** A name and what its final brackets hold: "Wagner Group (Mali)", "Southern Transitional Council (Security Belt Forces)". */
export const TRAILING_BRACKETS = /^(.+?)\s*\(([^()]+)\)$/;

/** "Southern Transitional Council (Security Belt Forces)": a name and the unit in its final parentheses. */
export function splitTrailingUnit(text: string): { base: string; unit: string | null } {
  const match = TRAILING_BRACKETS.exec(text);
  return match ? { base: match[1], unit: match[2] } : { base: text, unit: null };
}

/** ACLED's state-force names, as ACLED writes them: "Military Forces of the United States". */
export const STATE_FORCE_FORM = /^(Military|Police) Forces of (the )?(.+)$/;
/** A "unit" that is really a second actor: "(2021-)/Wagner", "(2021-) & Wagner". */
export const UNIT_SEPARATOR = /^\s*[\/&;+,]\s*/;
/** ACLED's mark of a compound actor: "JNIM: … and/or Islamic State (Sahel)". */
export const COMPOUND_MARK = /\band\/or\b/i;
/** ACLED's "CODE: Full name" form of a named actor: "ADF: Allied Democratic Forces". */
export const CODED_NAME = /^([A-Z0-9][A-Za-z0-9'’.\-\/&]{0,15}): (.+)$/;

/** ACLED's pattern for state forces of any country: "Military Forces of X", "Police Forces of X". */
export const STATE_FORCE_PATTERN = /^(Military|Police) Forces of (.+)$/;

/** Whether a name is ACLED's state-force name of a country, written with the country's ACLED name. */
export function isStateForceForm(name: string): boolean {
  const match = STATE_FORCE_FORM.exec(name);
  return !!match && findCountry(match[3])?.name === match[3];
}

/**
 * "Congo" in a state-force name for an incident in the DRC: a country written by a name that
 * is not ACLED's, standing for another country than the row's, is not guessed (Congo /
 * Democratic Republic of Congo). The refusal, or undefined.
 */
export function otherCountry(raw: string, written: string, stateCountry: string, country: string | null): Resolution | undefined {
  if (!country || stateCountry === country || stateCountry === written) return undefined;
  return answer(raw, "unknown", null, [], `"${written}" is written for ${stateCountry}, but the incident is in ${country}: not guessed.`);
}
