import { Issue } from "../../issues/issue";
import { DICTIONARY_HEADERS, DictionaryKind } from "./workbookDictionary";

/** A curator's decision about a name (or a place), to be remembered in the workbook's dictionary. */
export interface NameDecision {
  kind: DictionaryKind;
  canonical: string;
  alias: string;
  relation: "same" | "different";
  note: string;
  /** The country the decision holds in (an actor's meaning there, a place there), written to the sheet's country column; absent for everywhere. */
  country?: string;
}

const ACTOR_FIELDS = new Set(["actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "holder"]);

/** The kind of name a field holds, or undefined for fields that are not names. */
export function nameKindOf(field: string | null): "actor" | "weapon" | undefined {
  if (!field) return undefined;
  if (ACTOR_FIELDS.has(field)) return "actor";
  return field === "weapon" ? "weapon" : undefined;
}

/**
 * "Add to dictionary": the raw name of an unknown or ambiguous name issue becomes an alias
 * of the canonical name the curator chose (or a canonical name of its own).
 * "Not the same name": the pairing a non-canonical issue proposed is ruled out.
 */
export function decisionFor(issue: Issue, choice: { relation: "same" | "different"; canonical: string }, date: string): NameDecision | undefined {
  const kind = nameKindOf(issue.field);
  if (!kind || !issue.value) return undefined;
  const alias = issue.value === choice.canonical ? "" : issue.value;
  const note = choice.relation === "different" ? `ruled out from ${issue.sheet}!${issue.column}${issue.row} on ${date}` : `added from ${issue.sheet}!${issue.column}${issue.row} on ${date}`;
  return { kind, canonical: choice.canonical, alias, relation: choice.relation, note };
}

/** The decision as a row of the dictionary sheet, in DICTIONARY_HEADERS order. */
export function decisionRow(decision: NameDecision): string[] {
  const row: Record<(typeof DICTIONARY_HEADERS)[number], string> = { kind: decision.kind, canonical: decision.canonical, alias: decision.alias, country: decision.country ?? "", relation: decision.relation, note: decision.note };
  return DICTIONARY_HEADERS.map((header) => row[header]);
}
