import { findCountry } from "../../vocabulary/countries";
import { editDistance } from "../../text/closest";
import { otherCountry } from "../acledForm";
import { answer, CONFIDENCE, type Resolution } from "../resolution";
import type { ActorCore, ActorStage } from "./actorStage";

/** "Militery Forces of Mali", "Police Force of Benin": ACLED's state-force pattern with a letter typo in its words. */
export const misspeltStateForceStage: ActorStage = {
  name: "misspelt state forces",
  run: (name, core) => { const found = misspeltStateForce(core, name.raw, name.base, name.periodNote, name.country); return found && core.keepingForm(found, name.form, name.country); },
};

/**
 * "Militery Forces of Mali", "Police Force of Benin": ACLED's state-force pattern with a
 * letter typo in its words and a country it knows, read as that pattern.
 */
function misspeltStateForce(core: ActorCore, raw: string, text: string, note: string, country: string | null): Resolution | undefined {
  const match = /^(\S+)\s+(\S+)\s+of\s+(?:(the)\s+)?(.+)$/i.exec(text);
  if (!match) return undefined;
  const kind = withinEdits(match[1], "military", 1) ? "Military" : withinEdits(match[1], "police", 1) ? "Police" : undefined;
  if (!kind || !withinEdits(match[2], "forces", 1)) return undefined;
  const stateCountry = findCountry(match[4]);
  if (!stateCountry || stateCountry.former) return undefined;
  const other = otherCountry(raw, match[4], stateCountry.name, country);
  if (other) return other;
  const written = `${kind} Forces of ${match[3] ? "the " : ""}${stateCountry.name}`;
  if (written === text) return undefined;
  const canonical = core.stateForceOf(kind, written);
  const found = answer(raw, "fuzzy", canonical, [], `typo in ACLED's state-force name: "${written}"${note}`, CONFIDENCE.fuzzy);
  found.fix = written;
  return found;
}

/** Whether two words are within `limit` letter edits, case-insensitively. */
function withinEdits(a: string, b: string, limit: number): boolean {
  return editDistance(a.toLowerCase(), b.toLowerCase(), limit) <= limit;
}
