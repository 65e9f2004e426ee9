import { CellValue, isBlank, isExcelError } from "../cells/cellValue";
import { columnLetter } from "../cells/columnLetter";
import { findSheets } from "../checks/checkWorkbook";
import { TableLayout } from "../headers/locateTable";
import { SheetKind } from "../schema/fieldSpec";
import { SheetGrid, WorkbookGrid } from "../sheetGrid";
import { findCountry } from "../vocabulary/countries";
import { CellLocation, DistinctValue, ValueKind } from "./clusterTypes";

/** The columns of each kind, by sheet: a `;` list field names several values in one cell. */
export const COLUMNS_OF_KIND: Record<ValueKind, { sheet: SheetKind; field: string; list?: boolean }[]> = {
  actor: [
    { sheet: "incidents", field: "actor1" },
    { sheet: "incidents", field: "actor2" },
    { sheet: "incidents", field: "assoc_actor_1", list: true },
    { sheet: "incidents", field: "assoc_actor_2", list: true },
    { sheet: "weapons", field: "holder" },
  ],
  weapon: [{ sheet: "weapons", field: "weapon" }],
  location: [{ sheet: "incidents", field: "location" }],
};

/** Whether a kind's values are told apart by the incident's country ("ISIS" in Mali and in Iraq are two values). */
export function keyedByCountry(kind: ValueKind): boolean {
  return kind !== "weapon";
}

/** What tells one distinct value from another: its trimmed text, and the country where the kind is told apart by it. */
export function distinctKey(kind: ValueKind, value: string, country: string | null): string {
  return `${keyedByCountry(kind) ? (country ?? "") : ""}\u0000${value.trim()}`;
}

/**
 * The distinct values of every column of one kind on both sheets, with their counts and the
 * cells holding them (sheet, row, column), in order of first appearance. Actors and locations
 * are keyed by (value, incident country): a weapon row's holder takes the country of its
 * incident, found by incident ID. Values are trimmed; blank cells, Excel errors and R's `NA`
 * are skipped. One pass over the rows; what is kept grows with the distinct values and cells.
 */
export function distinctValues(workbook: WorkbookGrid, kind: ValueKind): DistinctValue[] {
  const found = findSheets(workbook.sheets);
  const byCountry = keyedByCountry(kind);
  const incidentCountry = byCountry && found.incidents ? countriesById(found.incidents.grid, found.incidents.layout) : new Map<string, string>();
  const values = new Map<string, DistinctValue>();
  let order = 0;
  for (const sheetKind of ["incidents", "weapons"] as const) {
    const sheet = found[sheetKind];
    if (!sheet) continue;
    const columns = COLUMNS_OF_KIND[kind].filter((column) => column.sheet === sheetKind).flatMap((column) => {
      const index = indexOf(sheet.layout, column.field);
      return index === undefined ? [] : [{ ...column, index }];
    });
    if (columns.length === 0) continue;
    const { grid, layout } = sheet;
    const startRow = grid.startRow ?? 1;
    const startColumn = grid.startColumn ?? 1;
    const countryIndex = indexOf(layout, "country");
    const idIndex = indexOf(layout, "incident_id");
    for (let r = layout.headerIndex + 1; r < grid.values.length; r++) {
      const row = grid.values[r];
      if (!row) continue;
      let country: string | null = null;
      if (byCountry) {
        if (sheetKind === "incidents") country = countryOf(countryIndex === undefined ? undefined : row[countryIndex]);
        else if (idIndex !== undefined) country = incidentCountry.get((textOf(row[idIndex]) ?? "").trim()) ?? null;
      }
      for (const column of columns) {
        const cell = textOf(row[column.index]);
        if (cell === undefined) continue;
        const names = column.list ? cell.split(";") : [cell];
        names.forEach((name, part) => {
          const value = name.trim();
          if (!value || value === "NA") return;
          const location: CellLocation = {
            sheet: grid.name,
            address: `${columnLetter(startColumn + column.index)}${startRow + r}`,
            row: startRow + r,
            column: startColumn + column.index,
            field: column.field,
            cell,
            ...(column.list ? { part } : {}),
          };
          const key = distinctKey(kind, value, country);
          const known = values.get(key);
          if (known) {
            known.count++;
            known.cells.push(location);
          } else values.set(key, { value, country, count: 1, cells: [location], first: order++ });
        });
      }
    }
  }
  return [...values.values()];
}

function indexOf(layout: TableLayout, field: string): number | undefined {
  return layout.columns.find((column) => column.spec.field === field)?.index;
}

/** A cell's text as read: numbers as written, blank cells, Excel errors and `NA` as nothing. */
function textOf(cell: CellValue): string | undefined {
  if (isBlank(cell) || isExcelError(cell)) return undefined;
  const text = typeof cell === "string" ? cell : String(cell);
  return text.trim() === "NA" ? undefined : text;
}

/** The country's English short name where the cell names one, else the cell as written. */
function countryOf(cell: CellValue): string | null {
  const text = textOf(cell)?.trim();
  if (!text) return null;
  return findCountry(text)?.name ?? text;
}

function countriesById(grid: SheetGrid, layout: TableLayout): Map<string, string> {
  const ids = new Map<string, string>();
  const idIndex = indexOf(layout, "incident_id");
  const countryIndex = indexOf(layout, "country");
  if (idIndex === undefined || countryIndex === undefined) return ids;
  for (let r = layout.headerIndex + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const id = row ? textOf(row[idIndex])?.trim() : undefined;
    const country = row ? countryOf(row[countryIndex]) : null;
    if (id !== undefined && country && !ids.has(id)) ids.set(id, country);
  }
  return ids;
}
