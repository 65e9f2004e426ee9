import type { z } from "zod";
import { FieldSpec } from "../schema/fieldSpec";
import { closestValue } from "../text/closest";
import { EXCEL_MAX_CELL_CHARS } from "../cells/cellValue";
import { SUB_EVENTS_OF_EVENT } from "../vocabulary/eventTypes";
import { Problem } from "../cells/readCell";
import { capitalise } from "../text/capitalise";
import { legacyOnlyEventType } from "../vocabulary/legacyEventTypes";
import { isTaxonomyField, misplacedTaxonomyValue, RowCell } from "./misplacedTaxonomyValue";

const allowedLists = new WeakMap<readonly unknown[], readonly string[]>();

/** An enum's values as text, one list per enum (so that answers about them can be remembered). */
function allowedOf(values: readonly unknown[]): readonly string[] {
  let allowed = allowedLists.get(values);
  if (!allowed) allowedLists.set(values, (allowed = values.map(String)));
  return allowed;
}

/** The finding for an empty required cell. */
export function requiredProblem(spec: FieldSpec): Problem {
  return { code: "required", message: `${capitalise(spec.label)} is required; the cell is empty.` };
}

/**
 * Turns one schema finding about a typed value into a problem a curator can act on.
 * `cellOf` gives the row's other cells as written (for a value written in the wrong
 * column of the event taxonomy); without it the row's typed values so far stand in.
 */
export function schemaProblem(issue: z.core.$ZodIssue, spec: FieldSpec, value: unknown, row: Record<string, unknown>, today: string, cellOf?: RowCell, legacyTaxonomy = false): Problem {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return requiredProblem(spec);
      return { code: "type", message: `${capitalise(spec.label)} has the wrong type.` };
    case "too_small":
      if (issue.origin === "string" || issue.origin === "array") return requiredProblem(spec);
      return { code: "range", message: `${capitalise(spec.label)} must be at least ${String(issue.minimum)}; found ${String(value)}${spec.field === "quantity" ? " (leave the cell empty when the number is not known)" : ""}.` };
    case "too_big":
      if (issue.origin === "string") return { code: "range", message: `${capitalise(spec.label)} is longer than the ${EXCEL_MAX_CELL_CHARS} characters an Excel cell can hold.` };
      if (spec.field === "year" || spec.field === "year_of_manufacture") return { code: "range", message: `${capitalise(spec.label)} ${String(value)} is in the future.` };
      return { code: "range", message: `${capitalise(spec.label)} must be at most ${String(issue.maximum)}; found ${String(value)}.` };
    case "invalid_value": {
      // In a legacy sheet no value is placed into the current taxonomy (its values are not one-click fixes there).
      const misplaced = isTaxonomyField(spec.field) && !legacyTaxonomy ? misplacedTaxonomyValue(spec.field, String(value), cellOf ?? ((field) => row[field] as string | undefined)) : undefined;
      if (misplaced) return misplaced;
      const legacy = spec.field === "event_type" && !legacyTaxonomy ? legacyOnlyEventType(String(value)) : undefined;
      if (legacy) {
        return { code: "enum", message: `"${String(value)}" is an event type of ACLED's pre-2019 taxonomy; this sheet uses the current one, where it maps to an event type and a sub-event type that depend on the event: recode it (no value is suggested).` };
      }
      const allowed = allowedOf(issue.values);
      const preferred = spec.field === "sub_event_type" ? SUB_EVENTS_OF_EVENT.get(String(row.event_type)) : undefined;
      const suggestion = closestValue(String(value), allowed, preferred);
      const list = allowed.length <= 8 ? `: ${allowed.join(", ")}` : "";
      return {
        code: "enum",
        message: `"${String(value)}" is not an allowed ${spec.label}${suggestion ? `; did you mean "${suggestion}"?` : list ? ` (allowed${list}).` : "."}`,
        ...(suggestion ? { suggestion } : {}),
      };
    }
    case "custom":
      return { code: "range", message: `${capitalise(spec.label)} ${String(value)} is in the future (today is ${today}).` };
    default:
      return { code: "type", message: `${capitalise(spec.label)} is not valid: ${issue.message}.` };
  }
}
