import { isBlank } from "../cells/cellValue";
import type { WorkbookCheck } from "../checks/checkWorkbook";
import { FIELDS_OF } from "./fieldIndex";
import type { SheetGrid, WorkbookGrid } from "../sheetGrid";

/** Each checked sheet's fields under the headers the sheet writes for them: sheet → field → header as written. */
export type ColumnHeaders = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * The headers as the user wrote them, for the fields of the checked sheets: "Date of event"
 * where the schema says event_date. From the checked sheets' layouts and the grid they were
 * read from; a field whose header cell is not in the grid has none.
 */
export function columnHeadersOf(check: Pick<WorkbookCheck, "incidents" | "weapons">, workbook: Pick<WorkbookGrid, "sheets"> | null): ColumnHeaders {
  const headers = new Map<string, Map<string, string>>();
  for (const sheet of [check.incidents, check.weapons]) {
    if (!sheet) continue;
    const grid: SheetGrid | undefined = workbook?.sheets.find((candidate) => candidate.name === sheet.name);
    const row = grid?.values[sheet.layout.headerIndex] ?? [];
    const byField = new Map<string, string>();
    for (const { index, spec } of sheet.layout.columns) {
      const cell = row[index];
      if (!isBlank(cell)) byField.set(spec.field, String(cell).trim());
    }
    headers.set(sheet.name, byField);
  }
  return headers;
}

/**
 * What to call a field where the sheet's own header is not known: the schema's label with a
 * capital ("Event date"), from whichever kind of sheet has the field; else the field's key.
 */
export function fieldLabel(field: string): string {
  const spec = FIELDS_OF.incidents.find((s) => s.field === field) ?? FIELDS_OF.weapons.find((s) => s.field === field);
  const label = spec?.label ?? field.replace(/_/g, " ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}
