import { ActorType } from "../../vocabulary/actorTypes";
import { fold } from "../../text/fold";
import { Resolvers } from "../../names/dictionary/resolvers";
import { isMapped } from "../../names/resolution";
import { CheckedRow, RowReport } from "../sheetCheck";
import { reportName } from "./reportName";

const ACTOR_FIELDS = [
  { field: "actor1", type: "inter1" },
  { field: "actor2", type: "inter2" },
] as const;
const LIST_FIELDS = ["assoc_actor_1", "assoc_actor_2"] as const;

/** Actor types of names ACLED builds from a pattern, not from a dictionary entry. */
const PATTERN_TYPES: [RegExp, ActorType][] = [
  [/^Military Forces of |^Police Forces of /, "State forces"],
  [/^Civilians\b/, "Civilians"],
  [/^Protesters\b/, "Protesters"],
  [/^Rioters\b/, "Rioters"],
  [/Ethnic Militia|Communal Militia/, "Identity militia"],
  [/^Unidentified Armed Group\b/, "Political militia"],
];

/**
 * Normalises the actor cells of the incident sheet with the row's country as context, and
 * checks what the names imply: the actor types written beside them, and two cells that
 * name one actor.
 */
export function checkIncidentNames(rows: readonly CheckedRow[], resolvers: Resolvers, report: RowReport): void {
  for (const row of rows) {
    const country = (row.values.country as string | undefined) ?? null;
    const canonical: NonNullable<CheckedRow["canonical"]> = {};
    for (const { field, type } of ACTOR_FIELDS) {
      const raw = row.values[field] as string | undefined;
      if (!raw) continue;
      const resolution = resolvers.actors.resolve(raw, country);
      reportName(row, field, resolution, "actor", report);
      const name = isMapped(resolution.status) ? resolution.canonical : null;
      // A compound cell keeps the actors it names, so that a weapon's holder can be one of them.
      canonical[field] = resolution.status === "compound" ? resolution.candidates : name;
      const written = row.values[type] as ActorType | undefined;
      const known = typeOf(name ?? (resolution.status === "generic" ? raw : null), resolvers);
      if (written && known && !typeAgrees(written, known, name, country, resolvers)) {
        report(row, type, "inconsistent", `${name ?? raw} is ${article(known)} ${known} actor, not ${article(written)} ${written}.`, known);
      }
    }
    for (const field of LIST_FIELDS) {
      const names = row.values[field] as string[] | undefined;
      if (!names) continue;
      const resolutions = names.map((name) => resolvers.actors.resolve(name, country));
      canonical[field] = resolutions.map((r) => (isMapped(r.status) ? r.canonical : null));
      const fixable = resolutions.filter((r) => isMapped(r.status) && r.status !== "canonical");
      if (fixable.length > 0) {
        const fixed = resolutions.map((r) => (isMapped(r.status) && r.canonical ? r.canonical : r.raw)).join("; ");
        report(row, field, "non-canonical", fixable.map((r) => `"${r.raw}" → ${r.canonical}: ${r.reason}`).join("; ") + ".", fixed);
      }
      for (const resolution of resolutions) {
        if (!isMapped(resolution.status) && resolution.status !== "generic") reportName(row, field, resolution, "actor", report);
      }
    }
    row.canonical = canonical;
    const first = typeof canonical.actor1 === "string" ? canonical.actor1 : null;
    const second = typeof canonical.actor2 === "string" ? canonical.actor2 : null;
    const raw1 = row.values.actor1 as string | undefined;
    const raw2 = row.values.actor2 as string | undefined;
    if (first && first === second && raw1 && raw2 && fold(raw1) !== fold(raw2)) {
      report(row, "actor2", "inconsistent", `"${raw2}" and "${raw1}" are both ${first}: an event between an actor and itself is a recording error.`);
    }
  }
}

function typeOf(name: string | null, resolvers: Resolvers): ActorType | undefined {
  if (!name) return undefined;
  const entry = resolvers.actors.entry(name);
  if (entry) return entry.type;
  return PATTERN_TYPES.find(([pattern]) => pattern.test(name))?.[1];
}

/** State forces acting outside their own country are coded External/Other forces by ACLED. */
function typeAgrees(written: ActorType, known: ActorType, name: string | null, country: string | null, resolvers: Resolvers): boolean {
  if (written === known) return true;
  if (known === "State forces" && written === "External/Other forces") {
    const home = name ? resolvers.actors.entry(name)?.countries : undefined;
    return !country || !home || home.length !== 1 || home[0] !== country;
  }
  return false;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}
