import { CellValue, isBlank } from "../cells/cellValue";
import { FieldSpec, SheetKind } from "../schema/fieldSpec";
import { fold } from "../text/fold";
import { SheetGrid } from "../sheetGrid";
import { FIELDS_OF, fieldForHeader } from "./fieldIndex";

/** Where a sheet's table starts and which column holds which field. */
export interface TableLayout {
  kind: SheetKind;
  /** Index into `grid.values` of the header row. */
  headerIndex: number;
  /** Columns mapped to fields, the first column of each field only. */
  columns: { index: number; spec: FieldSpec }[];
  duplicates: { index: number; spec: FieldSpec; firstIndex: number }[];
  unknown: { index: number; header: string }[];
  missing: FieldSpec[];
}

/** How many rows from the top are searched for the header row (title rows come first). */
export const HEADER_SEARCH_ROWS = 30;

/** The kind a sheet's name announces (`Incidents`, `Weapons`, case-insensitive), if any. */
export function kindFromSheetName(name: string): SheetKind | undefined {
  const key = fold(name);
  if (key === "incidents" || key === "incident") return "incidents";
  if (key === "weapons" || key === "weapon") return "weapons";
  return undefined;
}

/**
 * Finds the header row among the first rows of a sheet and maps its cells to fields. A
 * row counts as the header when it names more fields than any row above or below it (two
 * at least); with no kind given, the kind whose distinctive fields it names most wins.
 */
export function locateTable(grid: SheetGrid, kind?: SheetKind): TableLayout | undefined {
  const kinds: SheetKind[] = kind ? [kind] : ["incidents", "weapons"];
  let best: { kind: SheetKind; index: number; score: number; distinctive: number } | undefined;
  const rows = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < rows; index++) {
    const row = grid.values[index] ?? [];
    for (const candidate of kinds) {
      const seen = new Set<string>();
      let distinctive = 0;
      for (const cell of row) {
        if (typeof cell !== "string" || isBlank(cell)) continue;
        const spec = fieldForHeader(candidate, cell);
        if (!spec || seen.has(spec.field)) continue;
        seen.add(spec.field);
        if (spec.distinctive) distinctive++;
      }
      const score = seen.size;
      if (score < 2 || (!kind && distinctive < 2)) continue;
      if (!best || distinctive > best.distinctive || (distinctive === best.distinctive && score > best.score)) {
        best = { kind: candidate, index, score, distinctive };
      }
    }
  }
  if (!best) return undefined;
  return mapHeaderRow(grid.values[best.index] ?? [], best.kind, best.index);
}

/** Maps one header row's cells to the fields of a sheet kind. */
export function mapHeaderRow(row: CellValue[], kind: SheetKind, headerIndex: number): TableLayout {
  const columns: TableLayout["columns"] = [];
  const duplicates: TableLayout["duplicates"] = [];
  const unknown: TableLayout["unknown"] = [];
  const firstIndexOf = new Map<string, number>();
  row.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const header = String(cell).trim();
    const spec = fieldForHeader(kind, header);
    if (!spec) {
      unknown.push({ index, header });
      return;
    }
    const firstIndex = firstIndexOf.get(spec.field);
    if (firstIndex !== undefined) {
      duplicates.push({ index, spec, firstIndex });
      return;
    }
    firstIndexOf.set(spec.field, index);
    columns.push({ index, spec });
  });
  const missing = FIELDS_OF[kind].filter((spec) => spec.required && !firstIndexOf.has(spec.field));
  return { kind, headerIndex, columns, duplicates, unknown, missing };
}
