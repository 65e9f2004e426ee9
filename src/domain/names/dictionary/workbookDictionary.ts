import { CellValue, isBlank } from "../../cells/cellValue";
import { columnLetter } from "../../cells/columnLetter";
import { Issue, makeIssue } from "../../issues/issue";
import { SheetGrid } from "../../sheetGrid";
import { compactKey, fold } from "../../text/fold";
import { findCountry } from "../../vocabulary/countries";
import { PlaceSpellings } from "./placeSpellings";

/** The sheet a team keeps its own names in, read alongside the built-in dictionary. */
export const DICTIONARY_SHEET_NAME = "Curation dictionary";
export const DICTIONARY_HEADERS = ["kind", "canonical", "alias", "country", "relation", "note"] as const;

/** What the sheet's `kind` column names: actors and weapons (names the check resolves), and locations (places, read by clustering only). */
export const DICTIONARY_KINDS = ["actor", "weapon", "location"] as const;

/** A kind of the sheet's rows. */
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];

/** One row of the workbook's dictionary. */
export interface LocalEntry {
  kind: DictionaryKind;
  /** The name (for a location, the place) as the team writes it. */
  canonical: string;
  /** Empty for a row that only declares a canonical name. */
  alias: string;
  /** The country the alias holds in (actors and locations: "Dara" in Mali is not "Dar'a" in Syria), or null for everywhere. */
  country: string | null;
  /** `same`: the alias names the canonical; `different`: it must never be mapped to it. */
  relation: "same" | "different";
  note: string;
  row: number;
}

export interface LocalDictionary {
  entries: LocalEntry[];
  sheet: string;
}

/** Whether a sheet is the workbook's dictionary, by name. */
export function isDictionarySheet(name: string): boolean {
  return fold(name) === fold(DICTIONARY_SHEET_NAME);
}

/**
 * Reads the workbook's dictionary sheet (headers kind, canonical, alias, country, relation,
 * note, in any order, in the first rows). Rows that cannot be used are reported on the
 * dictionary sheet itself and skipped; so is a location row giving a spelling that an earlier
 * row gives another place in the same country (see `PlaceSpellings`).
 */
export function readWorkbookDictionary(grid: SheetGrid, issues: Issue[]): LocalDictionary {
  const entries: LocalEntry[] = [];
  const places = new PlaceSpellings();
  const startRow = grid.startRow ?? 1;
  const startColumn = grid.startColumn ?? 1;
  const headerIndex = grid.values.findIndex((row) => row?.some((cell) => typeof cell === "string" && compactKey(cell) === "canonical"));
  if (headerIndex < 0) {
    if (grid.values.some((row) => row?.some((cell) => !isBlank(cell)))) {
      issues.push(makeIssue({ sheet: grid.name, row: startRow, column: null, field: "canonical" }, "missing-column", `The dictionary sheet needs a header row with kind, canonical and alias columns.`));
    }
    return { entries, sheet: grid.name };
  }
  const header = grid.values[headerIndex];
  const column = new Map<string, number>();
  header.forEach((cell, index) => {
    const key = typeof cell === "string" ? compactKey(cell) : "";
    if ((DICTIONARY_HEADERS as readonly string[]).includes(key) && !column.has(key)) column.set(key, index);
  });
  for (const required of ["kind", "canonical"]) {
    if (!column.has(required)) issues.push(makeIssue({ sheet: grid.name, row: startRow + headerIndex, column: null, field: required }, "missing-column", `The dictionary sheet has no "${required}" column.`));
  }
  if (!column.has("kind") || !column.has("canonical")) return { entries, sheet: grid.name };
  const text = (row: CellValue[], name: string) => {
    const index = column.get(name);
    const value = index === undefined ? "" : row[index];
    return isBlank(value) ? "" : String(value).trim();
  };
  for (let index = headerIndex + 1; index < grid.values.length; index++) {
    const row = grid.values[index] ?? [];
    if (row.every(isBlank)) continue;
    const rowNumber = startRow + index;
    const at = (field: string) => ({ sheet: grid.name, row: rowNumber, column: column.has(field) ? columnLetter(startColumn + column.get(field)!) : null, field });
    const kind = fold(text(row, "kind"));
    const canonical = text(row, "canonical");
    const alias = text(row, "alias");
    const countryText = text(row, "country");
    const relationText = fold(text(row, "relation") || "same");
    if (!isDictionaryKind(kind)) {
      issues.push(makeIssue(at("kind"), "enum", `The kind of a dictionary entry is "actor", "weapon" or "location"; found "${text(row, "kind")}".`, text(row, "kind")));
      continue;
    }
    if (!canonical) {
      issues.push(makeIssue(at("canonical"), "required", kind === "location" ? "A location entry needs its canonical name: the place as the team writes it." : "A dictionary entry needs its canonical name.", ""));
      continue;
    }
    const country = countryText ? findCountry(countryText) : undefined;
    if (countryText && !country) {
      issues.push(makeIssue(at("country"), "enum", `"${countryText}" is not a country name or ISO code.`, countryText));
      continue;
    }
    const relation = relationText === "same" || relationText === "alias" ? "same" : relationText === "different" || relationText === "not" || relationText === "not the same" ? "different" : undefined;
    if (!relation) {
      issues.push(makeIssue(at("relation"), "enum", `The relation is "same" or "different"; found "${text(row, "relation")}".`, text(row, "relation")));
      continue;
    }
    if (relation === "different" && !alias) {
      issues.push(makeIssue(at("alias"), "required", 'A "different" entry needs the alias that must not be mapped to the canonical name.', ""));
      continue;
    }
    const entry: LocalEntry = { kind, canonical, alias, country: country?.name ?? null, relation, note: text(row, "note"), row: rowNumber };
    const taken = places.claim(entry);
    if (taken) {
      issues.push(makeIssue(at(taken.field), "inconsistent", taken.message, taken.name));
      continue;
    }
    entries.push(entry);
  }
  return { entries, sheet: grid.name };
}

/** Whether a folded `kind` cell names a kind of the sheet. */
function isDictionaryKind(kind: string): kind is DictionaryKind {
  return (DICTIONARY_KINDS as readonly string[]).includes(kind);
}
