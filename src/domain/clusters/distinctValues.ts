import { findSheets } from "../checks/checkWorkbook";
import { WorkbookGrid } from "../sheetGrid";
import { DistinctValue, ValueKind } from "./clusterTypes";
import { DistinctValueTally } from "./distinctValueTally";

export { COLUMNS_OF_KIND, distinctKey, keyedByCountry } from "./distinctValueTally";

/**
 * The distinct values of every column of one kind on both sheets, with their counts and the
 * cells holding them (sheet, row, column), in order of first appearance. Actors and locations
 * are keyed by (value, incident country): a weapon row's holder takes the country of its
 * incident, found by incident ID. Values are trimmed; blank cells, Excel errors and R's `NA`
 * are skipped. One pass over the rows of a grid held whole (a file read as a stream is
 * tallied row by row by the same `DistinctValueTally`).
 */
export function distinctValues(workbook: WorkbookGrid, kind: ValueKind): DistinctValue[] {
  const found = findSheets(workbook.sheets);
  const weapons = found.weapons;
  const holders = weapons !== undefined && DistinctValueTally.columnsOf(kind, "weapons", weapons.layout).length > 0;
  const tally = new DistinctValueTally(kind, { incidentCountries: holders });
  for (const sheetKind of ["incidents", "weapons"] as const) {
    const sheet = found[sheetKind];
    if (!sheet) continue;
    const { grid, layout } = sheet;
    // The incident sheet is read for its countries too where a weapon sheet's holders need them.
    if (DistinctValueTally.columnsOf(kind, sheetKind, layout).length === 0 && !(sheetKind === "incidents" && holders)) continue;
    tally.beginSheet({ kind: sheetKind, name: grid.name, layout, startRow: grid.startRow, startColumn: grid.startColumn });
    for (let r = 0; r < grid.values.length; r++) tally.take(r, grid.values[r]);
  }
  return tally.values();
}
