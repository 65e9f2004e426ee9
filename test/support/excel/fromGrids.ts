import { SheetGrid } from "../../../src/domain/sheetGrid";
import { StandInCell, StandInSheet } from "./standIn";

/**
 * Plain grids (from the file reader or a generator) as stand-in sheets, optionally shifted
 * down and right so that a used range does not start at A1.
 */
export function standInSheetsOf(grids: readonly SheetGrid[], offset = { rows: 0, columns: 0 }): StandInSheet[] {
  return grids.map((grid) => {
    const pad = <T>(rows: T[][], fill: T) => [...Array.from({ length: offset.rows }, () => [] as T[]), ...rows.map((row) => [...Array.from({ length: offset.columns }, () => fill), ...row])];
    return {
      name: grid.name,
      values: pad(grid.values.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : (cell as StandInCell)))), "" as StandInCell),
      numberFormats: pad((grid.numberFormats ?? []).map((row) => row.map((format) => format ?? "General")), "General"),
    };
  });
}
