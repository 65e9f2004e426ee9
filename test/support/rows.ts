import { CellValue } from "../../src/domain/cells/cellValue";
import { checkWorkbook, CheckOptions } from "../../src/domain/checks/checkWorkbook";
import { WorkbookGrid } from "../../src/domain/sheetGrid";

export const TODAY = "2026-11-25";

/** A clean incident row, as Excel gives it, by header. */
export const CLEAN_INCIDENT: Record<string, CellValue> = {
  incident_id: "BFA1001",
  event_date: "2024-03-15",
  year: 2024,
  event_type: "Battles",
  sub_event_type: "Armed clash",
  actor1: "Islamic State Sahel Province",
  inter1: "Rebel group",
  actor2: "Jama'at Nusrat al-Islam wal-Muslimin",
  inter2: "Rebel group",
  interaction: 22,
  country: "Burkina Faso",
  location: "Kalamba",
  latitude: 13.0969,
  longitude: -1.0844,
  fatalities: 12,
};

export const CLEAN_WEAPON: Record<string, CellValue> = {
  incident_id: "BFA1001",
  weapon: "RPG-7",
  category: "rocket launcher",
  country_of_origin: "USSR",
  quantity: 1,
  year_of_manufacture: 1985,
};

/** Rows of objects → a grid with a header row (union of keys, in first-seen order). */
export function gridOf(rows: Record<string, CellValue>[]): CellValue[][] {
  const headers: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!headers.includes(key)) headers.push(key);
  return [headers, ...rows.map((row) => headers.map((h) => (row[h] === undefined ? "" : row[h])))];
}

/** A workbook of an incident sheet and, optionally, a weapon sheet built from row objects. */
export function workbookOf(incidents: Record<string, CellValue>[], weapons?: Record<string, CellValue>[]): WorkbookGrid {
  const sheets = [{ name: "Incidents", values: gridOf(incidents) }];
  if (weapons) sheets.push({ name: "Weapons", values: gridOf(weapons) });
  return { sheets };
}

/** Checks a workbook built from row objects, with today fixed. */
export function check(incidents: Record<string, CellValue>[], weapons?: Record<string, CellValue>[], options: CheckOptions = {}) {
  return checkWorkbook(workbookOf(incidents, weapons), { today: TODAY, ...options });
}

/** The issues as `Sheet!A1 code` strings, for exact comparisons. */
export function brief(result: ReturnType<typeof checkWorkbook>): string[] {
  return result.issues.map((issue) => `${issue.sheet}!${issue.column ?? ""}${issue.row} ${issue.code}`);
}
