import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/curate";

/**
 * A small workbook whose names drift as a curator's do: Koglweogo written four ways in
 * Burkina Faso (actor 1, a list of associated actors, a weapon's holder, and once behind a
 * formula), Dozo militia two ways in Mali, a youth group the dictionary does not know two ways, AK-47 / AK47 (and AK-74, never with them), Djibo /
 * djibo, and "ISIS militants", a name the dictionary fixes (for --fix-names).
 */
export const INCIDENT_HEADERS = ["Incident ID", "Event date", "Event type", "Sub event type", "Actor 1", "Actor 2", "Assoc actor 1", "Country", "Location", "Fatalities"];

type Cell = string | number | Date | null | { formula: string; result: string };
const D = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

// Column:          A       B                  C          D              E                                F                                       G                                   H               I         J
export const INCIDENT_ROWS: Cell[][] = [
  ["BFA1", D("2024-03-01"), "Battles", "Armed clash", "Koglweogo Militia", "Jama'at Nusrat al-Islam wal-Muslimin", "", "Burkina Faso", "Djibo", 1],
  ["BFA2", D("2024-03-02"), "Battles", "Armed clash", "Koglwéogo militia", "Jama'at Nusrat al-Islam wal-Muslimin", "Dozo Militia; Koglweogo  militia", "Burkina Faso", "djibo", 2],
  ["BFA3", D("2024-03-03"), "Battles", "Armed clash", "koglweogo militia", "Jama'at Nusrat al-Islam wal-Muslimin", "", "Burkina Faso", "Djibo", 0],
  ["BFA4", D("2024-03-04"), "Battles", "Armed clash", "Koglweogo Militia", "ISIS militants", "", "Burkina Faso", "Djibo", 3],
  ["MLI1", D("2024-03-05"), "Battles", "Armed clash", "Dozo Communal Militia (Mali)", "Jama'at Nusrat al-Islam wal-Muslimin", "", "Mali", "Mopti", 4],
  ["MLI2", D("2024-03-06"), "Battles", "Armed clash", "Dozo communal militia (Mali)", "Kel Ansar Youth Group", "", "Mali", "Mopti", 5],
  ["MLI3", D("2024-03-07"), "Battles", "Armed clash", "Dozo Communal Militia (Mali)", "Kel-Ansar youth group", "", "Mali", "Mopti", 6],
  ["BFA5", D("2024-03-08"), "Battles", "Armed clash", { formula: 'LOWER("Koglweogo Militia")', result: "koglweogo militia" }, "Jama'at Nusrat al-Islam wal-Muslimin", "", "Burkina Faso", "Djibo", 7],
];

export const WEAPON_HEADERS = ["incident_id", "weapon", "category", "quantity", "holder"];

// Column:        A       B        C                D  E
export const WEAPON_ROWS: Cell[][] = [
  ["BFA1", "AK-47", "assault rifle", 2, "koglweogo militia"],
  ["BFA2", "AK47", "assault rifle", 1, "Koglweogo Militia"],
  ["BFA3", "AK-74", "assault rifle", 1, ""],
  ["MLI1", "AK-47", "assault rifle", 3, "Dozo Communal Militia (Mali)"],
];

/** The workbook in memory, to change a cell before it is written. */
export function buildClusterWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date("2024-06-01T00:00:00Z");
  workbook.modified = workbook.created;
  const incidents = workbook.addWorksheet("Incidents");
  incidents.addRow(INCIDENT_HEADERS);
  for (const row of INCIDENT_ROWS) incidents.addRow(row);
  incidents.getColumn(2).numFmt = "yyyy-mm-dd";
  const weapons = workbook.addWorksheet("Weapons");
  weapons.addRow(WEAPON_HEADERS);
  for (const row of WEAPON_ROWS) weapons.addRow(row);
  return workbook;
}

/** The text a cell of a written workbook holds (a formula's cached result for a formula). */
export function cellText(sheet: ExcelJS.Worksheet, address: string): string | number | null {
  const value = sheet.getCell(address).value;
  if (value !== null && typeof value === "object" && "formula" in value) return (value as ExcelJS.CellFormulaValue).result as string;
  return value as string | number | null;
}

/** The rows of a copy's Curation log, each as its eight cells. */
export function logRows(workbook: ExcelJS.Workbook): string[][] {
  const log = workbook.getWorksheet("Curation log");
  if (!log) return [];
  const rows: string[][] = [];
  for (let r = 2; r <= log.rowCount; r++) rows.push([1, 2, 3, 4, 5, 6, 7, 8].map((c) => String(log.getCell(r, c).value ?? "")));
  return rows;
}

export const digest = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

/** What a run of `curate` said, in this process and without the --today the shared helpers add (clusters takes none). */
export async function curate(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, (text) => void (stdout += `${text}\n`), (text) => void (stderr += `${text}\n`));
  return { status, stdout, stderr };
}
